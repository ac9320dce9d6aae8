/**
 * The table-三 identities (domain.md §2.6) and the single wrong cell.
 *
 * Every value cell of table 三 sits in three identities: its row total
 * (T3-ROW), its column's result total (T3-SUB) or its column's balance
 * (T3-BAL), and the （七）总计 row in both column identities. When the
 * identities that fail are exactly the ones that meet in a single cell, and
 * one value of that cell (a non-negative integer) makes all of them hold,
 * while no other cell can do the same, that cell is very likely the typo.
 * The solver always looks at every identity: a cell is named only when it
 * explains the whole table.
 */
import { TABLE3_COLUMNS, resultItemRows } from '../../vocabulary/labels.js';
import type { Table3, Table3Arithmetic, Table3ColumnIdentity, Table3Identity, Table3Pinpoint, Table3Row, Table3RowIdentity } from '../types.js';
import type { Equation } from './single-cell.js';
import { EPSILON, solveSingleCell } from './single-cell.js';

/** a cell by its row and column index */
type Place = [Table3Row, number];
type Where = Pick<Table3RowIdentity, 'kind' | 'row'> | Pick<Table3ColumnIdentity, 'kind' | 'column'>;

/** an identity before it is checked: where it is, and the places of its left and right cells */
interface Shape {
  where: Where;
  left: Place[];
  right: Place[];
}

const BALANCE_ROWS: Table3Row[] = ['new', 'carriedOver', 'resultTotal', 'carriedForward'];
const APPLICANT_COLUMNS = TABLE3_COLUMNS.length - 1;

const cellId = ([row, column]: Place) => `${row}/${column}`;

/** T3-ROW for each row, then T3-SUB and T3-BAL for each column, over the rows the table has */
function shapesOf(table: Pick<Table3, 'layout' | 'order'>): Shape[] {
  const has = new Set(table.order);
  const shapes: Shape[] = table.order.map((row) => ({
    where: { kind: 'row', row },
    left: Array.from({ length: APPLICANT_COLUMNS }, (_, i): Place => [row, i]),
    right: [[row, APPLICANT_COLUMNS]],
  }));
  const items = resultItemRows(table.layout).filter((r) => has.has(r));
  TABLE3_COLUMNS.forEach((column, i) => {
    if (has.has('resultTotal')) {
      shapes.push({ where: { kind: 'result', column }, left: items.map((r): Place => [r, i]), right: [['resultTotal', i]] });
    }
    if (BALANCE_ROWS.every((r) => has.has(r))) {
      shapes.push({
        where: { kind: 'balance', column },
        left: [['new', i], ['carriedOver', i]],
        right: [['resultTotal', i], ['carriedForward', i]],
      });
    }
  });
  return shapes;
}

function equationOf(shape: Shape, index: number): Equation {
  return {
    id: String(index),
    terms: [...shape.left.map((p) => ({ cell: cellId(p), coef: 1 as const })), ...shape.right.map((p) => ({ cell: cellId(p), coef: -1 as const }))],
  };
}

/** the identities as equations over the cells "row/columnIndex" (for the solver) */
export function table3Equations(table: Pick<Table3, 'layout' | 'order'>): Equation[] {
  return shapesOf(table).map(equationOf);
}

/** each cell's number (null when it is not one), by "row/columnIndex" */
export function table3Values(table: Pick<Table3, 'rows' | 'order'>): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const row of table.order) {
    const cells = table.rows[row]!.cells;
    const ids = cellIdsOfRow(row, cells.length);
    for (let i = 0; i < cells.length; i++) values.set(ids[i], cells[i].value);
  }
  return values;
}

/** "row/0", "row/1", …: a row's cell ids, formed once per row and width */
const rowIds = new Map<string, string[]>();
function cellIdsOfRow(row: Table3Row, width: number): string[] {
  let ids = rowIds.get(row);
  if (!ids) rowIds.set(row, (ids = []));
  for (let i = ids.length; i < width; i++) ids.push(cellId([row, i]));
  return ids;
}

const KIND_RANK: Record<Table3Identity['kind'], number> = { row: 0, result: 1, balance: 2 };

/** the identities of one layout and row order, with their equations and each shape's cell ids (left, then right) */
interface Identities {
  shapes: Shape[];
  equations: Equation[];
  cellIds: string[][];
}

/** identities by layout and row order: almost every table has the national 25 rows, so this holds one or two entries */
const IDENTITIES_KEPT = 64;
const identitiesByOrder = new Map<string, Identities>();

function identitiesOf(table: Pick<Table3, 'layout' | 'order'>): Identities {
  const key = `${table.layout}|${table.order.join(',')}`;
  let hit = identitiesByOrder.get(key);
  if (!hit) {
    const shapes = shapesOf(table);
    hit = { shapes, equations: shapes.map(equationOf), cellIds: shapes.map((s) => [...s.left, ...s.right].map(cellId)) };
    if (identitiesByOrder.size >= IDENTITIES_KEPT) identitiesByOrder.clear();
    identitiesByOrder.set(key, hit);
  }
  return hit;
}

/** built key by key in the order the spread of shape.where gave (kind, row or column, left, right, status, residual) */
function identityOf(where: Where, left: Table3Identity['left'], right: Table3Identity['right'], status: Table3Identity['status']): Table3Identity {
  return (where.kind === 'row'
    ? { kind: where.kind, row: where.row, left, right, status }
    : { kind: where.kind, column: where.column, left, right, status }) as Table3Identity;
}

/**
 * Every identity of the table, checked, and the single wrong cell if one
 * explains all that fail. Most tables balance: their identities are checked
 * on the cells directly, and only a table where one fails goes through the
 * solver (with the residuals it computes, in the same order of terms).
 */
export function table3Arithmetic(table: Table3): Table3Arithmetic {
  const { shapes } = identitiesOf(table);
  const identities: Table3Identity[] = [];
  for (let index = 0; index < shapes.length; index++) {
    const shape = shapes[index];
    // as solveSingleCell reads the value map: a cell past a row's end is undefined (not checked, yet not "not a number" for the status)
    let numbers = true;
    let notNull = true;
    let residual = 0;
    const left = shape.left.map(([row, column]) => table.rows[row]!.cells[column]);
    const right = shape.right.map(([row, column]) => table.rows[row]!.cells[column]);
    for (let side = 0; side < 2; side++) {
      const cells = side === 0 ? left : right;
      const coef = side === 0 ? 1 : -1;
      for (let i = 0; i < cells.length; i++) {
        const value = cells[i] === undefined ? undefined : cells[i].value;
        if (value === null) notNull = false;
        if (typeof value === 'number') residual = residual + coef * value;
        else numbers = false;
      }
    }
    if (numbers && Math.abs(residual) > EPSILON) return solvedTable3Arithmetic(table);
    identities.push(identityOf(shape.where, left, right, notNull ? 'holds' : 'unchecked'));
  }
  return { identities };
}

/** the arithmetic of a table where some identity fails: the solver's residuals and its single wrong cell */
function solvedTable3Arithmetic(table: Table3): Table3Arithmetic {
  const { shapes, equations, cellIds } = identitiesOf(table);
  const values = table3Values(table);
  const solution = solveSingleCell(values, equations);
  const residuals = new Map(solution.failing.map((f) => [Number(f.equation.id), f.residual]));
  const cellAt = ([row, column]: Place) => table.rows[row]!.cells[column];
  const identities: Table3Identity[] = [];
  for (let index = 0; index < shapes.length; index++) {
    const shape = shapes[index];
    const residual = residuals.get(index);
    const status = residual !== undefined ? 'fails' : cellIds[index].every((id) => values.get(id) !== null) ? 'holds' : 'unchecked';
    const left = shape.left.map(cellAt);
    const right = shape.right.map(cellAt);
    const identity = identityOf(shape.where, left, right, status);
    if (residual !== undefined) identity.residual = residual;
    identities.push(identity);
  }
  const arithmetic: Table3Arithmetic = { identities };
  if (solution.fix) {
    const [row, column] = solution.fix.cell.split('/') as [Table3Row, string];
    const pinpoint: Table3Pinpoint = {
      row,
      column: TABLE3_COLUMNS[Number(column)],
      cell: cellAt([row, Number(column)]),
      from: solution.fix.from,
      to: solution.fix.to,
      failing: identities.filter((i) => i.status === 'fails').sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]),
      partial: solution.unchecked > 0,
    };
    arithmetic.pinpoint = pinpoint;
  }
  return arithmetic;
}
