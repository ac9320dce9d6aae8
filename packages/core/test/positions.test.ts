import type { Paragraph, Root, Strong, Table, TableCell, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Ingested } from '../src/index.js';
import { LineIndex, buildReportModel, ingestText, normalizeRange } from '../src/index.js';
import { REAL, SEEDS, at, loadFixture } from './fixtures.js';

/**
 * Line/column are 1-based and count UTF-16 code units (a tab is 1, a
 * character outside the BMP is 2). Expected places were counted by hand in
 * the fixture files (`grep -n`, tabs = 1 column).
 */

function tables(root: Root): Table[] {
  return root.children.filter((n): n is Table => n.type === 'table');
}

function cellAt(table: Table, row: number, col: number): TableCell {
  return table.children[row].children[col];
}

function pos(node: { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }) {
  const p = node.position;
  return p && { start: { ...p.start }, end: { ...p.end } };
}

function place(ingested: Ingested, range: readonly [number, number] | undefined) {
  return range && { ...at(ingested, range[0]), text: ingested.text.slice(range[0], range[1]) };
}

describe('seed 002 (tab-separated tables): cells and headings', () => {
  const { ingested, report } = loadFixture(SEEDS['002']);

  it('table 二: 行政规范性文件 row, line 22', () => {
    const cells = report.tables.table2?.rows.normativeDocument ?? [];
    expect(cells.map((c) => place(ingested, c.range))).toEqual([
      { line: 22, column: 9, text: '0' },
      { line: 22, column: 11, text: '0' },
      { line: 22, column: 13, text: '0' },
    ]);
    expect(place(ingested, report.tables.table2?.rows.fee?.[0].range)).toEqual({ line: 32, column: 9, text: '0' });
    expect(place(ingested, report.tables.table2?.labels.fee?.range)).toEqual({ line: 32, column: 1, text: '行政事业性收费' });
  });

  it('table 三: first and last cell of 一, line 39', () => {
    const row = report.tables.table3?.rows.new?.cells ?? [];
    expect(place(ingested, row[0].range)).toEqual({ line: 39, column: 19, text: '0' });
    expect(place(ingested, row[6].range)).toEqual({ line: 39, column: 31, text: '0' });
  });

  it('table 三: （三）1 on line 43 and （六）3 on line 61', () => {
    const refused1 = report.tables.table3?.rows.refused1;
    expect(place(ingested, refused1?.cells[0].range)).toEqual({ line: 43, column: 21, text: '0' });
    expect(place(ingested, refused1?.labelRange)).toEqual({ line: 43, column: 2, text: '(三) 不予公开\t1. 属于国家秘密' });
    expect(place(ingested, report.tables.table3?.rows.other3?.cells[0].range)).toEqual({ line: 61, column: 8, text: '0' });
  });

  it('table 四: first and last cell, line 70', () => {
    const t4 = report.tables.table4;
    expect(place(ingested, t4?.groups.review?.[0].range)).toEqual({ line: 70, column: 1, text: '0' });
    expect(place(ingested, t4?.groups.review?.[4].range)).toEqual({ line: 70, column: 9, text: '0' });
    expect(place(ingested, t4?.groups.litigationAfterReview?.[4].range)).toEqual({ line: 70, column: 29, text: '0' });
  });

  it('the mdast cells carry line, column and offset into the original text', () => {
    const [t2, t3] = tables(ingested.ast);
    const cell = cellAt(t2, 3, 1); // 行政规范性文件 | 0
    expect(pos(cell)?.start).toEqual({ line: 22, column: 9, offset: ingested.lines.offsetOf(22, 9) });
    expect((cell.children[0] as Text).value).toBe('0');
    expect(pos(cell.children[0] as Text)).toEqual(pos(cell));
    const label = cellAt(t3, 3, 0); // 一、本年新收…
    expect((label.children[0] as Text).value).toBe('一、本年新收政府信息公开申请数量');
    expect(pos(label)).toEqual({
      start: { line: 39, column: 1, offset: ingested.lines.offsetOf(39, 1) },
      end: { line: 39, column: 17, offset: ingested.lines.offsetOf(39, 17) },
    });
  });

  it('part headings', () => {
    expect(report.parts.map((p) => ({ number: p.number, ...at(ingested, p.heading.range[0]) }))).toEqual([
      { number: 1, line: 5, column: 1 },
      { number: 2, line: 17, column: 1 },
      { number: 3, line: 34, column: 1 },
      { number: 4, line: 65, column: 1 },
      { number: 5, line: 72, column: 1 },
      { number: 6, line: 78, column: 1 },
    ]);
    const p4 = report.part(4);
    expect(at(ingested, p4!.heading.range[1])).toEqual({ line: 65, column: 20 });
    expect(place(ingested, p4?.heading.titleRange)).toEqual({ line: 65, column: 3, text: '政府信息公开行政复议、行政诉讼情况' });
  });
});

describe('seed 004: the "50（营业执照）" cell', () => {
  const { ingested, report } = loadFixture(SEEDS['004']);

  it('covers the whole cell text on line 35', () => {
    const range = report.tables.table2?.rows.license?.[0].range;
    expect(place(ingested, range)).toEqual({ line: 35, column: 6, text: '50（营业执照）' });
    expect(at(ingested, range![1])).toEqual({ line: 35, column: 14 });
  });

  it('the publication date points at line 94', () => {
    expect(place(ingested, report.metadata.publicationDate?.range)).toEqual({
      line: 94,
      column: 1,
      text: '2023年2月21日',
    });
  });
});

describe('real PDF text layers (pdftotext -layout)', () => {
  it('淮安市 2024: table 三 and 四 cells, part 三 heading', () => {
    const { ingested, report } = loadFixture(REAL.huaian2024);
    const t3 = report.tables.table3;
    expect(place(ingested, t3?.rows.new?.cells[0].range)).toEqual({ line: 123, column: 33, text: '3001' });
    expect(place(ingested, t3?.rows.new?.cells[6].range)).toEqual({ line: 123, column: 81, text: '3119' });
    expect(place(ingested, t3?.rows.resultTotal?.cells[0].range)).toEqual({ line: 194, column: 38, text: '2932' });
    expect(place(ingested, report.tables.table4?.groups.review?.[4].range)).toEqual({ line: 220, column: 25, text: '351' });
    expect(at(ingested, report.part(3)!.heading.range[0])).toEqual({ line: 111, column: 7 });
  });

  it('洪泽区 2023: fee cell, table 四, part 三 heading', () => {
    const { ingested, report } = loadFixture(REAL.hongze2023);
    expect(place(ingested, report.tables.table2?.rows.fee?.[0].range)).toEqual({ line: 79, column: 52, text: '7730.28' });
    expect(place(ingested, report.tables.table4?.groups.review?.[0].range)).toEqual({ line: 149, column: 1, text: '10' });
    expect(place(ingested, report.tables.table4?.groups.litigationAfterReview?.[0].range)).toEqual({ line: 149, column: 49, text: '5' });
    expect(at(ingested, report.part(3)!.heading.range[0])).toEqual({ line: 84, column: 19 });
  });
});

describe('CJK positions on synthetic inputs', () => {
  it('Han text, full-width punctuation and 𠀀 (U+20000, 2 code units) before and inside a TSV table', () => {
    const text = '𠀀字村，“年报”。\n𠀀甲\t１\t2\n乙（注）\t3\t4\n';
    const ingested = ingestText(text, 'cjk.txt');
    expect(ingested.ast.children.map((n) => n.type)).toEqual(['paragraph', 'table']);
    const para = ingested.ast.children[0] as Paragraph;
    expect(pos(para)).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 11, offset: 10 } });
    const table = ingested.ast.children[1] as Table;
    expect((table.data as { xxgkSource?: string }).xxgkSource).toBe('tsv');
    const rows = table.children.map((r) => r.children.map((c) => ({ text: (c.children[0] as Text | undefined)?.value, ...pos(c)!.start })));
    expect(rows).toEqual([
      [
        { text: '𠀀甲', line: 2, column: 1, offset: 11 },
        { text: '１', line: 2, column: 5, offset: 15 },
        { text: '2', line: 2, column: 7, offset: 17 },
      ],
      [
        { text: '乙（注）', line: 3, column: 1, offset: 19 },
        { text: '3', line: 3, column: 6, offset: 24 },
        { text: '4', line: 3, column: 8, offset: 26 },
      ],
    ]);
    const first = cellAt(table, 0, 0);
    expect(pos(first)?.end).toEqual({ line: 2, column: 4, offset: 14 });
  });

  it('LineIndex counts UTF-16 units and handles LF, CRLF and lone CR', () => {
    const lines = new LineIndex('𠀀a\r\nb\rc\nd');
    expect(lines.lineCount).toBe(4);
    expect(lines.locate(2)).toEqual({ line: 1, column: 3 }); // "a" after the surrogate pair
    expect(lines.locate(5)).toEqual({ line: 2, column: 1 }); // "b"
    expect(lines.locate(7)).toEqual({ line: 3, column: 1 }); // "c"
    expect(lines.locate(9)).toEqual({ line: 4, column: 1 }); // "d"
    expect(lines.lineText(1)).toBe('𠀀a');
    expect(lines.lineRange(2)).toEqual([5, 6]);
    expect(lines.offsetOf(4, 1)).toBe(9);
  });

  it('CRLF line endings: TSV cells and the following paragraph', () => {
    const text = '标题行\r\n甲\t1\t2\r\n乙\t3\t4\r\n正文。\r\n';
    const ingested = ingestText(text, 'crlf.txt');
    expect(ingested.ast.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = ingested.ast.children[1] as Table;
    expect(pos(cellAt(table, 0, 1))).toEqual({ start: { line: 2, column: 3, offset: 7 }, end: { line: 2, column: 4, offset: 8 } });
    expect(pos(cellAt(table, 1, 2))).toEqual({ start: { line: 3, column: 5, offset: 16 }, end: { line: 3, column: 6, offset: 17 } });
    // no cell swallows the \r
    expect(table.children.flatMap((r) => r.children.map((c) => (c.children[0] as Text).value))).toEqual(['甲', '1', '2', '乙', '3', '4']);
    const last = ingested.ast.children[2] as Paragraph;
    expect(pos(last)?.start).toEqual({ line: 4, column: 1, offset: 19 });
    expect((last.children[0] as Text).value).toBe('正文。');
  });

  it('Markdown: a GFM pipe table and **bold** text keep their places', () => {
    const text = [
      '# 某镇2023年政府信息公开工作年度报告', // 1
      '', // 2
      '**二、主动公开政府信息情况**', // 3
      '', // 4
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', // 5
      '| --- | --- | --- | --- |', // 6
      '| 规章 | 0 | 0 | 0 |', // 7
      '| 行政规范性文件 | 2 | 1 | 3 |', // 8
      '',
    ].join('\n');
    const ingested = ingestText(text, 'report.md');
    expect(ingested.format).toBe('markdown');
    expect(ingested.ast.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table']);

    const strong = (ingested.ast.children[1] as Paragraph).children[0] as Strong;
    expect(strong.type).toBe('strong');
    expect(pos(strong)?.start).toEqual({ line: 3, column: 1, offset: ingested.lines.offsetOf(3, 1) });
    expect(pos(strong.children[0] as Text)).toEqual({
      start: { line: 3, column: 3, offset: ingested.lines.offsetOf(3, 3) },
      end: { line: 3, column: 15, offset: ingested.lines.offsetOf(3, 15) },
    });

    const table = ingested.ast.children[2] as Table;
    const two = cellAt(table, 2, 1).children[0] as Text;
    expect(two.value).toBe('2');
    expect(pos(two)?.start).toEqual({ line: 8, column: 13, offset: ingested.lines.offsetOf(8, 13) });

    const report = buildReportModel(ingested);
    expect(report.part(2)?.heading.text).toBe('二、主动公开政府信息情况');
    expect(at(ingested, report.part(2)!.heading.range[0])).toEqual({ line: 3, column: 3 });
    const doc = report.tables.table2?.rows.normativeDocument ?? [];
    expect(doc.map((c) => place(ingested, c.range))).toEqual([
      { line: 8, column: 13, text: '2' },
      { line: 8, column: 17, text: '1' },
      { line: 8, column: 21, text: '3' },
    ]);
  });
});

describe('normalizeRange keeps a map to the original offsets', () => {
  const source = '2022 年\n信息处 理费，PDF 文件 and Word';

  it('drops whitespace scattered through Chinese, keeps a space between ASCII words', () => {
    const n = normalizeRange(source, [0, source.length]);
    expect(n.value).toBe('2022年信息处理费，PDF文件and Word');
    expect(n.map).toHaveLength(n.value.length);
    for (let i = 0; i < n.value.length; i++) expect(source[n.map[i]] === n.value[i] || n.value[i] === ' ').toBe(true);
  });

  it('toRange maps a normalised span back to the original text', () => {
    const n = normalizeRange(source, [0, source.length]);
    const i = n.value.indexOf('信息处理费');
    const range = n.toRange(i, i + 5);
    expect(range).toEqual([7, 13]);
    expect(source.slice(...range)).toBe('信息处 理费');
  });

  it('within keeps only the characters from an original range', () => {
    const n = normalizeRange(source, [0, source.length]);
    expect(n.within([8, 12]).value).toBe('息处理');
    expect(normalizeRange(source, [5, 13]).value).toBe('年信息处理费');
  });
});
