/**
 * The single wrong cell (issue 7 item 4). The real 淮安市 2024 report is the
 * control: every identity of its tables holds. Changing any one value cell of
 * table 三 must give one finding that names the cell (row and column) and
 * offers its original value; changing two cells must not name a cell.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintMessage, RuleSet, Table3, Table3Row } from '@xxgk-lint/core';
import {
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUPS,
  TABLE4_GROUP_LABELS,
  applyFixes,
  buildReportModel,
  ingestText,
  lintText,
  table3RowSpec,
} from '@xxgk-lint/core';
import { rules } from '../src/index.js';
import { report, tableLines } from './helpers.js';

const FILE = fileURLToPath(new URL('../../../test/fixtures/corpus/real/jiangsu-huaian-shi-2024.txt', import.meta.url));
const ORIGINAL = readFileSync(FILE, 'utf8');
const ARITHMETIC = ['application-balance', 'result-total', 'row-total', 'review-litigation-total'] as const;

function ruleSet(names: readonly string[] = ARITHMETIC): RuleSet {
  return Object.fromEntries(names.map((n) => [`national/${n}`, { rule: rules[n], severity: 'error' as const, options: {} }]));
}

function lint(text: string, names: readonly string[] = ARITHMETIC, filePath = FILE): LintMessage[] {
  const result = lintText(text, { filePath, rules: ruleSet(names) });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages;
}

function model(text: string) {
  return buildReportModel(ingestText(text, FILE));
}

/** same number of digits, so the pdftotext columns stay aligned */
function changed(value: number): number {
  return String(value + 1).length === String(value).length ? value + 1 : value - 1;
}

function replace(text: string, range: readonly [number, number], value: string): string {
  return text.slice(0, range[0]) + value + text.slice(range[1]);
}

const control = model(ORIGINAL);
const table3 = control.tables.table3!;
const table4 = control.tables.table4!;
const BALANCE_ROWS = new Set<Table3Row>(['new', 'carriedOver', 'resultTotal', 'carriedForward']);

describe('淮安市 2024 (the control)', () => {
  it('is read with confidence and every identity holds', () => {
    expect(table3.confidence).toBe('high');
    expect(table3.order).toHaveLength(25);
    expect(table4.confidence).toBe('high');
    expect(lint(ORIGINAL)).toEqual([]);
  });
});

describe('淮安市 2024, one cell of table 三 changed: the finding names it', () => {
  const cases = table3.order.flatMap((row) =>
    table3.rows[row]!.cells.map((cell, i) => ({ row, i, cell, short: table3RowSpec(row).short, column: TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[i]] })),
  );

  it('has 175 cells', () => expect(cases).toHaveLength(175));

  for (const { row, cell, short, column } of cases) {
    const from = cell.value!;
    const to = changed(from);
    it(`${short} × ${column}: ${from} → ${to}`, () => {
      const text = replace(ORIGINAL, cell.range, String(to));
      expect(model(text).tables.table3!.confidence).toBe('high');
      const messages = lint(text);
      expect(messages).toHaveLength(1);
      const [m] = messages;
      // application-balance when the cell is in 一/二/（七）/四 (its balance fails), else result-total
      expect(m.ruleId).toBe(`national/${BALANCE_ROWS.has(row) ? 'application-balance' : 'result-total'}`);
      expect(m.messageId).toBe('pinpoint');
      expect(m.message).toContain(`很可能是“${short}”行“${column}”列填错：现为 ${to}，若为 ${from} 则全部勾稽关系成立`);
      expect(m.range).toEqual([cell.range[0], cell.range[0] + String(to).length]);
      expect(m.fix).toBeUndefined();
      expect(m.suggestions).toHaveLength(1);
      expect(m.suggestions![0].desc).toBe(`将“${short}”行“${column}”列改为 ${from}`);
      expect(applyFixes(text, [m.suggestions![0].fix]).output).toBe(ORIGINAL);
    });
  }
});

describe('淮安市 2024, one cell of table 四 changed', () => {
  // Each group is one identity of five cells: the finding always names the group with its
  // numbers; it names the 总计 only when no part could absorb the difference.
  const cases = TABLE4_GROUPS.flatMap((group) => table4.groups[group]!.map((cell, i) => ({ group, i, cell })));

  it('has 15 cells', () => expect(cases).toHaveLength(15));

  for (const { group, i, cell } of cases) {
    const from = cell.value!;
    const to = from + 1;
    const label = TABLE4_GROUP_LABELS[group];
    it(`${label} × ${Object.values(TABLE4_COLUMN_LABELS)[i]}: ${from} → ${to}: the group's sum, not a cell`, () => {
      const messages = lint(replace(ORIGINAL, cell.range, String(to)));
      expect(messages).toHaveLength(1);
      const values = table4.groups[group]!.map((c, k) => (k === i ? to : c.value!));
      const parts = values.slice(0, 4);
      expect(messages[0]).toMatchObject({ ruleId: 'national/review-litigation-total', messageId: 'mismatch' });
      expect(messages[0].message).toContain(`表四“${label}”：结果维持+结果纠正+其他结果+尚未审结 = ${parts.join('+')} = ${parts.reduce((a, b) => a + b)}，但总计为 ${values[4]}`);
      expect(messages[0].suggestions).toBeUndefined();
    });
  }

  for (const group of TABLE4_GROUPS) {
    const cells = table4.groups[group]!;
    const total = cells[4];
    it(`${TABLE4_GROUP_LABELS[group]}: 总计 written as 0 while every part is smaller than the sum → the 总计 is named`, () => {
      const text = replace(ORIGINAL, total.range, '0');
      const messages = lint(text);
      expect(messages).toHaveLength(1);
      const [m] = messages;
      expect(m).toMatchObject({ ruleId: 'national/review-litigation-total', messageId: 'pinpoint' });
      expect(m.message).toContain(`但总计为 0。很可能是总计填错`);
      expect(m.message).toContain(`只有总计改为 ${total.value} 才能相符`);
      expect(applyFixes(text, [m.suggestions![0].fix]).output).toBe(ORIGINAL);
    });
  }
});

describe('two wrong cells: no cell is named, the identities are reported as before', () => {
  // the solver over all 15 225 pairs of changed cells: packages/core/test/table-arithmetic.test.ts

  const pairs: [Table3Row, number, Table3Row, number][] = [
    ['refused4', 0, 'unable1', 1], // two result items in different rows and columns
    ['new', 0, 'new', 6], // a row and its total (the row adds up, both columns' balance fails)
    ['granted', 0, 'granted', 1], // both in one row
    ['resultTotal', 0, 'carriedForward', 0], // one column
    ['other3', 6, 'carriedOver', 4],
  ];
  for (const [r1, c1, r2, c2] of pairs) {
    it(`${table3RowSpec(r1).short}×${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[c1]]} and ${table3RowSpec(r2).short}×${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[c2]]}`, () => {
      const first = table3.rows[r1]!.cells[c1];
      const second = table3.rows[r2]!.cells[c2];
      // the later cell first, so the earlier range stays valid
      const [late, early] = first.range[0] > second.range[0] ? [first, second] : [second, first];
      const text = replace(replace(ORIGINAL, late.range, String(changed(late.value!))), early.range, String(changed(early.value!)));
      const messages = lint(text);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m.messageId).not.toBe('pinpoint');
        expect(m.message).not.toContain('很可能');
      }
    });
  }

  it('the usual messages, with their numbers', () => {
    const a = table3.rows.refused4!.cells[0]; // 6 → 7
    const b = table3.rows.unable1!.cells[1]; // 12 → 13
    const text = replace(replace(ORIGINAL, b.range, '13'), a.range, '7');
    expect(lint(text).map((m) => `${m.ruleId} ${m.message}`)).toEqual([
      'national/row-total 表三“三（三）4”行：六类申请人合计 7+0+0+0+0+0 = 7，但“总计”列为 6。请核对本行数字。',
      'national/row-total 表三“三（四）1”行：六类申请人合计 746+13+0+0+10+1 = 770，但“总计”列为 769。请核对本行数字。',
      'national/result-total 表三“自然人”列：（七）总计为 2932，但（一）至（六）各项之和为 1288+447+2+30+5+7+7+12+9+105+746+11+1+56+25+1+67+6+108（其余为 0） = 2933。请核对办理结果各项或总计。',
      'national/result-total 表三“商业企业”列：（七）总计为 53，但（一）至（六）各项之和为 21+7+1+1+13+6+3+2（其余为 0） = 54。请核对办理结果各项或总计。',
    ]);
  });
});

describe('which rule names the cell when some arithmetic rules are off', () => {
  const item = table3.rows.refused4!.cells[0]; // in 三（三）4: row total and the 自然人 result total fail
  const head = table3.rows.new!.cells[0]; // in 一: row total and the 自然人 balance fail
  const sum = table3.rows.resultTotal!.cells[0]; // in （七）: all three fail
  const text = (cell: typeof item) => replace(ORIGINAL, cell.range, String(changed(cell.value!)));
  const ids = (cell: typeof item, on: string[]) => lint(text(cell), on).map((m) => `${m.ruleId?.slice(9)}:${m.messageId}`);

  it('all on: the first of application-balance, result-total, row-total whose identity fails there', () => {
    expect(ids(item, ['application-balance', 'result-total', 'row-total'])).toEqual(['result-total:pinpoint']);
    expect(ids(head, ['application-balance', 'result-total', 'row-total'])).toEqual(['application-balance:pinpoint']);
    expect(ids(sum, ['application-balance', 'result-total', 'row-total'])).toEqual(['application-balance:pinpoint']);
  });

  it('the owner off: the next rule whose identity fails names the cell', () => {
    expect(ids(item, ['application-balance', 'row-total'])).toEqual(['row-total:pinpoint']);
    expect(ids(head, ['result-total', 'row-total'])).toEqual(['row-total:pinpoint']);
    expect(ids(sum, ['result-total', 'row-total'])).toEqual(['result-total:pinpoint']);
    expect(ids(sum, ['row-total'])).toEqual(['row-total:pinpoint']);
  });

  it('row-total off: the cell is still named (every cell also breaks a column identity)', () => {
    for (const cell of [item, head, sum]) expect(ids(cell, ['application-balance', 'result-total'])).toHaveLength(1);
  });

  it('only a rule whose identity holds is on: nothing (the user turned the failing checks off)', () => {
    expect(ids(item, ['application-balance'])).toEqual([]);
    expect(ids(head, ['result-total'])).toEqual([]);
  });

  it('a pack that registers the rules under its own prefix: the owner is looked up under that prefix', () => {
    const names = ['application-balance', 'result-total', 'row-total'];
    const custom: RuleSet = Object.fromEntries(names.map((n) => [`county/${n}`, { rule: rules[n], severity: 'error' as const, options: {} }]));
    const messages = lintText(text(item), { filePath: FILE, rules: custom }).messages;
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual(['county/result-total:pinpoint']);
  });

  it('the solver looks at every identity whichever rules are on: the named value mends them all', () => {
    const [m] = lint(text(item), ['application-balance', 'row-total']);
    expect(m.message).toContain('若为 6 则全部勾稽关系成立');
    expect(m.message).toContain('本行六类申请人之和 7，“总计”列为 6；本列（一）至（六）各项之和 2933，（七）总计为 2932');
  });
});

describe('other layouts and gaps', () => {
  /** the 2019 trial layout: （六）其他处理 is one data row */
  function trial(otherSingle: number[], overrides: Parameters<typeof tableLines>[1] = {}): string {
    const lines = tableLines('table3', { ...overrides, dropTable3Rows: ['other1', 'other2', 'other3'] });
    const body = lines.map((l) => (l.startsWith('（六）其他处理') ? ['（六）其他处理', ...otherSingle].join('\t') : l));
    return report({ bodies: { 3: body } });
  }

  it('2019 layout (23 rows): a clean table has no finding', () => {
    const code = trial([0, 0, 0, 0, 0, 0, 0]);
    const t = buildReportModel(ingestText(code, 'report.txt')).tables.table3!;
    expect(t.layout).toBe('2019');
    expect(t.order).toContain('otherSingle');
    expect(lint(code, ARITHMETIC, 'report.txt')).toEqual([]);
  });

  it('2019 layout: a wrong （六） cell is named', () => {
    const code = trial([0, 2, 0, 0, 0, 0, 0]);
    const messages = lint(code, ARITHMETIC, 'report.txt');
    expect(messages).toHaveLength(1);
    expect(messages[0].ruleId).toBe('national/result-total');
    expect(messages[0].message).toContain('很可能是“三（六）”行“商业企业”列填错：现为 2，若为 0 则全部勾稽关系成立');
    expect(applyFixes(code, [messages[0].suggestions![0].fix]).output).toBe(trial([0, 0, 0, 0, 0, 0, 0]));
  });

  it('a blank cell elsewhere: its identities are left out, and the message says "能核对的"', () => {
    const code = report({ table3: { other3: [0, '', 0, 0, 0, 0, 0], granted: [3, 1, 0, 0, 0, 0, 3] } });
    const messages = lint(code, ARITHMETIC, 'report.txt');
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toContain('很可能是“三（一）”行“自然人”列填错：现为 3，若为 2 则能核对的勾稽关系全部成立');
  });

  it('the 总计 column left out (“—”) in the rows that have numbers, as in Shanghai 2019: one column identity alone cannot single out a cell', () => {
    // every other row of the default report is all zeros, with a 0 total; 三（一） 自然人 is 3 instead of 2
    const t3 = {
      new: [5, 1, 0, 0, 0, 0, '—'],
      carriedOver: [1, 0, 0, 0, 0, 0, '—'],
      granted: [3, 1, 0, 0, 0, 0, '—'],
      partlyGranted: [1, 0, 0, 0, 0, 0, '—'],
      refused4: [1, 0, 0, 0, 0, 0, '—'],
      unable1: [1, 0, 0, 0, 0, 0, '—'],
      resultTotal: [5, 1, 0, 0, 0, 0, '—'],
      carriedForward: [1, 0, 0, 0, 0, 0, '—'],
    };
    const messages = lint(report({ table3: t3 }), ARITHMETIC, 'report.txt');
    expect(messages.map((m) => m.messageId)).toEqual(['mismatch']);
    const t = buildReportModel(ingestText(report({ table3: t3 }), 'report.txt')).tables.table3 as Table3;
    expect(t.arithmetic?.pinpoint).toBeUndefined();
  });

  // a value the cell cannot take (negative) is no explanation: packages/core/test/table-arithmetic.test.ts
});
