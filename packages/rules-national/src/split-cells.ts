/**
 * Split-cell diagnosis for table 三 (issue 16 item 8): when no single cell
 * explains the identities that fail, two other slips are tried.
 *
 * - A number cut in two ("20" copied as "2" "0"): the row then has eight
 *   numbers, the reader keeps the last seven as the value cells and the
 *   first becomes the end of the label. Merging two adjacent single digits
 *   of those eight (the first not 0) gives seven values again; the cells
 *   before the merge move one column right.
 * - One application counted under the wrong applicant: one less in one of
 *   the six applicant columns of a row and one more in another (the row's
 *   总计 unchanged).
 *
 * A candidate counts only when, with it, every identity that can be
 * checked holds; it is named only when it is the only such candidate.
 * Linear in the table's size times the candidates (25 rows × 37), each
 * checked against the identities it touches.
 */
import type { Cell, Table3, Table3Identity, Table3Row, TextSpan } from '@xxgk-lint/core';

/** a merge of two adjacent single digits of a row's eight numbers */
export interface SplitCandidate {
  kind: 'split';
  row: Table3Row;
  /** the two pieces as written, in order, with their places */
  pieces: [TextSpan, TextSpan];
  merged: number;
  /** the row's seven values after the merge */
  values: number[];
}

/** one application moved from one applicant column to another in a row */
export interface MoveCandidate {
  kind: 'move';
  row: Table3Row;
  /** column indexes (0–5) */
  from: number;
  to: number;
  fromCell: Cell;
  toCell: Cell;
}

export type SplitDiagnosis = SplitCandidate | MoveCandidate;

const APPLICANT_COLUMNS = 6;
const DIGIT = /^[0-9]$/;

/** value changes of a candidate, by cell */
type Changes = Map<Cell, number>;

/** Σ left − Σ right with the changes applied; null when a cell is not a number */
function residual(identity: Table3Identity, changes: Changes): number | null {
  let total = 0;
  for (const [cells, sign] of [[identity.left, 1], [identity.right, -1]] as const) {
    for (const cell of cells) {
      const value = changes.has(cell) ? changes.get(cell)! : cell.value;
      if (value === null) return null;
      total += sign * value;
    }
  }
  return Math.round(total * 1e6) / 1e6;
}

/**
 * With these changes, every identity that can be checked holds, and no
 * fewer identities can be checked than before.
 */
function mendsAll(identities: Table3Identity[], touching: (identity: Table3Identity) => boolean, changes: Changes): boolean {
  for (const identity of identities) {
    if (!touching(identity)) {
      if (identity.status === 'fails') return false;
      continue;
    }
    const r = residual(identity, changes);
    if (r === null ? identity.status !== 'unchecked' : r !== 0) return false;
  }
  return true;
}

/** the number cut off the front of a row of eight: the last label cell, when it is a lone digit right before the values */
function leadingDigit(source: string, label: TextSpan | undefined, first: Cell): TextSpan | undefined {
  if (!label || !DIGIT.test(label.text) || label.range[1] > first.range[0]) return undefined;
  return source.slice(label.range[1], first.range[0]).trim() === '' ? label : undefined;
}

function splitCandidates(table: Table3, source: string, row: Table3Row): { candidate: SplitCandidate; changes: Changes }[] {
  const data = table.rows[row]!;
  const lead = leadingDigit(source, data.labels.at(-1), data.cells[0]);
  if (!lead || data.cells.some((c) => c.kind !== 'number' || c.value === null)) return [];
  const pieces: TextSpan[] = [lead, ...data.cells.map((c) => ({ text: c.raw, range: c.range }))];
  const numbers = [Number(lead.text), ...data.cells.map((c) => c.value as number)];
  const out: { candidate: SplitCandidate; changes: Changes }[] = [];
  for (let m = 0; m + 1 < pieces.length; m++) {
    const [a, b] = [pieces[m], pieces[m + 1]];
    if (!DIGIT.test(a.text) || !DIGIT.test(b.text) || a.text === '0') continue;
    const merged = Number(a.text + b.text);
    const values = [...numbers.slice(0, m), merged, ...numbers.slice(m + 2)];
    const changes: Changes = new Map(data.cells.map((c, i) => [c, values[i]]));
    out.push({ candidate: { kind: 'split', row, pieces: [a, b], merged, values }, changes });
  }
  return out;
}

function moveCandidates(table: Table3, row: Table3Row): { candidate: MoveCandidate; changes: Changes }[] {
  const cells = table.rows[row]!.cells;
  const out: { candidate: MoveCandidate; changes: Changes }[] = [];
  for (let from = 0; from < APPLICANT_COLUMNS; from++) {
    const a = cells[from];
    if (a.value === null || a.value < 1) continue;
    for (let to = 0; to < APPLICANT_COLUMNS; to++) {
      const b = cells[to];
      if (to === from || b.value === null) continue;
      const changes: Changes = new Map([[a, a.value - 1], [b, b.value + 1]]);
      out.push({ candidate: { kind: 'move', row, from, to, fromCell: a, toCell: b }, changes });
    }
  }
  return out;
}

/**
 * The one split or move that makes every identity of the table hold, or
 * undefined (none, or more than one). Only for a table whose identities
 * fail and that has no single wrong cell (that is the pinpoint's job).
 */
export function diagnoseSplitCells(table: Table3, source: string): SplitDiagnosis | undefined {
  const arithmetic = table.arithmetic;
  if (!arithmetic || arithmetic.pinpoint || !arithmetic.identities.some((i) => i.status === 'fails')) return undefined;
  let found: SplitDiagnosis | undefined;
  for (const row of table.order) {
    const rowCells = new Set(table.rows[row]!.cells);
    const touching = (identity: Table3Identity) => identity.left.some((c) => rowCells.has(c)) || identity.right.some((c) => rowCells.has(c));
    for (const { candidate, changes } of [...splitCandidates(table, source, row), ...moveCandidates(table, row)]) {
      if (!mendsAll(arithmetic.identities, touching, changes)) continue;
      if (found) return undefined;
      found = candidate;
    }
  }
  return found;
}
