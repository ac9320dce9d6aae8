import type { CellSpan } from '../formats/types.js';
import type { LineInfo as Line, TextTableBlock } from './text-table-block.js';

const MIN_ROWS = 3;

/**
 * Tables as a copy of a web page's text gives them: one row a line, cells
 * separated by "|", each row ending in "|", with no leading pipe and no GFM
 * delimiter row (those are read by remark-gfm and by the pipe recovery).
 */
export function findLoosePipeBlocks(lines: readonly Line[], taken: Set<number>): TextTableBlock[] {
  const blocks: TextTableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isLooseRow(lines[i], taken)) {
      i++;
      continue;
    }
    let k = i;
    while (k + 1 < lines.length && isLooseRow(lines[k + 1], taken)) k++;
    const run = lines.slice(i, k + 1);
    if (run.length >= MIN_ROWS) {
      for (const l of run) taken.add(l.line);
      blocks.push({
        kind: 'pipe',
        firstLine: run[0].line,
        lastLine: run[run.length - 1].line,
        start: run[0].start,
        end: run[run.length - 1].end,
        rows: run.map(cellsOf),
      });
    }
    i = k + 1;
  }
  return blocks;
}

/** "规章 | 0 | 0 | 0 |": a row copied from a web page's table, a first cell before the first pipe, the row closed by a pipe */
function isLooseRow(l: Line, taken: Set<number>): boolean {
  if (l.blank || taken.has(l.line)) return false;
  const firstPipe = l.text.indexOf('|');
  return firstPipe > 0 && l.text.slice(0, firstPipe).trim() !== '' && l.text.trimEnd().endsWith('|');
}

function cellsOf(l: Line): CellSpan[] {
  const cells: CellSpan[] = [];
  const lastPipe = l.text.lastIndexOf('|');
  let from = 0;
  for (let k = 0; k <= lastPipe; k++) {
    if (l.text[k] !== '|') continue;
    let s = from;
    let e = k;
    while (s < e && /\s/.test(l.text[s])) s++;
    while (e > s && /\s/.test(l.text[e - 1])) e--;
    cells.push({ text: l.text.slice(s, e), start: l.start + s, end: l.start + e });
    from = k + 1;
  }
  return cells;
}
