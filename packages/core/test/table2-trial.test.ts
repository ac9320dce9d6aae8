import { describe, expect, it } from 'vitest';
import type { AnnualReport, Cell } from '../src/index.js';
import { buildReportModel, ingestBytes, ingestText, parseCell } from '../src/index.js';

/**
 * Table 二 in the 2019 trial format (国办公开办函〔2019〕60号, domain.md §3.1),
 * read in its own columns. The figures follow the 2019 report of 平潭综合实验区
 * 市场监督管理局 (corpus/crawl/pingtan_shichangjianguanju_2019.txt), whose
 * table the crawl ran together; the cells are one way of splitting its digits.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);
const raws = (cells: Cell[] | undefined) => cells?.map((c) => c.raw);
const kinds = (cells: Cell[] | undefined) => cells?.map((c) => c.kind);

function html(table: string): Uint8Array {
  return utf8(
    [
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>平潭综合实验区市场监督管理局2019年度政府信息公开工作年度报告</title></head><body><div id="zoom">',
      '<p>一、总体情况</p><p>2019年，主动公开政府信息215条。</p>',
      '<p>二、主动公开政府信息情况</p>',
      table,
      '<p>三、收到和处理政府信息公开申请情况</p>',
      '</div></body></html>',
    ].join('\n'),
  );
}

const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const td = (text: string, colspan = 1) => (colspan > 1 ? `<td colspan="${colspan}">${text}</td>` : `<td>${text}</td>`);

/** the trial template as published: 4 columns, the last value of （八）/（九） spans two */
const TEMPLATE = [
  '<table border="1">',
  row(td('第二十条第（一）项', 4)),
  row(td('信息内容'), td('本年新制作数量'), td('本年新公开数量'), td('对外公开总数量')),
  row(td('规章'), td('0'), td('0'), td('0')),
  row(td('规范性文件'), td('2'), td('2'), td('2')),
  row(td('第二十条第（五）项', 4)),
  row(td('信息内容'), td('上一年项目数量'), td('本年增/减'), td('处理决定数量')),
  row(td('行政许可'), td('5'), td('10'), td('37')),
  row(td('其他对外管理服务事项'), td('6'), td('0'), td('149')),
  row(td('第二十条第（六）项', 4)),
  row(td('信息内容'), td('上一年项目数量'), td('本年增/减'), td('处理决定数量')),
  row(td('行政处罚'), td('53'), td('40'), td('103')),
  row(td('行政强制'), td('3'), td('-1'), td('0')),
  row(td('第二十条第（八）项', 4)),
  row(td('信息内容'), td('上一年项目数量'), td('本年增/减', 2)),
  row(td('行政事业性收费'), td('0'), td('0', 2)),
  row(td('第二十条第（九）项', 4)),
  row(td('信息内容'), td('采购项目数量'), td('采购总金额', 2)),
  row(td('政府集中采购'), td('15'), td('6805947.43元', 2)),
  '</table>',
].join('\n');

const EXPECTED = {
  regulation: ['0', '0', '0'],
  normativeDocument: ['2', '2', '2'],
  license: ['5', '10', '37'],
  otherServices: ['6', '0', '149'],
  penalty: ['53', '40', '103'],
  enforcement: ['3', '-1', '0'],
  fee: ['0', '0'],
  procurement: ['15', '6805947.43元'],
};

function trialOf(report: AnnualReport) {
  const t2 = report.tables.table2!;
  return { t2, trial: Object.fromEntries(Object.entries(t2.trial ?? {}).map(([k, v]) => [k, raws(v)])) };
}

describe('table 二 in the 2019 trial format', () => {
  it('HTML as the template has it: a value spanning two columns is one cell, the slot it covers is no cell', () => {
    const { t2, trial } = trialOf(buildReportModel(ingestBytes(html(TEMPLATE), 'r.html')));
    expect(t2.trialLayout).toBe(true);
    expect(t2.confidence).toBe('high');
    expect(t2.problems).toEqual([]);
    expect(trial).toEqual(EXPECTED);
    // only the cells that mean what the 2021 columns mean: 处理决定数量
    expect(Object.fromEntries(Object.entries(t2.rows).map(([k, v]) => [k, raws(v)]))).toEqual({ license: ['37'], penalty: ['103'], enforcement: ['0'] });
    expect(t2.labels.normativeDocument?.text).toBe('规范性文件');
    expect(t2.trial?.procurement?.[1]).toMatchObject({ kind: 'number', value: 6805947.43, unit: '元' });
    expect(t2.trial?.enforcement?.[1].value).toBe(-1);
  });

  it('HTML from Word, where a merged cell sits before the value (label or number spanning two grid columns): the filled cells are the values', () => {
    const word = TEMPLATE.replace(row(td('规章'), td('0'), td('0'), td('0')), row(td('规章', 2), td('0'), td('0'), td('0')))
      .replace(row(td('政府集中采购'), td('15'), td('6805947.43元', 2)), row(td('政府集中采购'), td('15', 2), td('6805947.43元')));
    const { t2, trial } = trialOf(buildReportModel(ingestBytes(html(word), 'r.html')));
    expect(t2.problems).toEqual([]);
    expect(trial).toEqual(EXPECTED);
  });

  it('pipe text: blank value cells the format has stay blank (cell-value warns), the others are read', () => {
    const md = [
      '二、主动公开政府信息情况',
      '',
      '| 第二十条第（一）项 | | | |',
      '| --- | --- | --- | --- |',
      '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 规范性文件 | 2 | 2 | 2 |',
      '| 第二十条第（五）项 | | | |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '| 行政许可 |  |  | 37 |',
      '| 其他对外管理服务事项 | 6 | 0 | 149 |',
      '| 第二十条第（六）项 | | | |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '| 行政处罚 | 53 | +40 | 103 |',
      '| 行政强制 | 3 | −1 | 0 |',
      '| 第二十条第（八）项 | | | |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | |',
      '| 行政事业性收费 | 0 | 0 | |',
      '| 第二十条第（九）项 | | | |',
      '| 信息内容 | 采购项目数量 | 采购总金额 | |',
      '| 政府集中采购 | 15 | 6805947.43元 | |',
      '',
    ].join('\n');
    const { t2, trial } = trialOf(buildReportModel(ingestText(md, 'x.md')));
    expect(t2.problems).toEqual([]);
    expect(kinds(t2.trial?.license)).toEqual(['blank', 'blank', 'number']);
    expect(t2.rows.license?.[0].value).toBe(37);
    expect(trial.penalty).toEqual(['53', '+40', '103']);
    expect(t2.trial?.penalty?.[1].value).toBe(40);
    expect(t2.trial?.enforcement?.[1].value).toBe(-1);
    expect(trial.fee).toEqual(['0', '0']);
  });

  it('a trial table lacking one of its rows is not read with confidence', () => {
    const cut = TEMPLATE.replace(row(td('行政事业性收费'), td('0'), td('0', 2)), '');
    const { t2 } = trialOf(buildReportModel(ingestBytes(html(cut), 'r.html')));
    expect(t2.confidence).toBe('low');
    expect(t2.problems).toEqual(['找不到“行政事业性收费”行']);
  });

  it('a 2021 table with one trial row added is read in the 2021 columns (the added row is table-shape’s)', () => {
    const lines = [
      '二、主动公开政府信息情况',
      '',
      '第二十条第（一）项\t\t\t',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t2\t0\t5',
      '第二十条第（五）项\t\t\t',
      '信息内容\t本年处理决定数量\t\t',
      '行政许可\t36\t\t',
      '第二十条第（六）项\t\t\t',
      '信息内容\t本年处理决定数量\t\t',
      '行政处罚\t12\t\t',
      '行政强制\t0\t\t',
      '第二十条第（八）项\t\t\t',
      '信息内容\t本年收费金额（单位：万元）\t\t',
      '行政事业性收费\t0.5\t\t',
      '政府集中采购\t3\t\t',
      '',
    ];
    const t2 = buildReportModel(ingestText(lines.join('\n'), 'r.txt')).tables.table2!;
    expect(t2.trialLayout).toBe(true);
    expect(t2.trial).toBeUndefined();
    expect(t2.confidence).toBe('high');
    expect(raws(t2.rows.fee)).toEqual(['0.5']);
    expect(raws(t2.rows.normativeDocument)).toEqual(['2', '0', '5']);
  });
});

describe('table 二 in the 2021 format: merged cells', () => {
  it('a label spanning two grid columns (Word) leaves an empty slot before the values: the values are still read', () => {
    const table = [
      '<table border="1">',
      row(td('第二十条第（一）项', 5)),
      row(td('信息内容', 2), td('本年制发件数'), td('本年废止件数'), td('现行有效件数')),
      row(td('规章', 2), td('0'), td('0'), td('0')),
      row(td('行政规范性文件'), td(''), td('2'), td('0'), td('5')),
      row(td('第二十条第（五）项', 5)),
      row(td('信息内容', 2), td('本年处理决定数量', 3)),
      row(td('行政许可'), td(''), td('36', 3)),
      row(td('第二十条第（六）项', 5)),
      row(td('信息内容', 2), td('本年处理决定数量', 3)),
      row(td('行政处罚', 2), td('12', 3)),
      row(td('行政强制', 2), td('0', 3)),
      row(td('第二十条第（八）项', 5)),
      row(td('信息内容', 2), td('本年收费金额（单位：万元）', 3)),
      row(td('行政事业性收费', 2), td('', 3)),
      '</table>',
    ].join('\n');
    const t2 = buildReportModel(ingestBytes(html(table), 'r.html')).tables.table2!;
    expect(t2.trialLayout).toBe(false);
    expect(t2.problems).toEqual([]);
    expect(raws(t2.rows.normativeDocument)).toEqual(['2', '0', '5']);
    expect(raws(t2.rows.license)).toEqual(['36']);
    // a value cell left empty is still a blank (cell-value's warning), not skipped
    expect(kinds(t2.rows.fee)).toEqual(['blank']);
  });
});

describe('parseCell signs', () => {
  it('"+3" is 3, "-2", "－2" and "−2" are -2', () => {
    expect(parseCell('+3', [0, 2]).value).toBe(3);
    expect(parseCell('＋3', [0, 2]).value).toBe(3);
    expect(parseCell('-2', [0, 2]).value).toBe(-2);
    expect(parseCell('－2', [0, 2]).value).toBe(-2);
    expect(parseCell('−2', [0, 2]).value).toBe(-2);
  });
});
