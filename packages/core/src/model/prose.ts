import type { Root } from 'mdast';
import type { Range } from './types.js';
import type { Node, Parent } from 'unist';
import type { NormalizedText, Segment } from '../text/normalize.js';
import { normalizeSegments } from '../text/normalize.js';

const SKIP = new Set(['table', 'code', 'html', 'yaml', 'definition']);
const LEAF = new Set(['text', 'inlineCode']);
const BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell']);

/**
 * The report's running text outside tables, from the mdast leaves (so "**五是**"
 * reads as 五是), normalised, each character mapped to the original.
 */
export function collectProse(text: string, root: Root, chrome: readonly Range[] = []): NormalizedText {
  const segments: Segment[] = [];
  let newBlock = true;
  const walk = (node: Node) => {
    if (SKIP.has(node.type)) return;
    if (BLOCK.has(node.type)) newBlock = true;
    if (LEAF.has(node.type) && node.position) {
      for (const range of outside([node.position.start.offset ?? 0, node.position.end.offset ?? 0], chrome)) {
        segments.push({ range, newBlock });
        newBlock = false;
      }
      return;
    }
    const children = (node as Parent).children;
    if (children) for (const child of children) walk(child);
    if (BLOCK.has(node.type)) newBlock = true;
  };
  walk(root);
  return normalizeSegments(text, segments);
}

/** the pieces of a range outside the (sorted, disjoint) chrome ranges */
function outside(range: Range, chrome: readonly Range[]): Range[] {
  const pieces: Range[] = [];
  let [start] = range;
  const end = range[1];
  for (const [s, e] of chrome) {
    if (e <= start || s >= end) continue;
    if (s > start) pieces.push([start, s]);
    start = Math.max(start, e);
  }
  if (start < end) pieces.push([start, end]);
  return pieces;
}
