import type { CellSpan, KnownTable } from './types.js';

/**
 * A document (HTML page, Word file) as plain text — the **text view** —
 * that the Markdown/text pipeline reads: one block per line (paragraph,
 * heading, table row), blank lines between blocks, table rows as
 * TAB-separated cells with merged cells already expanded into a grid.
 * Every character keeps where it came from, so findings can point at the
 * original document.
 */
export interface TextView {
  text: string;
  /** tables whose grid is known (HTML/Word): no need to guess them from the text */
  tables: KnownTable[];
  /** for each view offset, the offset in the source it came from (HTML source; -1 when unknown) */
  src: Int32Array;
  /** for each view line (index = line − 1), the 1-based block number (paragraph or table row); 0 on blank lines */
  lineBlock: Int32Array;
  /** table cells in view offsets with their place in the document's tables (1-based) */
  cells: ViewCell[];
}

export interface ViewCell {
  start: number;
  end: number;
  table: number;
  row: number;
  column: number;
}

/** One line of the view under construction. */
export interface ViewLine {
  text: string;
  src: number[];
  /** a line break inside the block above (`<br>`), not a new block: no blank line, same block number */
  continues?: boolean;
  /** one of the emphasised lines at the top (the title, maybe on two lines): kept together */
  title?: boolean;
  /** table rows: the table's number and the cells, in line-local offsets */
  table?: number;
  row?: number;
  cells?: { start: number; end: number; text: string; column: number }[];
}

/** Lines → text view: blank lines between blocks, none between the rows of one table. */
export function assembleView(lines: readonly ViewLine[], kind: KnownTable['kind']): TextView {
  const parts: string[] = [];
  const src: number[] = [];
  const lineBlock: number[] = [];
  const cells: ViewCell[] = [];
  const tables = new Map<number, KnownTable>();
  let offset = 0;
  let viewLine = 1;
  let lastSrc = 0;
  let block = 0;
  const push = (text: string, from: number[] | null) => {
    parts.push(text);
    for (let i = 0; i < text.length; i++) {
      const s = from ? from[i] : -1;
      if (s >= 0) lastSrc = s;
      src.push(s >= 0 ? s : lastSrc);
    }
    offset += text.length;
  };
  lines.forEach((line, index) => {
    if (index > 0) {
      const previous = lines[index - 1];
      const together =
        (line.table !== undefined && line.table === previous.table) || line.continues === true || (line.title === true && previous.title === true);
      push(together ? '\n' : '\n\n', null);
      if (!together) lineBlock.push(0);
      viewLine += together ? 1 : 2;
    }
    if (!line.continues || index === 0) block++;
    lineBlock.push(block);
    const start = offset;
    push(line.text, line.src);
    if (line.table !== undefined && line.cells) {
      const rows: CellSpan[] = line.cells.map((c) => ({ text: c.text, start: start + c.start, end: start + c.end }));
      for (const c of line.cells) cells.push({ start: start + c.start, end: start + c.end, table: line.table, row: line.row ?? 0, column: c.column });
      const table = tables.get(line.table);
      if (table) {
        table.rows.push(rows);
        table.lastLine = viewLine;
        table.end = offset;
      } else {
        tables.set(line.table, { kind, firstLine: viewLine, lastLine: viewLine, start, end: offset, rows: [rows] });
      }
    }
  });
  push('\n', null);
  return {
    text: parts.join(''),
    tables: [...tables.values()],
    src: Int32Array.from(src),
    lineBlock: Int32Array.from(lineBlock),
    cells,
  };
}

/** The view cell holding an offset, if any. */
export function cellAt(view: TextView, offset: number): ViewCell | undefined {
  let lo = 0;
  let hi = view.cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = view.cells[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset > c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

/** A short quote of the view around an offset: the rest of its line (or cell), at most `max` characters. */
export function excerptAt(text: string, offset: number, max = 40, cell?: { start: number; end: number }): string {
  let from: number;
  let to: number;
  if (cell) {
    from = cell.start;
    to = cell.end;
  } else {
    from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    to = text.indexOf('\n', offset);
    if (to < 0) to = text.length;
    // start a little before the offset when the line is long
    if (offset - from > max / 2) from = offset - Math.floor(max / 4);
  }
  const quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return quote.length > max ? `${quote.slice(0, max)}…` : quote;
}
