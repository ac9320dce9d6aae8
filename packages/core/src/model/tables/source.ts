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
  return rows.map((r) => r.cells.map((c) => labelKey(c.text)).join('|')).join('\n');
}

/** "列1", "Column 2": the heads a converter gives a table piece whose header row it lost */
const PLACEHOLDER_HEAD = /^(列|栏|Column|Col\.?)\s*\d+$/i;

/** every non-empty cell of the rows that is not one of the given value cells, nor a converter's placeholder head */
export function labelCellsOf(rows: GridRow[], values: Cell[]): TextSpan[] {
  const taken = new Set(values.map((v) => `${v.range[0]}:${v.range[1]}`));
  const isLabel = (c: GridCell) => c.text !== '' && !taken.has(`${c.range[0]}:${c.range[1]}`) && !PLACEHOLDER_HEAD.test(c.text.trim());
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
