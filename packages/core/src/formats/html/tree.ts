import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { isHan } from '../../text/chars.js';

/** Walking a parsed page (hast): children, elements, their id and class, their text. */

export function children(node: HastRoot | Element): (RootContent | ElementContent)[] {
  return node.children as (RootContent | ElementContent)[];
}

/** the element's id and class names */
export function tokens(el: Element): string[] {
  const out: string[] = [];
  const id = el.properties?.id;
  if (typeof id === 'string') out.push(id);
  const className = el.properties?.className;
  if (Array.isArray(className)) for (const c of className) out.push(String(c));
  return out;
}

/** how many Han ideographs the text holds: how much Chinese prose an element carries */
export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (isHan(ch)) n++;
  return n;
}

export function findElement(root: HastRoot | Element, test: (el: Element) => boolean): Element | undefined {
  for (const c of children(root)) {
    if (c.type !== 'element') continue;
    if (test(c)) return c;
    const found = findElement(c, test);
    if (found) return found;
  }
  return undefined;
}

export function allElements(root: HastRoot | Element, out: { el: Element; depth: number }[] = [], depth = 0) {
  for (const c of children(root)) {
    if (c.type !== 'element') continue;
    out.push({ el: c, depth });
    allElements(c, out, depth + 1);
  }
  return out;
}
