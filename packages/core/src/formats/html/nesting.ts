/**
 * A page nested deeper than any report is (2,000 <div>s, 1,000 tables one in
 * another) overflows the stack of the parse5 → hast conversion and of every
 * walk after it. parse5 itself parses without recursion; its tree is
 * flattened here, without recursion, before it becomes hast: an element at
 * MAX_HTML_DEPTH keeps as its children, in order, the text (and empty
 * elements, such as <br>) of everything below it. The text and its positions
 * stay; the structure past the cap (blocks, table cells) does not.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Child = DefaultTreeAdapterMap['childNode'];

/** elements one in another, counted from the document, before the rest is read as text */
export const MAX_HTML_DEPTH = 100;

export interface FlattenedHtml {
  /** elements whose descendants were flattened */
  count: number;
  /** 1-based line of the first of them in the page */
  line?: number;
}

const isTemplate = (node: P5Node): node is DefaultTreeAdapterMap['template'] => 'content' in node && 'tagName' in node && node.tagName === 'template';

const childrenOf = (node: P5Node): P5Child[] | undefined => ('childNodes' in node ? node.childNodes : undefined);

const startLine = (node: P5Node): number | undefined => ('sourceCodeLocation' in node ? node.sourceCodeLocation?.startLine : undefined);

/** the leaves below `node` (text, comments, empty elements), in document order */
function leavesBelow(node: P5Parent): P5Child[] {
  const out: P5Child[] = [];
  const stack: P5Child[] = [...node.childNodes].reverse();
  while (stack.length > 0) {
    const child = stack.pop() as P5Child;
    // a <template>'s content is never shown: below the cap it is dropped, not walked
    if (isTemplate(child)) child.content.childNodes = [];
    const children = childrenOf(child);
    if (children && children.length > 0) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    else out.push(child);
  }
  return out;
}

/** flatten, in place, what lies deeper than `max` elements in a parse5 document */
export function flattenDeepHtml(document: DefaultTreeAdapterMap['document'], max = MAX_HTML_DEPTH): FlattenedHtml {
  const result: FlattenedHtml = { count: 0 };
  const stack: { node: P5Parent; depth: number }[] = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: P5Parent; depth: number };
    if (depth >= max && node.childNodes.some((c) => (childrenOf(c)?.length ?? 0) > 0)) {
      const leaves = leavesBelow(node);
      for (const leaf of leaves) leaf.parentNode = node;
      node.childNodes = leaves;
      result.count++;
      // an element parse5 implied (a <tbody>) has no place in the page: the first text below it has
      result.line ??= [node, ...leaves].map(startLine).find((line) => line !== undefined);
      continue;
    }
    for (const child of node.childNodes) {
      if (isTemplate(child)) stack.push({ node: child.content, depth: depth + 1 });
      else if ('childNodes' in child) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return result;
}

/** the warning for a page whose nesting was flattened */
export function htmlNestingNotice(flattened: FlattenedHtml, max = MAX_HTML_DEPTH): string {
  const where = flattened.line ? `网页第 ${flattened.line} 行起` : '网页中';
  return `${where}的元素嵌套超过 ${max} 层：更深的元素只读了文字，段落、表格等结构没有保留，这些地方的检查可能不完整。请确认文件是否完整、是否由程序异常生成。`;
}
