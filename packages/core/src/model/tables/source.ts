import type { Table } from 'mdast';
import { labelKey } from '../../text/normalize.js';
import type { GridCell, GridRow } from '../grid.js';
import type { Cell, Range, TextSpan } from '../types.js';

/** one mdast table a model table is read from, with its rows as text cells */
export interface TableSource {
  node: Table;
  rows: GridRow[];
}

/** the rows' label keys, cells joined by "|" and rows by newlines: what the classifiers search */
export function textKey(rows: GridRow[]): string {
  let key = textKeys.get(rows);
  if (key === undefined) {
    key = rows.map(rowKey).join('\n');
    textKeys.set(rows, key);
  }
  return key;
}

/**
 * The classifier and each reader ask for the same rows' key: formed once per
 * rows array (a row's own key is not kept: a WeakMap entry per row cost more
 * than the few header rows of table 四 that are asked again).
 */
const textKeys = new WeakMap<GridRow[], string>();

function rowKey(row: GridRow): string {
  const cells = row.cells;
  let key = '';
  for (let i = 0; i < cells.length; i++) key += i === 0 ? labelKey(cells[i].text) : `|${labelKey(cells[i].text)}`;
  return key;
}

/** textKey of the sources' rows taken together (the rows of every piece, in order) */
export function sourcesKey(sources: readonly TableSource[]): string {
  if (sources.length === 1) return textKey(sources[0].rows);
  return sources.filter((s) => s.rows.length > 0).map((s) => textKey(s.rows)).join('\n');
}

/** "列1", "Column 2": the heads a converter gives a table piece whose header row it lost */
const PLACEHOLDER_HEAD = /^(列|栏|Column|Col\.?)\s*\d+$/i;

/** every non-empty cell of the rows that is not one of the given value cells, nor a converter's placeholder head */
export function labelCellsOf(rows: GridRow[], values: Cell[]): TextSpan[] {
  // the value cells' ends by their start
  const taken = new Map<number, number[]>();
  for (const { range } of values) {
    const ends = taken.get(range[0]);
    if (ends) ends.push(range[1]);
    else taken.set(range[0], [range[1]]);
  }
  const isTaken = (range: Range) => taken.get(range[0])?.includes(range[1]) === true;
  const isLabel = (c: GridCell) => c.text !== '' && !isTaken(c.range) && !PLACEHOLDER_HEAD.test(c.text.trim());
  return rows.flatMap((r) => r.cells.filter(isLabel).map((c) => ({ text: c.text, range: c.range })));
}

/** from the start of the first piece to the end of the last */
export function tableRange(sources: TableSource[]): Range {
  const first = sources[0].node.position;
  const last = sources[sources.length - 1].node.position;
  return [first?.start.offset ?? 0, last?.end.offset ?? 0];
}

/** the row's cells without the blank ones at its end */
export function withoutTrailingBlanks(cells: GridCell[]): GridCell[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();
  return out;
}
