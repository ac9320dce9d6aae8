/**
 * Pinpointing the one wrong cell behind crossing identities.
 *
 * Every value cell of table 三 sits in three identities (domain.md §2.6): its
 * row total (T3-ROW, rule row-total), its column's result total (T3-SUB,
 * result-total) or its column's balance (T3-BAL, application-balance), and
 * the （七）总计 row in both column identities. When the identities that fail
 * are exactly the ones that meet in a single cell, and one value of that cell
 * (a non-negative integer) makes all of them hold, while no other cell can do
 * the same, that cell is very likely the typo. The three rules share this
 * solver: exactly one of them reports the cell (with the value as a
 * suggestion, never a fix) and the others stay silent for that table.
 * Otherwise each rule reports its own failing identities as before.
 *
 * Which rule reports it: the first of application-balance → result-total →
 * row-total that is switched on and whose identity fails at that cell (the
 * printed 勾稽关系 first, then the column's result total; every cell breaks
 * its row total, so row-total reports only when the other two are off or
 * unaffected). The solver always looks at all three identities, whichever
 * rules are on: a cell is named only when it explains the whole table. If
 * none of the identities that fail belongs to a rule that is on, nobody
 * reports (the user turned those checks off).
 *
 * Rules announce themselves in create() (before any node is visited), keyed
 * by the report object every rule of one lint run shares.
 *
 * Table 四 has three independent identities (T4-SUM per group), each of five
 * cells: one group that does not add up can be mended by changing any of its
 * cells unless the values forbid it. When the four parts add up to more than
 * the total by more than any single part, lowering a part would make it
 * negative, and the total is the only single-cell explanation: only then is
 * it named (review-litigation-total's `pinpoint` message).
 */
import type { AnnualReport, Cell, RuleContext, SourceCode, Table3, Table3Column, Table3Row, Table4, Table4Group } from '@xxgk-lint/core';
import { TABLE3_COLUMNS, TABLE3_COLUMN_LABELS, TABLE4_GROUPS, resultItemRows, table3RowSpec } from '@xxgk-lint/core';

// ------------------------------------------------------------------ the solver

/** Σ coef · value(cell) = 0 */
export interface Equation<K = string> {
  id: string;
  kind: K;
  terms: { cell: string; coef: 1 | -1 }[];
}

export interface SingleCellFix {
  cell: string;
  from: number;
  to: number;
}

export interface Solution<K = string> {
  /** equations whose cells are all numbers and that do not hold, with their residual (Σ coef · value) */
  failing: { equation: Equation<K>; residual: number }[];
  /** equations that could not be checked (a cell that is not a number) */
  unchecked: number;
  /** the one cell whose change to a non-negative integer makes every checked equation hold */
  fix?: SingleCellFix;
}

const EPSILON = 1e-9;

/**
 * Failing equations, and the single cell that explains all of them if there is
 * exactly one. A cell qualifies when the checked equations it appears in are
 * exactly the failing ones and one value mends them all; cells that are not
 * numbers are never candidates, and equations with such a cell are left out.
 */
export function solveSingleCell<K>(values: ReadonlyMap<string, number | null>, equations: Equation<K>[]): Solution<K> {
  const checked: Equation<K>[] = [];
  let unchecked = 0;
  for (const eq of equations) {
    if (eq.terms.every((t) => typeof values.get(t.cell) === 'number')) checked.push(eq);
    else unchecked++;
  }
  const residualOf = (eq: Equation<K>) => eq.terms.reduce((s, t) => s + t.coef * (values.get(t.cell) as number), 0);
  const failing = checked.flatMap((equation) => {
    const residual = residualOf(equation);
    return Math.abs(residual) > EPSILON ? [{ equation, residual }] : [];
  });
  const solution: Solution<K> = { failing, unchecked };
  if (failing.length === 0) return solution;

  const failingIds = new Set(failing.map((f) => f.equation.id));
  const byCell = new Map<string, { eq: Equation<K>; coef: number }[]>();
  for (const eq of checked) {
    for (const t of eq.terms) {
      const list = byCell.get(t.cell) ?? [];
      list.push({ eq, coef: t.coef });
      byCell.set(t.cell, list);
    }
  }
  const residuals = new Map(failing.map((f) => [f.equation.id, f.residual]));
  const candidates: SingleCellFix[] = [];
  for (const [cell, memberships] of byCell) {
    if (memberships.length !== failingIds.size || !memberships.every((m) => failingIds.has(m.eq.id))) continue;
    // value + d mends equation e when residual(e) + coef · d = 0
    const deltas = memberships.map((m) => -residuals.get(m.eq.id)! / m.coef);
    const d = deltas[0];
    if (deltas.some((x) => Math.abs(x - d) > EPSILON)) continue;
    const from = values.get(cell) as number;
    const to = Math.round((from + d) * 1e6) / 1e6;
    if (to < 0 || !Number.isInteger(to)) continue;
    candidates.push({ cell, from, to });
    if (candidates.length > 1) return solution;
  }
  if (candidates.length === 1) solution.fix = candidates[0];
  return solution;
}

// ------------------------------------------------------------------ table 三

export type Table3Identity = 'balance' | 'result' | 'row';

/** who reports a pinpointed cell: the first of these that is on and whose identity fails there */
export const PINPOINT_ORDER: Table3Identity[] = ['balance', 'result', 'row'];

const cellId = (row: Table3Row, column: number) => `${row}/${column}`;

/** T3-ROW for each row, T3-SUB and T3-BAL for each column, over the rows the table has */
export function table3Equations(table: Pick<Table3, 'layout' | 'order'>): Equation<Table3Identity>[] {
  const has = new Set(table.order);
  const equations: Equation<Table3Identity>[] = [];
  for (const row of table.order) {
    equations.push({
      id: `row:${row}`,
      kind: 'row',
      terms: [...TABLE3_COLUMNS.slice(0, 6).map((_, i) => ({ cell: cellId(row, i), coef: 1 as const })), { cell: cellId(row, 6), coef: -1 }],
    });
  }
  const items = resultItemRows(table.layout).filter((r) => has.has(r));
  TABLE3_COLUMNS.forEach((column, i) => {
    if (has.has('resultTotal')) {
      equations.push({
        id: `result:${column}`,
        kind: 'result',
        terms: [{ cell: cellId('resultTotal', i), coef: 1 }, ...items.map((r) => ({ cell: cellId(r, i), coef: -1 as const }))],
      });
    }
    if (['new', 'carriedOver', 'resultTotal', 'carriedForward'].every((r) => has.has(r as Table3Row))) {
      equations.push({
        id: `balance:${column}`,
        kind: 'balance',
        terms: [
          { cell: cellId('new', i), coef: 1 },
          { cell: cellId('carriedOver', i), coef: 1 },
          { cell: cellId('resultTotal', i), coef: -1 },
          { cell: cellId('carriedForward', i), coef: -1 },
        ],
      });
    }
  });
  return equations;
}

export function table3Values(table: Pick<Table3, 'rows' | 'order'>): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const row of table.order) table.rows[row]!.cells.forEach((c, i) => values.set(cellId(row, i), c.value));
  return values;
}

export interface Table3Pinpoint {
  row: Table3Row;
  column: Table3Column;
  cell: Cell;
  from: number;
  to: number;
  /** the identities that fail, in the order row, result, balance */
  failing: { equation: Equation<Table3Identity>; residual: number }[];
  /** some identities could not be checked (a cell that is not a number) */
  partial: boolean;
}

const table3Cache = new WeakMap<Table3, Table3Pinpoint | null>();

/** the single wrong cell of a (readable) table 三, or null */
export function pinpointTable3(table: Table3): Table3Pinpoint | null {
  const cached = table3Cache.get(table);
  if (cached !== undefined) return cached;
  const solution = solveSingleCell(table3Values(table), table3Equations(table));
  let out: Table3Pinpoint | null = null;
  if (solution.fix) {
    const [row, index] = solution.fix.cell.split('/') as [Table3Row, string];
    const rank = { row: 0, result: 1, balance: 2 };
    out = {
      row,
      column: TABLE3_COLUMNS[Number(index)],
      cell: table.rows[row]!.cells[Number(index)],
      from: solution.fix.from,
      to: solution.fix.to,
      failing: [...solution.failing].sort((a, b) => rank[a.equation.kind] - rank[b.equation.kind]),
      partial: solution.unchecked > 0,
    };
  }
  table3Cache.set(table, out);
  return out;
}

// ------------------------------------------------------------------ which rule reports

const active = new WeakMap<AnnualReport, Set<Table3Identity>>();

/** called by each table-三 arithmetic rule in create(): it is on for this report */
export function announce(report: AnnualReport, identity: Table3Identity): void {
  const set = active.get(report) ?? new Set<Table3Identity>();
  set.add(identity);
  active.set(report, set);
}

/** the identity whose rule reports the pinpoint, or undefined when no such rule is on */
export function pinpointOwner(report: AnnualReport, pinpoint: Table3Pinpoint): Table3Identity | undefined {
  const on = active.get(report) ?? new Set<Table3Identity>();
  const failing = new Set(pinpoint.failing.map((f) => f.equation.kind));
  return PINPOINT_ORDER.find((k) => on.has(k) && failing.has(k));
}

export const PINPOINT_MESSAGE =
  '表三很可能是“{{row}}”行“{{column}}”列填错：现为 {{from}}，若为 {{to}} 则{{holds}}。现在对不上的是：{{failing}}。';

function valueAt(table: Table3, row: Table3Row, i: number): number {
  return table.rows[row]!.cells[i].value as number;
}

/** "本行六类申请人之和 12，“总计”列为 10" and the like, with the numbers as they are now */
function describe(table: Table3, pinpoint: Table3Pinpoint, equation: Equation<Table3Identity>): string {
  const i = TABLE3_COLUMNS.indexOf(pinpoint.column);
  const total = (e: Equation<Table3Identity>, sign: 1 | -1) =>
    e.terms.filter((t) => t.coef === sign).reduce((s, t) => s + valueAt(table, t.cell.split('/')[0] as Table3Row, Number(t.cell.split('/')[1])), 0);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  if (equation.kind === 'row') {
    return `本行六类申请人之和 ${round(total(equation, 1))}，“总计”列为 ${valueAt(table, pinpoint.row, 6)}`;
  }
  if (equation.kind === 'result') {
    return `本列（一）至（六）各项之和 ${round(total(equation, -1))}，（七）总计为 ${valueAt(table, 'resultTotal', i)}`;
  }
  return `本列一+二 = ${round(total(equation, 1))}，（七）总计+四 = ${round(total(equation, -1))}`;
}

/** the digits of a cell's text in the source (keeps a note such as "5（含电话申请2件）" around them) */
export function numberRange(sourceCode: SourceCode, cell: Cell): [number, number] | null {
  const text = sourceCode.text.slice(cell.range[0], cell.range[1]);
  const m = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/.exec(text);
  if (!m) return null;
  return [cell.range[0] + m.index, cell.range[0] + m.index + m[0].length];
}

/**
 * For a table-三 rule's Table handler: when the table has a single wrong cell,
 * the rule whose turn it is reports it, and every rule returns true (skip the
 * usual per-identity findings for this table). False: check as usual.
 */
export function reportTable3Pinpoint(context: RuleContext, table: Table3, identity: Table3Identity): boolean {
  const pinpoint = pinpointTable3(table);
  if (!pinpoint) return false;
  if (pinpointOwner(context.annualReport, pinpoint) !== identity) return true;
  const row = table3RowSpec(pinpoint.row).short;
  const column = TABLE3_COLUMN_LABELS[pinpoint.column];
  const digits = numberRange(context.sourceCode, pinpoint.cell);
  context.report({
    messageId: 'pinpoint',
    data: {
      row,
      column,
      from: pinpoint.from,
      to: pinpoint.to,
      holds: pinpoint.partial ? '能核对的勾稽关系全部成立' : '全部勾稽关系成立',
      failing: pinpoint.failing.map((f) => describe(table, pinpoint, f.equation)).join('；'),
    },
    range: pinpoint.cell.range,
    suggest: digits
      ? [{ desc: `将“${row}”行“${column}”列改为 ${pinpoint.to}`, fix: (fixer) => fixer.replaceTextRange(digits, String(pinpoint.to)) }]
      : [],
  });
  return true;
}

// ------------------------------------------------------------------ table 四

export interface Table4Pinpoint {
  group: Table4Group;
  /** always the group's 总计 (index 4): a part can never be the only explanation */
  index: number;
  from: number;
  to: number;
}

/** per group: the total, when it is the only cell whose change mends the group */
export function pinpointTable4(table: Table4): Partial<Record<Table4Group, Table4Pinpoint>> {
  const out: Partial<Record<Table4Group, Table4Pinpoint>> = {};
  for (const group of TABLE4_GROUPS) {
    const cells = table.groups[group];
    if (!cells) continue;
    const values = new Map(cells.map((c, i) => [String(i), c.value]));
    const eq: Equation = { id: group, kind: 'sum', terms: [0, 1, 2, 3].map((i) => ({ cell: String(i), coef: 1 as const })) };
    eq.terms.push({ cell: '4', coef: -1 });
    const { fix } = solveSingleCell(values, [eq]);
    if (fix) out[group] = { group, index: Number(fix.cell), from: fix.from, to: fix.to };
  }
  return out;
}
