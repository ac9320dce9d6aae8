import type { Element } from 'hast';

/** An HTML table's cells laid out on a grid, merged cells (rowspan, colspan) expanded. */

export const MAX_COLUMNS = 64;
export const MAX_ROWS = 2000;

export function cellSpan(el: Element, key: 'rowSpan' | 'colSpan', max: number): number {
  const raw = el.properties?.[key];
  const n = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? '1'), 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return key === 'rowSpan' ? max : 1;
  return Math.min(n, max);
}

/** where a grid slot's cell is: row r, i-th cell of that row */
export interface CellOrigin {
  r: number;
  i: number;
}

/** grid[r][c] = the cell starting there, null under a merged cell, undefined past the row's end */
export function expandGrid(rows: readonly Element[][]): (CellOrigin | null | undefined)[][] {
  const grid: (CellOrigin | null | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    cells.forEach((cell, i) => {
      while (grid[r][c] !== undefined) c++;
      const colSpan = cellSpan(cell, 'colSpan', MAX_COLUMNS);
      const rowSpan = Math.min(cellSpan(cell, 'rowSpan', rows.length - r), rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan && c + dc < MAX_COLUMNS; dc++) {
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { r, i } : null;
        }
      }
      c += colSpan;
    });
  });
  return grid;
}
