import type { Paragraph, Root, Table, TableCell, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { LineIndex, buildReportModel, findTextTables, ingestText } from '../src/index.js';

function blocksOf(text: string, layout = true) {
  return findTextTables(text, new LineIndex(text), { layout });
}

function rowTexts(block: { rows: { text: string }[][] }) {
  return block.rows.map((r) => r.map((c) => c.text));
}

function types(root: Root) {
  return root.children.map((n) => (n.type === 'table' ? `table:${(n.data as { xxgkSource?: string } | undefined)?.xxgkSource}` : n.type));
}

function cellText(cell: TableCell): string {
  return cell.children.map((c) => (c as Text).value).join('');
}

function tableTexts(table: Table) {
  return table.children.map((r) => r.children.map(cellText));
}

function paragraphText(node: Paragraph): string {
  return node.children.map((c) => (c as Text).value).join('');
}

describe('tab-separated rows', () => {
  const text = ['说明文字。', '项目\t\t数量\t', '甲\t\t1\t2', '\t乙\t3\t', '', '结尾一段文字。', ''].join('\n');

  it('one block, merged cells kept as empty fields with zero-width spans', () => {
    const blocks = blocksOf(text);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block).toMatchObject({ kind: 'tsv', firstLine: 2, lastLine: 4, start: 6 });
    expect(rowTexts(block)).toEqual([
      ['项目', '', '数量', ''],
      ['甲', '', '1', '2'],
      ['', '乙', '3', ''],
    ]);
    // line 2 starts at offset 6: 项目 [6,8) \t 空 [9,9) \t 数量 [10,12) \t 空 [13,13)
    expect(block.rows[0].map((c) => [c.start, c.end])).toEqual([
      [6, 8],
      [9, 9],
      [10, 12],
      [13, 13],
    ]);
    for (const row of block.rows) for (const c of row) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('becomes a table node between two paragraphs; empty cells have no children', () => {
    const { ast } = ingestText(text, 'a.txt');
    expect(types(ast)).toEqual(['paragraph', 'table:tsv', 'paragraph']);
    const table = ast.children[1] as Table;
    expect(tableTexts(table)).toEqual([
      ['项目', '', '数量', ''],
      ['甲', '', '1', '2'],
      ['', '乙', '3', ''],
    ]);
    expect(table.children[0].children[1].children).toEqual([]);
    expect(table.children[0].children[1].position?.start).toEqual({ line: 2, column: 4, offset: 9 });
    expect(paragraphText(ast.children[0] as Paragraph)).toBe('说明文字。');
    expect(paragraphText(ast.children[2] as Paragraph)).toBe('结尾一段文字。');
  });

  it('a line with a single tab is not a table row', () => {
    expect(blocksOf('甲\t乙\n丙\t丁\n')).toEqual([]);
    expect(types(ingestText('甲\t乙\n\n丙\t丁\n', 'a.txt').ast)).toEqual(['paragraph', 'paragraph']);
  });

  it('is recovered in Markdown files too', () => {
    expect(types(ingestText('# 标题\n\n规章\t0\t0\t0\n行政规范性文件\t1\t2\t3\n', 'a.md').ast)).toEqual(['heading', 'table:tsv']);
  });
});

describe('pipe rows broken one cell per line (as seed 001)', () => {
  const text = [
    '二、主动公开政府信息情况', // 1
    '| 规章', // 2
    '|', // 3
    '0', // 4
    '|', // 5
    '1', // 6
    '|', // 7
    '2', // 8
    '|', // 9
    '| 行政规范性文件', // 10
    '|', // 11
    '3', // 12
    '|', // 13
    '4', // 14
    '|', // 15
    '5', // 16
    '|', // 17
    '| 商业', // 18
    '企业', // 19
    '|', // 20
    '科研机构', // 21
    '|', // 22
    '三、收到和处理政府信息公开申请情况', // 23
    '',
  ].join('\n');

  it('cells are joined across lines; the block stops at the next part heading', () => {
    const blocks = blocksOf(text);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block).toMatchObject({ kind: 'pipe', firstLine: 2, lastLine: 22 });
    expect(rowTexts(block)).toEqual([
      ['规章', '0', '1', '2'],
      ['行政规范性文件', '3', '4', '5'],
      ['商业企业', '科研机构'],
    ]);
    const lines = new LineIndex(text);
    expect(lines.locate(block.rows[0][1].start)).toEqual({ line: 4, column: 1 });
    expect(lines.locate(block.rows[1][0].start)).toEqual({ line: 10, column: 3 });
    const merged = block.rows[2][0];
    expect(text.slice(merged.start, merged.end)).toBe('商业\n企业');
  });

  it('mdast: heading paragraph, table, heading paragraph', () => {
    const { ast } = ingestText(text, 'a.txt');
    expect(types(ast)).toEqual(['paragraph', 'table:pipe', 'paragraph']);
    expect(paragraphText(ast.children[0] as Paragraph)).toBe('二、主动公开政府信息情况');
    expect(paragraphText(ast.children[2] as Paragraph)).toBe('三、收到和处理政府信息公开申请情况');
  });
});

describe('pdftotext -layout columns', () => {
  const text = [
    '     二、主动公开政府信息情况', // 1
    '              第二十条第（一）项', // 2
    '', // 3
    '       信息内容   本年制发件数    本年废止件数    现行有效件数', // 4
    '', // 5
    '规章               0          0       0', // 6
    '', // 7
    '行政规范性文件          0          5       5', // 8
    '', // 9
    '              第二十条第（五）项', // 10
    '       信息内容            本年处理决定数量', // 11
    '行政许可                      550', // 12
    '', // 13
    '                                           -3-', // 14
    '              第二十条第（六）项', // 15
    '                    信息内容                      本年处理决定数量', // 16
    '行政处罚                                                   4119', // 17
    '行政强制                                                   195', // 18
    '                                       第二十条第（八）项', // 19
    '                    信息内容                   本年收费金额（单位：万元）', // 20
    '行政事业性收费                                            7730.28', // 21
    '', // 22
    '     三、收到和处理政府信息公开申请情况', // 23
    '',
  ].join('\n');

  it('one block from the first label line to the last number; the page footer is dropped', () => {
    const blocks = blocksOf(text);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block).toMatchObject({ kind: 'layout', firstLine: 2, lastLine: 21 });
    expect(rowTexts(block)).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '5', '5'],
      ['第二十条第（五）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '550'],
      ['第二十条第（六）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政处罚', '4119'],
      ['行政强制', '195'],
      ['第二十条第（八）项'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', '7730.28'],
    ]);
  });

  it('is only looked for in plain text, not in Markdown', () => {
    expect(blocksOf(text, false)).toEqual([]);
    expect(types(ingestText(text, 'a.md').ast).every((t) => t === 'paragraph')).toBe(true);
  });

  it('reads as table 二 with the printed values', () => {
    const { ast } = ingestText(text, 'a.txt');
    expect(types(ast)).toEqual(['paragraph', 'table:layout', 'paragraph']);
    const report = buildReportModel(ingestText(text, 'a.txt'));
    const t2 = report.tables.table2;
    expect(t2?.confidence).toBe('high');
    expect(t2 && Object.fromEntries(Object.entries(t2.rows).map(([k, cells]) => [k, cells!.map((c) => c.value)]))).toEqual({
      regulation: [0, 0, 0],
      normativeDocument: [0, 5, 5],
      license: [550],
      penalty: [4119],
      enforcement: [195],
      fee: [7730.28],
    });
  });

  it('label fragments on their own lines stay rows of the table (table 三 style)', () => {
    const t3 = [
      '一、本年新收政府信息公开申请数量                             21    0      0     0   0   0     21', // 1
      '二、上年结转政府信息公开申请数量                              0    0      0     0   0   0     0', // 2
      '                  （一）予以公开                     0    0      0     0   0   0     0', // 3
      '                  （二）部分公开（区分处理的，只计这一情 形，不', // 4
      '                  计其他情形）', // 5
      '                                              4    0      0     0   0   0     4', // 6
      ' 三 、本 年 度办 理 结果', // 7
      '', // 8
      '                            1.属于国家秘密         1     0      0     0   0   0     1', // 9
      '',
    ].join('\n');
    const blocks = blocksOf(t3);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'layout', firstLine: 1, lastLine: 9 });
    expect(rowTexts(blocks[0])).toEqual([
      ['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
      ['（一）予以公开', '0', '0', '0', '0', '0', '0', '0'],
      ['（二）部分公开（区分处理的，只计这一情 形，不'],
      ['计其他情形）'],
      ['4', '0', '0', '0', '0', '0', '4'],
      ['三 、本 年 度办 理 结果'],
      ['1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1'],
    ]);
    expect(types(ingestText(t3, 'a.txt').ast)).toEqual(['table:layout']);
  });

  it('prose paragraphs around a layout table stay paragraphs', () => {
    const doc = [
      '   （五）政府信息公开监督保障情况。进一步细化分解政府门户网站和政务新媒', // 1
      '体内容保障责任单位，形成工作清单，做到任务具体、责任明确。', // 2
      '', // 3
      '     二、主动公开政府信息情况', // 4
      '', // 5
      '规章               0          0       0', // 6
      '行政规范性文件          0          5       5', // 7
      '', // 8
      '   2023 年，本机关共收到政府信息公开申请 21 件，均在法定期限内答复。', // 9
      '',
    ].join('\n');
    const { ast } = ingestText(doc, 'a.txt');
    expect(types(ast)).toEqual(['paragraph', 'paragraph', 'table:layout', 'paragraph']);
    expect(paragraphText(ast.children[0] as Paragraph)).toContain('形成工作清单');
    expect(tableTexts(ast.children[2] as Table)).toEqual([
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '5', '5'],
    ]);
    expect(paragraphText(ast.children[3] as Paragraph)).toContain('均在法定期限内答复');
  });

  it('a prose line ending right above the table is not swallowed by it', () => {
    const doc = [
      '   本年度，我区行政许可、行政处罚等处理决定数量统计', // 1
      '如下：', // 2
      '行政许可                      550', // 3
      '行政处罚                      4119', // 4
      '',
    ].join('\n');
    const { ast } = ingestText(doc, 'a.txt');
    expect(types(ast)).toEqual(['paragraph', 'table:layout']);
    expect(paragraphText(ast.children[0] as Paragraph)).toContain('如下：');
    expect(tableTexts(ast.children[1] as Table)).toEqual([
      ['行政许可', '550'],
      ['行政处罚', '4119'],
    ]);
  });

  it('a prose line right below the table is not swallowed by it', () => {
    const doc = ['规章               0          0       0', '行政规范性文件          0          5       5', '以上为本年度数据。', ''].join('\n');
    const { ast } = ingestText(doc, 'a.txt');
    expect(types(ast)).toEqual(['table:layout', 'paragraph']);
    expect(paragraphText(ast.children[1] as Paragraph)).toBe('以上为本年度数据。');
  });

  it('prose with numbers separated by single spaces is not a table', () => {
    const doc = '   2023 年，我区在政府网站平台主动公开政府信息 1136 条，\n受理政府信息公开申请 21 件，均在法定期限答复。\n';
    expect(blocksOf(doc)).toEqual([]);
    expect(types(ingestText(doc, 'a.txt').ast)).toEqual(['paragraph']);
  });
});

describe('real GFM tables in Markdown', () => {
  const md = [
    '二、主动公开政府信息情况',
    '',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '| --- | --- | --- | --- |',
    '| 规章 | 0 | 0 | 0 |',
    '| 行政规范性文件 | 2 | 1 | 3 |',
    '',
    '以上为本年度数据。',
    '',
  ].join('\n');

  it('are left to remark-gfm: no recovered block, no xxgkSource', () => {
    expect(blocksOf(md, false)).toEqual([]);
    const { ast } = ingestText(md, 'a.md');
    expect(types(ast)).toEqual(['paragraph', 'table:undefined', 'paragraph']);
    const table = ast.children[1] as Table;
    expect(table.data).toBeUndefined();
    expect(tableTexts(table)).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '2', '1', '3'],
    ]);
  });

  it('a delimited pipe table in a .txt file is also read by remark-gfm', () => {
    expect(blocksOf(md, true)).toEqual([]);
    expect(types(ingestText(md, 'a.txt').ast)).toEqual(['paragraph', 'table:undefined', 'paragraph']);
  });
});
