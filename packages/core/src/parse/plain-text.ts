import type { Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { LineIndex } from '../text/line-index.js';
import { hasGfmSyntax, parseMarkdown } from './remark.js';

/**
 * Plain text (.txt, and the text views of .html/.docx/.pdf) → the mdast
 * remark would make of it, without running remark over the whole text.
 *
 * A report's text is almost all paragraphs: runs of non-blank lines
 * ("chunks"). A chunk with no Markdown in it is exactly one mdast paragraph
 * holding one text node, built here. A chunk that remark may read otherwise
 * is parsed by remark on its own, its positions moved back:
 * - characters remark reads inline (emphasis, code, links, autolinked URLs
 *   and e-mail addresses, entities, escapes, hard breaks, table pipes);
 * - a line that may open a block (heading, list item, quote, rule, setext
 *   underline, table). A list may go on past a blank line in an indented
 *   chunk, so the chunks after it that are indented or open blocks go to
 *   remark with it; a chunk after a blank line that starts at the margin
 *   and opens nothing is outside any list or quote.
 * What reaches across blank lines further than that — fenced code, HTML,
 * link and footnote definitions (they change links elsewhere) — leaves the
 * whole text to remark (`undefined`).
 */
export function parsePlainText(text: string, index: LineIndex): Root | undefined {
  // remark drops a byte order mark from its offsets; NUL becomes U+FFFD in its values
  if (text.charCodeAt(0) === 0xfeff || text.includes('\0')) return undefined;
  const chunks = readChunks(text, index.lineStarts);
  if (chunks === undefined) return undefined;
  // what is built here, a block group remark reads alone, or a place for what the one shared remark run reads
  const children: (RootContent | InlineGroup)[] = [];
  const inlineGroups: InlineGroup[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk.block) {
      let last = i;
      while (last + 1 < chunks.length && (chunks[last + 1].indented || chunks[last + 1].block)) last++;
      children.push(...delegated(text, index, chunk.first, chunks[last].last));
      i = last;
    } else if (chunk.inline) {
      const group: InlineGroup = { first: chunk.first, last: chunk.last, nodes: [] };
      inlineGroups.push(group);
      children.push(group);
    } else children.push(paragraph(text, index, chunk.first, chunk.last));
  }
  // one run with GFM for the chunks that have GFM syntax, one without for the rest: each chunk read as it would be alone
  const starts = index.lineStarts;
  const gfm = inlineGroups.filter((g) => hasGfmSyntax(text.slice(starts[g.first], lineBounds(text, starts, g.last)[1])));
  const plainGroups = inlineGroups.filter((g) => !hasGfmSyntax(text.slice(starts[g.first], lineBounds(text, starts, g.last)[1])));
  if (gfm.length > 0) readInlineGroups(text, index, gfm);
  if (plainGroups.length > 0) readInlineGroups(text, index, plainGroups);
  const flat: RootContent[] = [];
  for (const child of children) {
    if ('nodes' in child) flat.push(...child.nodes);
    else flat.push(child);
  }
  return { type: 'root', children: flat, position: { start: pointAt(index, 0), end: pointAt(index, text.length) } };
}

/** a chunk with inline Markdown in it (and no block): lines first..last, and the nodes remark reads there */
interface InlineGroup {
  first: number;
  last: number;
  nodes: RootContent[];
}

/**
 * The inline chunks, read by one remark run (a run costs far more to start
 * than these few paragraphs take to read): the chunks' lines as written, one
 * blank line between two chunks. Each node's line is mapped back to the
 * text's (its column stays, so its offset follows). No inline chunk opens a
 * block and none reaches past a blank line, so none reads differently beside
 * the others. Where a node does not land on the lines of one chunk, each
 * chunk is read alone.
 */
function readInlineGroups(text: string, index: LineIndex, groups: InlineGroup[]): void {
  const starts = index.lineStarts;
  if (groups.length === 1) {
    groups[0].nodes = delegated(text, index, groups[0].first, groups[0].last);
    return;
  }
  const pieces: string[] = [];
  // the text's 0-based line of each line of the joined chunks (-1: a separating blank line)
  const lineOf: number[] = [];
  for (const g of groups) {
    pieces.push(text.slice(starts[g.first], lineBounds(text, starts, g.last)[1]), '\n\n');
    for (let line = g.first; line <= g.last; line++) lineOf.push(line);
    lineOf.push(-1);
  }
  const root = parseMarkdown(pieces.join(''));
  let g = 0;
  for (const node of root.children) {
    if (!movedToText(node, starts, lineOf)) return readEachAlone(text, index, groups);
    const start = node.position!.start.line - 1;
    const end = node.position!.end.line - 1;
    while (g < groups.length && start > groups[g].last) g++;
    const group = groups[g];
    if (group === undefined || start < group.first || end > group.last) return readEachAlone(text, index, groups);
    group.nodes.push(node);
  }
}

function readEachAlone(text: string, index: LineIndex, groups: InlineGroup[]): void {
  for (const each of groups) each.nodes = delegated(text, index, each.first, each.last);
}

/** every point of the subtree moved to the text's line and offset (its column stays); false if a point has no line there */
function movedToText(node: Positioned, starts: readonly number[], lineOf: readonly number[]): boolean {
  const stack: Positioned[] = [node];
  // a point object two nodes share is moved once
  const moved = new Set<Point>();
  while (stack.length > 0) {
    const n = stack.pop() as Positioned;
    if (n.position) {
      for (const p of [n.position.start, n.position.end]) {
        if (moved.has(p)) continue;
        moved.add(p);
        const line = lineOf[p.line - 1];
        if (line === undefined || line < 0) return false;
        p.line = line + 1;
        p.offset = starts[line] + p.column - 1;
      }
    }
    if (n.children) for (const child of n.children) stack.push(child);
  }
  return true;
}

interface Chunk {
  /** 0-based first and last line */
  first: number;
  last: number;
  /** some line may open a Markdown block */
  block: boolean;
  /** remark may read something in it inline */
  inline: boolean;
  /** the first line is indented */
  indented: boolean;
}

/** the runs of non-blank lines; undefined when the text has something only remark over the whole text reads right */
function readChunks(text: string, starts: readonly number[]): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let chunk: Chunk | undefined;
  for (let line = 0; line < starts.length; line++) {
    const [start, end] = lineBounds(text, starts, line);
    const lead = skipBlanks(text, start, end);
    if (lead === end) {
      chunk = undefined;
      continue;
    }
    if (reachesPastBlankLines(text, lead, end)) return undefined;
    if (chunk === undefined) {
      chunk = { first: line, last: line, block: false, inline: false, indented: lead > start };
      chunks.push(chunk);
    } else {
      // two or more blanks before a line break are a hard break
      if (trailingBlanks(text, starts, chunk.last) >= 2) chunk.inline = true;
      chunk.last = line;
    }
    if (!chunk.block && opensBlock(text, lead, end)) chunk.block = true;
    if (!chunk.inline && INLINE.test(text.slice(lead, end))) chunk.inline = true;
  }
  return chunks;
}

const FENCE = /^(?:`{3}|~{3})/;
/** a link definition "[x]: url" or a footnote definition "[^1]: …" */
const DEFINITION = /^\[(?:\^|.*\]:)/;

/** the line from `at` opens what may reach past blank lines or change other blocks: fenced code, HTML, a definition */
function reachesPastBlankLines(text: string, at: number, end: number): boolean {
  const ch = text[at];
  if (ch === '<') return true;
  if (ch === '`' || ch === '~') return FENCE.test(text.slice(at, at + 3));
  return ch === '[' && DEFINITION.test(text.slice(at, end));
}

/**
 * Characters and words that remark may read as inline Markdown (or a GFM
 * autolink). "]" and "!" do nothing without a "[" (a link, an image, a
 * footnote), ">" nothing without a "<" (an autolink, HTML): a chunk with
 * those is read by remark anyway. "&" starts a character reference only
 * before a letter, digit or "#"; "\\" escapes only ASCII punctuation, or
 * breaks the line at its end.
 */
const INLINE = /[*_`[<~|]|\\(?:[!-/:-@[-`{-~]|$)|&[A-Za-z0-9#]|www\.|https?:|mailto:|xmpp:|@/i;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const ORDERED_ITEM = /^[0-9]{1,9}[.)](?:[ \t]|$)/;

/**
 * The line from `at` (its first non-blank) may open a Markdown block: a
 * quote, an ATX heading, a list item, a thematic break or setext underline.
 * Table rows need a "|", which marks the chunk inline, so it goes to remark
 * whole; "-1-" (a page number) or "=====正文=====" open nothing.
 */
function opensBlock(text: string, at: number, end: number): boolean {
  const ch = text[at];
  switch (ch) {
    case '>':
      return true;
    case '#':
      return ATX_HEADING.test(text.slice(at, Math.min(end, at + 8)));
    case '-':
    case '*':
    case '+':
      if (at + 1 === end || isBlank(text.charCodeAt(at + 1))) return true;
      return ch !== '+' && onlyMarks(text, at, end, ch);
    case '_':
    case '=':
      return onlyMarks(text, at, end, ch);
    default:
      return ch >= '0' && ch <= '9' && ORDERED_ITEM.test(text.slice(at, Math.min(end, at + 12)));
  }
}

/** [from, end) holds only `mark`, spaces and tabs: a thematic break or a setext underline */
function onlyMarks(text: string, from: number, end: number, mark: string): boolean {
  for (let i = from; i < end; i++) if (text[i] !== mark && !isBlank(text.charCodeAt(i))) return false;
  return true;
}

const isBlank = (code: number) => code === 32 || code === 9;

/** [start, end) of a 0-based line, without its line break */
function lineBounds(text: string, starts: readonly number[], line: number): [number, number] {
  const start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return [start, end];
}

function skipBlanks(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && isBlank(text.charCodeAt(at))) at++;
  return at;
}

/** the content end of [from, end): trailing spaces and tabs left out */
function contentEnd(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && isBlank(text.charCodeAt(at - 1))) at--;
  return at;
}

function trailingBlanks(text: string, starts: readonly number[], line: number): number {
  const [start, end] = lineBounds(text, starts, line);
  return end - contentEnd(text, start, end);
}

function pointAt(index: LineIndex, offset: number): Point {
  return index.point(offset);
}

/** lines first..last as remark reads a plain paragraph: indents and trailing blanks left out, line breaks kept */
function paragraph(text: string, index: LineIndex, first: number, last: number): Paragraph {
  const starts = index.lineStarts;
  let value = '';
  let from = 0;
  let lastContent = 0;
  let lineEnd = 0;
  for (let line = first; line <= last; line++) {
    const [start, end] = lineBounds(text, starts, line);
    const lead = skipBlanks(text, start, end);
    if (line === first) from = lead;
    else value += text.slice(lineEnd, start); // the line break, as written (\n, \r\n or \r)
    lastContent = contentEnd(text, lead, end);
    value += text.slice(lead, lastContent);
    lineEnd = end;
  }
  const start = pointAt(index, from);
  const node: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start, end: pointAt(index, lastContent) } }],
    position: { start: { ...start }, end: pointAt(index, lineEnd) },
  };
  return node;
}

/** lines first..last parsed by remark alone, its positions moved to the whole text's */
function delegated(text: string, index: LineIndex, first: number, last: number): RootContent[] {
  const starts = index.lineStarts;
  const from = starts[first];
  const to = lineBounds(text, starts, last)[1];
  const root = parseMarkdown(text.slice(from, to));
  for (const child of root.children) shift(child, from, first);
  return root.children;
}

type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] };

/** every position in the subtree moved by `offset` characters and `lines` lines (columns stay: the chunk starts a line) */
function shift(node: Positioned, offset: number, lines: number): void {
  const stack: Positioned[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Positioned;
    if (n.position) {
      for (const p of [n.position.start, n.position.end]) {
        p.line += lines;
        if (p.offset !== undefined) p.offset += offset;
      }
    }
    if (n.children) for (const child of n.children) stack.push(child);
  }
}
