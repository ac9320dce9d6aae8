import { matchPartHeading } from '../vocabulary/part-heading.js';
import { isSpaceUnit } from '../text/normalize.js';
import type { CellSpan } from '../formats/types.js';
import type { LineInfo, TextTableBlock, TextTableKind } from './text-table-block.js';
import type { LineIndex } from '../text/line-index.js';
import { findFlattenedTables } from './flattened-tables.js';
import { findLoosePipeBlocks } from './loose-pipe-tables.js';

/**
 * Tables hidden in plain text, as extraction from Word/PDF leaves them:
 * tab-separated rows (merged cells as empty fields), pipe rows whose cells sit
 * on separate lines, and the space-aligned columns of `pdftotext -layout`.
 */
export function findTextTables(text: string, index: LineIndex, options: { layout: boolean }): TextTableBlock[] {
  const lines: LineInfo[] = [];
  for (let line = 1; line <= index.lineCount; line++) {
    const [start, end] = index.lineRange(line);
    const lineText = text.slice(start, end);
    const blank = isBlankRange(text, start, end);
    const heading = !blank && !lineText.includes('\t') && !lineText.includes('|') && matchPartHeading(text, start, end) !== null;
    lines.push({ line, start, end, text: lineText, blank, heading });
  }
  const taken = new Set<number>();
  const blocks = [...findTsvBlocks(lines, taken), ...findPipeBlocks(lines, taken), ...findLoosePipeBlocks(lines, taken)];
  if (options.layout) blocks.push(...findLayoutBlocks(lines, taken));
  blocks.push(...findFlattenedTables(text, lines.filter((l) => !taken.has(l.line))));
  return blocks.sort((a, b) => a.start - b.start);
}

/** text[start, end) holds only whitespace (what trim removes), without trimming a copy */
function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

function trimmedSpan(text: string, from: number, to: number, base: number): CellSpan {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { text: text.slice(s, e), start: base + s, end: base + e };
}

function blockOf(kind: TextTableKind, lines: LineInfo[], rows: CellSpan[][]): TextTableBlock {
  const first = lines[0];
  const last = lines[lines.length - 1];
  return { kind, firstLine: first.line, lastLine: last.line, start: first.start, end: last.end, rows };
}

// ---------------------------------------------------------------- TSV

/** the tabs in a line, counted up to `enough` (a match array per line before) */
function tabs(l: LineInfo, enough: number): number {
  let count = 0;
  for (let at = l.text.indexOf('\t'); at >= 0 && count < enough; at = l.text.indexOf('\t', at + 1)) count++;
  return count;
}
/** a row of a tab-separated table; next to one, a row whose trailing tabs were trimmed ("行政事业性收费\t0") */
const TSV_LINE = (l: LineInfo) => tabs(l, 2) >= 2;
const TSV_NEIGHBOUR = (l: LineInfo) => tabs(l, 1) >= 1 && !l.heading;

function findTsvBlocks(lines: LineInfo[], taken: Set<number>): TextTableBlock[] {
  const blocks: TextTableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!TSV_LINE(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && TSV_NEIGHBOUR(lines[j + 1]) && !taken.has(lines[j + 1].line)) j++;
    let first = i;
    while (first > 0 && TSV_NEIGHBOUR(lines[first - 1]) && !taken.has(lines[first - 1].line)) first--;
    const blockLines = lines.slice(first, j + 1);
    const rows = blockLines.filter((l) => !l.blank).map(tsvRow);
    for (const l of blockLines) taken.add(l.line);
    blocks.push(blockOf('tsv', blockLines, rows));
    i = j + 1;
  }
  return blocks;
}

function tsvRow(l: LineInfo): CellSpan[] {
  const cells: CellSpan[] = [];
  let from = 0;
  for (let k = 0; k <= l.text.length; k++) {
    if (k === l.text.length || l.text.charCodeAt(k) === 9) {
      cells.push(trimmedSpan(l.text, from, k, l.start));
      from = k + 1;
    }
  }
  return cells;
}

// ---------------------------------------------------------------- pipe rows broken across lines

const PIPE_ROW_START = /^\s*\|\s*[^|\s]/;
const GFM_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function findPipeBlocks(lines: LineInfo[], taken: Set<number>): TextTableBlock[] {
  const blocks: TextTableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (taken.has(lines[i].line) || !PIPE_ROW_START.test(lines[i].text)) {
      i++;
      continue;
    }
    let lastPipe = i;
    let plainRun = 0;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const l = lines[k];
      if (l.blank || l.heading || taken.has(l.line)) break;
      if (l.text.includes('|')) {
        lastPipe = k;
        plainRun = 0;
      } else {
        plainRun++;
        if (plainRun > 3 || l.text.trim().length > 60) break;
      }
    }
    const blockLines = lines.slice(i, lastPipe + 1);
    if (blockLines.some((l) => GFM_DELIMITER.test(l.text))) {
      i = lastPipe + 1;
      continue; // a real GFM table: remark-gfm reads it
    }
    const rows = pipeRows(blockLines);
    if (rows.length >= 2) {
      for (const l of blockLines) taken.add(l.line);
      blocks.push(blockOf('pipe', blockLines, rows));
    }
    i = lastPipe + 1;
  }
  return blocks;
}

/** Rows start at a line "| content"; cells are whatever lies between pipes, across lines. */
function pipeRows(blockLines: LineInfo[]): CellSpan[][] {
  const rows: CellSpan[][] = [];
  let row: CellSpan[] | null = null;
  let parts: { start: number; end: number; text: string }[] = [];
  let open = false;

  const closeCell = () => {
    const content = parts.filter((p) => p.text.length > 0);
    if (content.length > 0) {
      row!.push({ text: content.map((p) => p.text).join(''), start: content[0].start, end: content[content.length - 1].end });
    } else {
      const at = parts[0]?.start ?? 0;
      row!.push({ text: '', start: at, end: at });
    }
    parts = [];
  };

  for (const l of blockLines) {
    if (PIPE_ROW_START.test(l.text)) {
      if (row) rows.push(row);
      row = [];
      parts = [];
      open = false;
    }
    if (!row) continue;
    let from = 0;
    for (let k = 0; k <= l.text.length; k++) {
      if (k < l.text.length && l.text.charCodeAt(k) !== 124) continue;
      const segment = trimmedSpan(l.text, from, k, l.start);
      if (open) parts.push(segment);
      if (k < l.text.length) {
        if (open) closeCell();
        open = true;
        parts = [];
      }
      from = k + 1;
    }
  }
  if (row) rows.push(row);
  return rows;
}

// ---------------------------------------------------------------- pdftotext -layout columns

const FOOTER = /^\s*[-－—]\s*\d{1,3}\s*[-－—]\s*$/;
const NUMBER_TOKEN = /^[0-9０-９]+(\.[0-9]+)?$/;
const HEADER_WORDS = /勾稽|申请人情况|第二十条|信息内容|法人或其他组织|等于第三项|行政复议|行政诉讼/;
/** words of the tables' labels: a line with one of them is a label fragment, not prose */
const TABLE_WORDS = /本年度办理结果|部分公开|区分处理|勾稽|申请人情况|第二十条|信息内容|法人或其他组织|等于第三项|结转|予以公开|不予公开|无法提供|不予处理|其他处理|总计|结果维持|尚未审结/;

function layoutCells(l: LineInfo): CellSpan[] {
  const cells: CellSpan[] = [];
  const re = /\S+(?: \S+)*/g;
  for (const m of l.text.matchAll(re)) {
    const start = l.start + (m.index ?? 0);
    const tokens = m[0].split(' ');
    if (tokens.length > 1 && tokens.every((t) => NUMBER_TOKEN.test(t))) {
      let at = start;
      for (const t of tokens) {
        cells.push({ text: t, start: at, end: at + t.length });
        at += t.length + 1;
      }
    } else {
      cells.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return cells;
}

/** layoutCells(l).length >= 2, without building the cells: two runs, or one run of two or more numbers */
function hasTwoLayoutCells(l: LineInfo): boolean {
  // the first match of /\S+(?: \S+)*/: non-space units, on past single spaces
  const text = l.text;
  const n = text.length;
  let i = 0;
  while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
  if (i === n) return false;
  const runStart = i;
  while (i < n) {
    if (!isSpaceUnit(text.charCodeAt(i))) i++;
    else if (text.charCodeAt(i) === 32 && i + 1 < n && !isSpaceUnit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  const runEnd = i;
  // a second match: any non-space unit after the first
  for (; i < n; i++) if (!isSpaceUnit(text.charCodeAt(i))) return true;
  const tokens = text.slice(runStart, runEnd).split(' ');
  return tokens.length > 1 && tokens.every((t) => NUMBER_TOKEN.test(t));
}

type LayoutClass = 'blank' | 'footer' | 'heading' | 'tableish' | 'fragment' | 'prose';

function classifyLayout(l: LineInfo): LayoutClass {
  if (l.blank) return 'blank';
  if (FOOTER.test(l.text)) return 'footer';
  if (l.heading) return 'heading';
  if (hasTwoLayoutCells(l)) return 'tableish';
  const stripped = l.text.replace(/\s+/g, '');
  // "如下：" ends the sentence above the table
  if (/[。：:；;]$/.test(stripped) && !TABLE_WORDS.test(stripped)) return 'prose';
  const indent = l.text.length - l.text.trimStart().length;
  if (indent >= 8 || l.text.trim().length <= 12 || TABLE_WORDS.test(stripped)) return 'fragment';
  return 'prose';
}

function findLayoutBlocks(lines: LineInfo[], taken: Set<number>): TextTableBlock[] {
  const classes = lines.map((l) => (taken.has(l.line) ? 'taken' : classifyLayout(l)));
  const blocks: TextTableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (classes[i] !== 'tableish') {
      i++;
      continue;
    }
    let last = i;
    for (let k = i + 1; k < lines.length; k++) {
      const c = classes[k];
      if (c === 'tableish') last = k;
      else if (c !== 'blank' && c !== 'footer' && c !== 'fragment') break;
    }
    let first = i;
    for (let k = i - 1; k >= 0; k--) {
      const c = classes[k];
      if (c === 'blank' || c === 'fragment' || (c === 'prose' && HEADER_WORDS.test(lines[k].text))) first = k;
      else break;
    }
    while (classes[first] === 'blank') first++;
    const blockLines = lines.slice(first, last + 1);
    const rows = blockLines.filter((_, n) => !['blank', 'footer'].includes(classes[first + n])).map(layoutCells);
    const numericRows = rows.filter((r) => r.length > 0 && NUMBER_TOKEN.test(r[r.length - 1].text));
    const wideRows = numericRows.filter((r) => r.filter((c) => NUMBER_TOKEN.test(c.text)).length >= 3);
    if (numericRows.length >= 2 || wideRows.length >= 1) {
      for (const l of blockLines) taken.add(l.line);
      blocks.push(blockOf('layout', blockLines, rows));
    }
    i = last + 1;
  }
  return blocks;
}
