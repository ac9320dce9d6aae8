/**
 * The single-cell solver: which one cell, changed to a non-negative integer,
 * would make every failing identity hold. Identities are linear equations
 * over named cells; a cell that is not a number is never a candidate, and an
 * equation with such a cell is left out (it cannot be checked).
 */

/** Σ coef · value(cell) = 0 */
export interface Equation {
  id: string;
  terms: { cell: string; coef: 1 | -1 }[];
}

export interface CellChange {
  cell: string;
  from: number;
  to: number;
}

export interface Solution {
  /** equations whose cells are all numbers and that do not hold, with their residual (Σ coef · value) */
  failing: { equation: Equation; residual: number }[];
  /** how many equations could not be checked (a cell that is not a number) */
  unchecked: number;
  /** the one cell whose change to a non-negative integer makes every checked equation hold */
  fix?: CellChange;
}

/** a residual this small is rounding, not a difference */
export const EPSILON = 1e-9;

/**
 * Failing equations, and the single cell that explains all of them if there
 * is exactly one. A cell qualifies when the checked equations it appears in
 * are exactly the failing ones and one value mends them all.
 */
export function solveSingleCell(values: ReadonlyMap<string, number | null>, equations: Equation[]): Solution {
  const checked: Equation[] = [];
  let unchecked = 0;
  for (const eq of equations) {
    if (eq.terms.every((t) => typeof values.get(t.cell) === 'number')) checked.push(eq);
    else unchecked++;
  }
  const residualOf = (eq: Equation) => eq.terms.reduce((s, t) => s + t.coef * (values.get(t.cell) as number), 0);
  const failing = checked.flatMap((equation) => {
    const residual = residualOf(equation);
    return Math.abs(residual) > EPSILON ? [{ equation, residual }] : [];
  });
  const solution: Solution = { failing, unchecked };
  if (failing.length === 0) return solution;

  const failingIds = new Set(failing.map((f) => f.equation.id));
  const byCell = new Map<string, { eq: Equation; coef: number }[]>();
  for (const eq of checked) {
    for (const t of eq.terms) {
      const list = byCell.get(t.cell) ?? [];
      list.push({ eq, coef: t.coef });
      byCell.set(t.cell, list);
    }
  }
  const residuals = new Map(failing.map((f) => [f.equation.id, f.residual]));
  const candidates: CellChange[] = [];
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
