import { resultItemRows } from '../vocabulary/labels.js';
import type { Table3Row } from '../vocabulary/types.js';
import type { DigitPiece, SplitOptions } from './digit-splits.js';
import { splitDigits } from './digit-splits.js';

/** one data row of a flattened table: its label and the digit run after it */
export interface RowRun {
  id: string;
  /** how the row is named in a message: the label as written (表二) or its short name (表三) */
  name: string;
  cells: number;
  options?: SplitOptions;
  tokens: DigitPiece[];
}

/** per row, its cells when the split is certain; null otherwise */
export interface Solution {
  cells: (DigitPiece[] | null)[];
  problems: string[];
}

/** combinations of ambiguous 表三 rows tried against the column identities */
const COMBINATION_BUDGET = 4096;

const digitsOf = (row: RowRun) => row.tokens.map((t) => t.text).join(' ');
const valuesOf = (cells: DigitPiece[]) => cells.map((c) => Number(c.text));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function glued(row: RowRun, why = ''): string {
  if (row.tokens.length === 0) return `“${row.name}”后面没有数字`;
  return `“${row.name}${digitsOf(row)}”的数字连在一起，无法确定地拆成 ${row.cells} 格${why}`;
}

type Ways = { kind: 'ways'; splits: DigitPiece[][]; limited: boolean } | { kind: 'problem'; text: string };

/** every way to cut the row at all (limited: more than the budget allowed to list) */
function waysOf(row: RowRun, accept?: SplitOptions['accept']): Ways {
  if (row.tokens.length === 0) return { kind: 'problem', text: glued(row) };
  const outcome = splitDigits(row.tokens, row.cells, { ...row.options, ...(accept ? { accept } : {}) });
  if (outcome.kind === 'too-long') {
    return { kind: 'problem', text: `“${row.name}${digitsOf(row)}”的数字有 ${outcome.digits} 位，比 ${row.cells} 格能容纳的多，未拆分` };
  }
  if (outcome.kind === 'too-many') return { kind: 'ways', splits: [], limited: true };
  return { kind: 'ways', splits: outcome.splits, limited: false };
}

function noWay(row: RowRun): string {
  return `“${row.name}${digitsOf(row)}”的数字无法拆成 ${row.cells} 个数（多位数不以 0 开头）`;
}

/** 表二 has no identities: a row is read only when its digits can be cut one way */
export function solveWithoutIdentities(rows: readonly RowRun[]): Solution {
  const solution: Solution = { cells: [], problems: [] };
  for (const row of rows) {
    const ways = waysOf(row);
    if (ways.kind === 'problem') {
      solution.problems.push(ways.text);
      solution.cells.push(null);
    } else if (!ways.limited && ways.splits.length === 1) {
      solution.cells.push(ways.splits[0]);
    } else {
      solution.problems.push(ways.splits.length === 0 && !ways.limited ? noWay(row) : glued(row));
      solution.cells.push(null);
    }
  }
  return solution;
}

const rowIdentity = (cells: number) => (values: number[]) => values.length < cells || values[cells - 1] === sum(values.slice(0, cells - 1));

/**
 * 表三: each row's 总计 is the sum of the six applicant columns; per column
 * (七)总计 is the sum of the result rows and 一+二 = (七)+四. Rows cut one way
 * only are taken as written (the arithmetic rules judge them). When some row
 * can be cut several ways, the table is read only if exactly one choice for
 * all rows satisfies every identity.
 */
export function solveTable3(rows: readonly RowRun[], layout: '2021' | '2019', complete: boolean): Solution {
  const plain = rows.map((r) => waysOf(r));
  const problems = plain.flatMap((w) => (w.kind === 'problem' ? [w.text] : []));
  const ambiguous = rows.map((_, i) => {
    const w = plain[i];
    return w.kind === 'ways' && (w.limited || w.splits.length > 1);
  });
  const none = rows.filter((_, i) => {
    const w = plain[i];
    return w.kind === 'ways' && !w.limited && w.splits.length === 0;
  });
  problems.push(...none.map(noWay));
  const fail = (extra: string[]): Solution => ({ cells: rows.map(() => null), problems: [...problems, ...extra] });
  if (!ambiguous.some(Boolean)) {
    if (problems.length > 0) return fail([]);
    return { cells: plain.map((w) => (w as { splits: DigitPiece[][] }).splits[0]), problems: [] };
  }
  const named = rows.filter((_, i) => ambiguous[i]);
  if (problems.length > 0 || !complete) return fail(named.map((r) => glued(r)));

  const candidates = rows.map((r) => {
    const w = waysOf(r, rowIdentity(r.cells));
    return w.kind === 'ways' && !w.limited ? w.splits : null;
  });
  if (candidates.some((c) => c === null)) return fail(named.map((r) => glued(r, '（拆法过多，未尝试）')));
  const lists = candidates as DigitPiece[][][];
  const combinations = lists.reduce((n, l) => n * l.length, 1);
  if (combinations === 0) return fail(named.map((r) => glued(r, '（没有一种拆法满足表内勾稽关系）')));
  if (combinations > COMBINATION_BUDGET) return fail(named.map((r) => glued(r, '（拆法过多，未尝试）')));

  const index = new Map(rows.map((r, i) => [r.id as Table3Row, i]));
  const items = resultItemRows(layout).map((k) => index.get(k)!);
  const [n, c, t, f] = (['new', 'carriedOver', 'resultTotal', 'carriedForward'] as Table3Row[]).map((k) => index.get(k)!);
  const holds = (choice: number[][]) => {
    for (let col = 0; col < 7; col++) {
      if (choice[t][col] !== sum(items.map((i) => choice[i][col]))) return false;
      if (choice[n][col] + choice[c][col] !== choice[t][col] + choice[f][col]) return false;
    }
    return true;
  };
  let found = 0;
  let first: DigitPiece[][] | null = null;
  const pick: number[] = lists.map(() => 0);
  for (let k = 0; k < combinations && found < 2; k++) {
    let rest = k;
    for (let i = lists.length - 1; i >= 0; i--) {
      pick[i] = rest % lists[i].length;
      rest = Math.floor(rest / lists[i].length);
    }
    const choice = lists.map((l, i) => l[pick[i]]);
    if (holds(choice.map(valuesOf))) {
      found++;
      first ??= choice;
    }
  }
  if (found === 1 && first) return { cells: first, problems: [] };
  const why = found === 0 ? '（没有一种拆法满足表内勾稽关系）' : '（满足表内勾稽关系的拆法不止一种）';
  return fail(named.map((r) => glued(r, why)));
}

const groupIdentity = (values: number[]) => {
  const n = values.length;
  if (n % 5 !== 0) return true;
  return values[n - 1] === sum(values.slice(n - 5, n - 1));
};

/** 表四: per group 总计 = 维持 + 纠正 + 其他 + 尚未审结 */
export function solveTable4(row: RowRun): Solution {
  const plain = waysOf(row);
  if (plain.kind === 'problem') return { cells: [null], problems: [plain.text] };
  if (!plain.limited && plain.splits.length === 1) return { cells: [plain.splits[0]], problems: [] };
  if (!plain.limited && plain.splits.length === 0) return { cells: [null], problems: [noWay(row)] };
  const checked = waysOf(row, groupIdentity);
  if (checked.kind === 'ways' && !checked.limited && checked.splits.length === 1) return { cells: [checked.splits[0]], problems: [] };
  const why =
    checked.kind === 'ways' && checked.limited
      ? '（拆法过多，未尝试）'
      : checked.kind === 'ways' && checked.splits.length === 0
        ? '（没有一种拆法满足表内勾稽关系）'
        : '（满足表内勾稽关系的拆法不止一种）';
  return { cells: [null], problems: [glued(row, why)] };
}
