/**
 * Table 四 has three independent identities (T4-SUM, one per group), each of
 * five cells: a group that does not add up can be mended by changing any of
 * its cells unless the values forbid it. When the four parts add up to more
 * than the total by more than any single part, lowering a part would make it
 * negative, and the total is the only single-cell explanation.
 */
import { TABLE4_GROUPS } from '../../vocabulary/labels.js';
import type { Table4, Table4Arithmetic, Table4GroupIdentity } from '../types.js';
import type { Equation } from './single-cell.js';
import { solveSingleCell } from './single-cell.js';

const PARTS = 4;

/** the five cells "0"…"4": the parts add up to the total */
const GROUP_SUM: Equation = {
  id: 'sum',
  terms: [...Array.from({ length: PARTS }, (_, i) => ({ cell: String(i), coef: 1 as const })), { cell: String(PARTS), coef: -1 }],
};

export function table4Arithmetic(table: Table4): Table4Arithmetic {
  const groups: Table4GroupIdentity[] = [];
  for (const group of TABLE4_GROUPS) {
    const cells = table.groups[group];
    if (!cells) continue;
    const solution = solveSingleCell(new Map(cells.map((c, i) => [String(i), c.value])), [GROUP_SUM]);
    const failing = solution.failing[0];
    const identity: Table4GroupIdentity = {
      group,
      left: cells.slice(0, PARTS),
      right: [cells[PARTS]],
      status: failing ? 'fails' : solution.unchecked > 0 ? 'unchecked' : 'holds',
    };
    if (failing) identity.residual = failing.residual;
    if (solution.fix) identity.fix = { cell: cells[Number(solution.fix.cell)], from: solution.fix.from, to: solution.fix.to };
    groups.push(identity);
  }
  return { groups };
}
