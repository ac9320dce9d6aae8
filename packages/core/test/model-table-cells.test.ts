import { describe, expect, it } from 'vitest';
import { buildReportModel, ingestText } from '../src/index.js';
import { REAL, SEEDS, loadFixture } from './fixtures.js';

describe('label cells and data rows as read', () => {
  it('洪泽区 2023 table 三: the misspelt label is a label cell of its row; values are not label cells', () => {
    const { report } = loadFixture(REAL.hongze2023);
    const t3 = report.tables.table3!;
    expect(t3.rows.refused2?.labels.map((l) => l.text)).toEqual(['2.其他法律行政止公开']);
    const texts = t3.labelCells.map((c) => c.text);
    expect(texts).toContain('2.其他法律行政止公开');
    expect(texts).toContain('三 、本 年 度办 理 结果');
    expect(texts.some((t) => /^\d+$/.test(t))).toBe(false);
    expect(t3.dataRows).toHaveLength(23);
    expect(t3.dataRows[0].values.map((v) => v.value)).toEqual([21, 0, 0, 0, 0, 0, 21]);
  });

  it('淮安市 2024: the note broken over two rows is read whole', () => {
    const { ingested, report } = loadFixture(REAL.huaian2024);
    const note = report.tables.table3!.reconciliationNote!;
    expect(note.text).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(ingested.text.slice(note.range[0], note.range[0] + 3)).toBe('（本列');
    expect(ingested.text.slice(note.range[1] - 3, note.range[1])).toBe('之和）');
  });

  it('seed 000: a low-confidence table still has its data rows', () => {
    const t3 = loadFixture(SEEDS['000']).report.tables.table3!;
    expect(t3.confidence).toBe('low');
    expect(t3.rows).toEqual({});
    expect(t3.dataRows).toHaveLength(16);
  });

  it('table 二: every row with numbers, also one the national format lacks', () => {
    const md = [
      '| 第二十条第（一）项 | | | |',
      '| --- | --- | --- | --- |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 1 | 0 | 3 |',
      '| 行政许可 | 5 | | |',
      '| 行政征收 | 2 | | |',
      '| 行政处罚 | 1 | | |',
      '| 行政强制 | 0 | | |',
      '| 行政事业性收费 | 0 | | |',
    ].join('\n');
    const report = buildReportModel(ingestText(`二、主动公开政府信息情况\n\n${md}\n`, 'x.md'));
    const t2 = report.tables.table2!;
    expect(t2.dataRows.map((r) => [r.label.text, r.key, r.values.map((v) => v.raw)])).toEqual([
      ['规章', 'regulation', ['0', '0', '0']],
      ['行政规范性文件', 'normativeDocument', ['1', '0', '3']],
      ['行政许可', 'license', ['5']],
      ['行政征收', undefined, ['2']],
      ['行政处罚', 'penalty', ['1']],
      ['行政强制', 'enforcement', ['0']],
      ['行政事业性收费', 'fee', ['0']],
    ]);
    expect(t2.labelCells.map((c) => c.text)).toContain('本年制发件数');
    expect(t2.labelCells.map((c) => c.text)).not.toContain('5');
  });

  it('table 四: header cells as written, values left out', () => {
    const t4 = loadFixture(SEEDS['003']).report.tables.table4!;
    expect(t4.labelCells.map((c) => c.text).slice(0, 4)).toEqual(['行政复议', '行政诉讼', '结果维持', '结果纠正']);
    expect(t4.labelCells.some((c) => c.text === '0')).toBe(false);
  });
});
