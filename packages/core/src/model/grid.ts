import type { Table, TableCell } from 'mdast';
import type { Range } from './types.js';

export interface GridCell {
  text: string;
  range: Range;
}

export interface GridRow {
  cells: GridCell[];
  range: Range;
}

function cellText(cell: TableCell): string {
  // most cells hold one text node
  const only = cell.children.length === 1 ? (cell.children[0] as { type: string; value?: string; children?: unknown[] }) : undefined;
  if (only && only.type === 'text' && typeof only.value === 'string' && !only.children) return withoutLineBreaks(only.value);
  let out = '';
  type Node = { type: string; value?: string; children?: unknown[] };
  const stack: Node[] = [cell as Node];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (typeof node.value === 'string' && node.type !== 'html') out += node.value;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return withoutLineBreaks(out);
}

/** a cell's text with its line breaks (and the blanks around them) closed up, trimmed */
function withoutLineBreaks(text: string): string {
  return (text.includes('\n') ? text.replace(/\s*\n\s*/g, '') : text).trim();
}

function cellRange(cell: TableCell): Range {
  const first = cell.children[0]?.position;
  const last = cell.children[cell.children.length - 1]?.position;
  if (first && last) return [first.start.offset ?? 0, last.end.offset ?? 0];
  const p = cell.position;
  return [p?.start.offset ?? 0, p?.start.offset ?? 0];
}

/** The rows of a mdast table (GFM or recovered from text) as text cells with ranges. */
export function tableGrid(table: Table): GridRow[] {
  return table.children.map((row) => ({
    cells: row.children.map((c) => ({ text: cellText(c), range: cellRange(c) })),
    range: [row.position?.start.offset ?? 0, row.position?.end.offset ?? 0],
  }));
}
