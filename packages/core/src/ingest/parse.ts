import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { CellSpan, KnownTable } from '../formats/types.js';
import { LineIndex } from '../text/line-index.js';
import type { FlattenedBlock } from './flattened-tables.js';
import type { TextTableBlock } from './text-table-block.js';
import { capMarkdownNesting, nestingNotice } from './nesting-cap.js';
import { findTextTables } from './text-tables.js';
import { parsePlainText } from '../parse/plain-text.js';
import { parseMarkdown } from '../parse/remark.js';
import type { PhaseTimes } from './phases.js';
import { addPhase } from './phases.js';

/** a table of the text: one the document states (HTML, Word) or one recovered from the text */
export type KnownBlock = TextTableBlock | KnownTable;

export interface ParseOptions {
  /** tables known from the document's structure; their lines are not searched again */
  tables?: readonly KnownTable[];
  /** recover space-aligned (pdftotext -layout, a PDF's text layer) tables */
  alignedTables: boolean;
  /** warnings about the reading (nesting flattened) are added here */
  notices?: string[];
  /** time table recovery ('ingest') and the parse ('parse') here */
  phases?: PhaseTimes;
  /**
   * The text is plain text (a .txt, or a document's text view), not
   * Markdown: read with the plain-text parser, which gives remark's mdast
   * without running remark where the text has no Markdown in it. 'remark'
   * reads it with remark throughout (the reference the findings-identity
   * test compares against).
   */
  plainText?: boolean | 'remark';
  /** the reference reading (ingest option parser: 'remark'): remark with GFM on everything, Markdown too */
  reference?: boolean;
}

/**
 * Text → one mdast. Tables hidden in plain text are recovered first; their
 * lines are blanked (same length, line breaks kept) before remark parses the
 * rest, so every position remark gives is a position in the user's file.
 */
export function parseToMdast(text: string, index: LineIndex, options: ParseOptions): Root {
  const { phases } = options;
  let started = phases ? performance.now() : 0;
  const known = options.tables ?? [];
  const rest = known.length > 0 ? maskBlocks(text, known) : text;
  const found = findTextTables(rest, index, { layout: options.alignedTables });
  const blocks: KnownBlock[] = [...known, ...found].sort((a, b) => a.start - b.start);
  const masked = blocks.length > 0 ? maskBlocks(text, blocks) : text;
  if (phases) started = addPhase(phases, 'ingest', started);
  const capped = capMarkdownNesting(masked);
  if (capped.lines.length > 0) options.notices?.push(nestingNotice(capped.lines));
  // the masked text's own lines: a table run into a line was cut out with line breaks of its own
  const plain = options.plainText === true ? parsePlainText(capped.text, masked === text ? index : new LineIndex(masked)) : undefined;
  const root = plain ?? parseMarkdown(capped.text, options.plainText === 'remark' || options.reference ? 'always' : 'auto');
  fillMissingPositions(root, index);
  if (phases) started = addPhase(phases, 'parse', started);
  if (blocks.length > 0) insertTables(root, blocks.map((b) => tableNode(b, index)));
  if (phases) addPhase(phases, 'ingest', started);
  return root;
}

type AnyNode = { type: string; value?: string; children?: AnyNode[]; position?: Root['position'] };

/** the length of a node's text (a stack, not recursion: nesting depth is the input's) */
function textLength(node: AnyNode): number {
  let length = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (typeof n.value === 'string') length += n.value.length;
    else if (n.children) for (const child of n.children) stack.push(child);
  }
  return length;
}

/**
 * remark-gfm's autolink literals ("网址：www.x.gov.cn。") come out of a
 * find-and-replace without positions; they are plain text, so each piece's
 * place follows from the lengths of the pieces before it.
 */
function fillMissingPositions(root: AnyNode, index: LineIndex): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!node.children) continue;
    let cursor = node.position?.start.offset ?? 0;
    for (const child of node.children) {
      if (!child.position) {
        const end = cursor + textLength(child);
        child.position = position(index, cursor, end);
      }
      stack.push(child);
      cursor = child.position.end.offset ?? cursor;
    }
  }
}

function maskBlocks(text: string, blocks: readonly KnownBlock[]): string {
  let out = '';
  let at = 0;
  for (const b of blocks) {
    out += text.slice(at, b.start);
    const blank = blanked(text, b.start, b.end);
    // a table run into a line: the prose before and after it become paragraphs of their own
    out += b.kind === 'flattened' && blank.length >= 2 ? `\n${blank.slice(1, -1)}\n` : blank;
    at = b.end;
  }
  return out + text.slice(at);
}

/** text[start, end) with every character but \r and \n a space */
function blanked(text: string, start: number, end: number): string {
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    out += ' '.repeat(i - run) + text[i];
    run = i + 1;
  }
  return out + ' '.repeat(end - run);
}

function point(index: LineIndex, offset: number) {
  return index.point(offset);
}

function position(index: LineIndex, start: number, end: number) {
  return { start: point(index, start), end: point(index, end) };
}

function cellNode(cell: CellSpan, index: LineIndex): TableCell {
  const pos = position(index, cell.start, cell.end);
  return {
    type: 'tableCell',
    children: cell.text ? [{ type: 'text', value: cell.text, position: pos }] : [],
    position: pos,
  };
}

function tableNode(block: KnownBlock, index: LineIndex): Table {
  const rows: TableRow[] = block.rows
    .filter((r) => r.length > 0)
    .map((r) => ({
      type: 'tableRow',
      children: r.map((c) => cellNode(c, index)),
      position: position(index, r[0].start, r[r.length - 1].end),
    }));
  return {
    type: 'table',
    align: [],
    children: rows,
    position: position(index, block.start, block.end),
    data: {
      xxgkSource: block.kind,
      ...(block.kind === 'flattened' ? { flattened: true, xxgkProblems: (block as FlattenedBlock).problems } : {}),
    } as Table['data'],
  };
}

function insertTables(root: Root, tables: Table[]): void {
  const children: RootContent[] = [...root.children, ...tables];
  children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  root.children = children;
}
