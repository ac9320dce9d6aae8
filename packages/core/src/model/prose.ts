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
  // a stack, not recursion (the tree's depth is the input's): `exit` marks a block's end
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: Node; exit: boolean };
    if (exit) {
      newBlock = true;
      continue;
    }
    if (SKIP.has(node.type)) continue;
    if (BLOCK.has(node.type)) newBlock = true;
    if (LEAF.has(node.type) && node.position) {
      for (const range of outside([node.position.start.offset ?? 0, node.position.end.offset ?? 0], chrome)) {
        segments.push({ range, newBlock });
        newBlock = false;
      }
      continue;
    }
    if (BLOCK.has(node.type)) stack.push({ node, exit: true });
    const children = (node as Parent).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
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
