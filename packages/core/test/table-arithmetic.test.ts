/**
 * The table arithmetic of the model (model/tables/*-arithmetic.ts): the
 * table-三 identities, each checked once, the single wrong cell, and the
 * table-四 group sums.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Table3, Table3Row, Table4 } from '../src/index.js';
import { TABLE3_ROWS_2019, TABLE3_ROWS_2021, buildReportModel, ingestText, parseCell } from '../src/index.js';
import { solveSingleCell } from '../src/model/tables/single-cell.js';
import { table3Arithmetic, table3Equations, table3Values } from '../src/model/tables/table3-arithmetic.js';
import { table4Arithmetic } from '../src/model/tables/table4-arithmetic.js';
import { REAL, loadFixture, readFixture } from './fixtures.js';

type Written = (number | string)[];

const ZERO: Written = [0, 0, 0, 0, 0, 0, 0];

/** a table 三 where every identity holds: 6 new + 1 carried over = 6 results + 1 carried forward */
const CLEAN: Partial<Record<Table3Row, Written>> = {
  new: [5, 1, 0, 0, 0, 0, 6],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [2, 1, 0, 0, 0, 0, 3],
  partlyGranted: [1, 0, 0, 0, 0, 0, 1],
  refused4: [1, 0, 0, 0, 0, 0, 1],
  unable1: [1, 0, 0, 0, 0, 0, 1],
  resultTotal: [5, 1, 0, 0, 0, 0, 6],
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
};

let offset = 0;
const cell = (raw: number | string): Cell => {
  const text = String(raw);
  const range: [number, number] = [offset, offset + text.length];
  offset += text.length + 1;
  return parseCell(text, range);
};

function table3(changes: Partial<Record<Table3Row, Written>> = {}, layout: '2021' | '2019' = '2021'): Table3 {
  const specs = layout === '2021' ? TABLE3_ROWS_2021 : TABLE3_ROWS_2019;
  const written = { ...CLEAN, ...changes };
  const rows: Table3['rows'] = {};
  for (const { key, label } of specs) {
    rows[key] = { key, cells: (written[key] ?? ZERO).map(cell), labelText: label, labels: [], range: [0, 0] };
  }
  return {
    type: 'Table',
    kind: 'table3',
    confidence: 'high',
    found: 'table',
    problems: [],
    nodes: [],
    range: [0, 0],
    layout,
    rows,
    order: specs.map((s) => s.key),
    hasReconciliationNote: true,
    labelCells: [],
    dataRows: [],
  };
}

function table4(groups: Written[]): Table4 {
  const [review, litigationDirect, litigationAfterReview] = groups.map((g) => g.map(cell));
  return {
    type: 'Table',
    kind: 'table4',
    confidence: 'high',
    found: 'table',
    problems: [],
    nodes: [],
    range: [0, 0],
    groups: { review, litigationDirect, litigationAfterReview },
    labelCells: [],
  };
}

/** "row:granted", "result:natural", "balance:total" for the identities that fail */
function failing(t: Table3): string[] {
  return table3Arithmetic(t)
    .identities.filter((i) => i.status === 'fails')
    .map((i) => `${i.kind}:${i.kind === 'row' ? i.row : i.column}`);
}

describe('table 三 identities', () => {
  it('a clean table: all 39 identities (25 rows, 7 result totals, 7 balances) hold, no cell is named', () => {
    const arithmetic = table3Arithmetic(table3());
    expect(arithmetic.identities).toHaveLength(39);
    expect(arithmetic.identities.every((i) => i.status === 'holds')).toBe(true);
    expect(arithmetic.pinpoint).toBeUndefined();
  });

  it('each identity has its cells on the side they are written: parts left, totals right', () => {
    const t = table3();
    const { identities } = table3Arithmetic(t);
    const row = identities.find((i) => i.kind === 'row' && i.row === 'granted')!;
    expect(row.left).toEqual(t.rows.granted!.cells.slice(0, 6));
    expect(row.right).toEqual([t.rows.granted!.cells[6]]);
    const result = identities.find((i) => i.kind === 'result' && i.column === 'natural')!;
    expect(result.left).toHaveLength(21);
    expect(result.right).toEqual([t.rows.resultTotal!.cells[0]]);
    const balance = identities.find((i) => i.kind === 'balance' && i.column === 'total')!;
    expect(balance.left).toEqual([t.rows.new!.cells[6], t.rows.carriedOver!.cells[6]]);
    expect(balance.right).toEqual([t.rows.resultTotal!.cells[6], t.rows.carriedForward!.cells[6]]);
  });

  it('one cell explains two failing identities: its row and its column’s result total', () => {
    const t = table3({ granted: [3, 1, 0, 0, 0, 0, 3] });
    const arithmetic = table3Arithmetic(t);
    expect(failing(t)).toEqual(['row:granted', 'result:natural']);
    expect(arithmetic.identities.filter((i) => i.status === 'fails').map((i) => i.residual)).toEqual([1, 1]);
    expect(arithmetic.pinpoint).toMatchObject({ row: 'granted', column: 'natural', from: 3, to: 2, partial: false });
    expect(arithmetic.pinpoint!.cell).toBe(t.rows.granted!.cells[0]);
    expect(arithmetic.pinpoint!.failing.map((i) => i.kind)).toEqual(['row', 'result']);
  });

  it('a （七）总计 cell explains three: its row, its result total and its balance (named row, result, balance)', () => {
    const t = table3({ resultTotal: [4, 1, 0, 0, 0, 0, 6] });
    expect(failing(t)).toEqual(['row:resultTotal', 'result:natural', 'balance:natural']);
    const { pinpoint } = table3Arithmetic(t);
    expect(pinpoint).toMatchObject({ row: 'resultTotal', column: 'natural', from: 4, to: 5 });
    expect(pinpoint!.failing.map((i) => i.kind)).toEqual(['row', 'result', 'balance']);
  });

  it('two independent errors: four identities fail and no single cell is named', () => {
    const t = table3({ granted: [3, 1, 0, 0, 0, 0, 3], unable1: [1, 1, 0, 0, 0, 0, 1] });
    expect(failing(t)).toEqual(['row:granted', 'row:unable1', 'result:natural', 'result:commercial']);
    expect(table3Arithmetic(t).pinpoint).toBeUndefined();
  });

  it('a row and its total both raised: the row holds, two balances fail, no cell explains both', () => {
    const t = table3({ new: [6, 1, 0, 0, 0, 0, 7] });
    expect(failing(t)).toEqual(['balance:natural', 'balance:total']);
    expect(table3Arithmetic(t).pinpoint).toBeUndefined();
  });

  it('blank vs 0: a blank cell leaves its row and column unchecked, a 0 is checked', () => {
    const blank = table3Arithmetic(table3({ refused1: [' ', 0, 0, 0, 0, 0, 0] }));
    const unchecked = blank.identities.filter((i) => i.status === 'unchecked').map((i) => `${i.kind}:${i.kind === 'row' ? i.row : i.column}`);
    expect(unchecked).toEqual(['row:refused1', 'result:natural']);
    const zero = table3Arithmetic(table3({ refused1: [0, 0, 0, 0, 0, 0, 0] }));
    expect(zero.identities.every((i) => i.status === 'holds')).toBe(true);
  });

  it('a blank cell elsewhere: the wrong cell is still named, as explaining what could be checked (partial)', () => {
    const t = table3({ refused1: ['', 0, 0, 0, 0, 0, 0], granted: [2, 2, 0, 0, 0, 0, 3] });
    const { pinpoint } = table3Arithmetic(t);
    expect(pinpoint).toMatchObject({ row: 'granted', column: 'commercial', from: 2, to: 1, partial: true });
  });

  it('a blank cell is never the one named, even when filling it would mend its identities', () => {
    const t = table3({ granted: ['', 1, 0, 0, 0, 0, 3] });
    const arithmetic = table3Arithmetic(t);
    expect(arithmetic.identities.filter((i) => i.status !== 'holds').map((i) => i.status)).toEqual(['unchecked', 'unchecked']);
    expect(arithmetic.pinpoint).toBeUndefined();
  });

  it('the 2019 layout (23 rows): （六）其他处理 is one result item', () => {
    const t = table3({ otherSingle: [0, 2, 0, 0, 0, 0, 2] }, '2019');
    expect(t.order).toHaveLength(23);
    expect(failing(t)).toEqual(['result:commercial', 'result:total']);
    expect(table3Arithmetic(table3({}, '2019')).identities).toHaveLength(23 + 14);
  });
});

describe('table 四 group sums', () => {
  const CLEAN4: Written[] = [
    [1, 2, 0, 1, 4],
    [3, 0, 0, 0, 3],
    [0, 0, 0, 0, 0],
  ];

  it('every group that adds up holds; a group with a blank is unchecked', () => {
    expect(table4Arithmetic(table4(CLEAN4)).groups.map((g) => g.status)).toEqual(['holds', 'holds', 'holds']);
    const blank = table4Arithmetic(table4([CLEAN4[0], [3, '', 0, 0, 3], CLEAN4[2]]));
    expect(blank.groups.map((g) => g.status)).toEqual(['holds', 'unchecked', 'holds']);
  });

  it('a group off by one: any of its cells could mend it, so none is named', () => {
    const [review] = table4Arithmetic(table4([[1, 2, 0, 1, 5], CLEAN4[1], CLEAN4[2]])).groups;
    expect(review).toMatchObject({ group: 'review', status: 'fails', residual: -1 });
    expect(review.fix).toBeUndefined();
  });

  it('the parts exceed the total by more than any part: only the total can be wrong', () => {
    const t = table4([CLEAN4[0], [10, 1, 0, 0, 0], CLEAN4[2]]);
    const direct = table4Arithmetic(t).groups[1];
    expect(direct.status).toBe('fails');
    expect(direct.fix).toEqual({ cell: t.groups.litigationDirect![4], from: 0, to: 11 });
  });
});

describe('in the report model', () => {
  const { report } = loadFixture(REAL.huaian2024);
  const t3 = report.tables.table3!;

  it('淮安市 2024: every identity of tables 三 and 四 holds', () => {
    expect(t3.arithmetic!.identities).toHaveLength(39);
    expect(t3.arithmetic!.identities.every((i) => i.status === 'holds')).toBe(true);
    expect(report.tables.table4!.arithmetic!.groups.map((g) => g.status)).toEqual(['holds', 'holds', 'holds']);
  });

  it('a truncated table (the text stops inside a row) has no arithmetic', () => {
    const text = readFixture(REAL.huaian2024);
    const cut = buildReportModel(ingestText(text.slice(0, t3.rows.refused4!.cells[2].range[1]), 'cut.txt')).tables.table3!;
    expect(cut.truncated).toBe(true);
    expect(cut.order.length).toBeGreaterThan(0);
    expect(cut.arithmetic).toBeUndefined();
  });

  it('a low-confidence table has no arithmetic', () => {
    const text = readFixture(REAL.huaian2024);
    const row = t3.rows.refused8!.range;
    const dropped = buildReportModel(ingestText(text.slice(0, row[0]) + text.slice(row[1] + 1), 'dropped.txt')).tables.table3!;
    expect(dropped.confidence).toBe('low');
    expect(dropped.arithmetic).toBeUndefined();
  });
});

describe('the single-cell solver', () => {
  /** same number of digits, so the pdftotext columns stay aligned */
  const changed = (value: number) => (String(value + 1).length === String(value).length ? value + 1 : value - 1);
  const cells = t3Cells();

  function t3Cells() {
    const t = loadFixture(REAL.huaian2024).report.tables.table3!;
    return { table: t, list: t.order.flatMap((row) => t.rows[row]!.cells.map((cell, i) => ({ row, i, cell }))) };
  }

  it('names no cell for any pair of changed cells of 淮安市 2024 table 三 (all 15 225 pairs)', () => {
    const equations = table3Equations(cells.table);
    const base = table3Values(cells.table);
    const list = cells.list;
    let named = 0;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const values = new Map(base);
        for (const { row, i, cell } of [list[a], list[b]]) values.set(`${row}/${i}`, changed(cell.value!));
        const solution = solveSingleCell(values, equations);
        expect(solution.failing.length).toBeGreaterThan(0);
        if (solution.fix) named++;
      }
    }
    expect(named).toBe(0);
  });

  it('a value the cell cannot take (negative) is no explanation', () => {
    const values = new Map<string, number | null>([
      ['a', 0],
      ['b', 0],
      ['t', 3],
    ]);
    const eq = { id: 's', terms: [{ cell: 'a', coef: 1 as const }, { cell: 'b', coef: 1 as const }, { cell: 't', coef: -1 as const }] };
    // a or b would have to become 3 (fine) or t 0 (fine): three explanations, none named
    expect(solveSingleCell(values, [eq]).fix).toBeUndefined();
    values.set('t', 0);
    values.set('a', 2);
    // t = 2 mends it; a = 0 mends it too: ambiguous
    expect(solveSingleCell(values, [eq]).fix).toBeUndefined();
    values.set('a', 5);
    values.set('b', 4);
    // a − 9 and b − 9 are negative: only t = 9
    expect(solveSingleCell(values, [eq]).fix).toEqual({ cell: 't', from: 0, to: 9 });
  });
});
