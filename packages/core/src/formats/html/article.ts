import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { DROP, isChrome } from './chrome.js';
import { allElements, children, countHan, findElement, tokens } from './tree.js';

/**
 * Finding the report in a web page: the content box that holds it, and its
 * title when the page prints it above that box.
 */

/** class or id of the boxes government pages put the article in */
const CONTENT_HINT =
  /zoom|trs_?(?:ue)?editor|custom_?unionstyle|article|content|detail|zhengwen|^zw|^wz|xxgk|art_?con|news_?con|pages?_?con|main|^text|^con$|^nr$|bg_?con/i;
const TITLE_HINT = /title|^tit|^bt$|biaoti|headline/i;

/** Han ideographs under each element, page chrome left out */
function hanCounts(root: HastRoot): Map<Element, number> {
  const counts = new Map<Element, number>();
  const visit = (node: RootContent | ElementContent): number => {
    if (node.type === 'text') return countHan(node.value);
    if (node.type !== 'element') return 0;
    if (isChrome(node)) {
      counts.set(node, 0);
      return 0;
    }
    let n = 0;
    for (const c of children(node)) n += visit(c);
    counts.set(node, n);
    return n;
  };
  for (const c of root.children) visit(c);
  return counts;
}


const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'span', 'font', 'strong', 'b', 'br', 'ul', 'ol', 'blockquote', 'pre', 'center']);

/**
 * The element holding the report: a known content box (#zoom, .TRS_Editor,
 * article, .content…) with most of the page's Chinese text, else the element
 * whose own paragraphs hold the most text, else the body.
 */
export function articleRoot(tree: HastRoot): Element | HastRoot {
  const body = findElement(tree, (el) => el.tagName === 'body') ?? tree;
  const counts = hanCounts(tree);
  const total = body.type === 'element' ? (counts.get(body) ?? 0) : [...counts.values()].reduce((a, b) => Math.max(a, b), 0);
  if (total === 0) return body;
  const elements = allElements(body).filter(({ el }) => (counts.get(el) ?? 0) > 0);
  const hinted = elements.filter(({ el }) => el.tagName === 'article' || el.tagName === 'main' || tokens(el).some((t) => CONTENT_HINT.test(t)));
  const best = Math.max(0, ...hinted.map(({ el }) => counts.get(el) ?? 0));
  if (best >= total * 0.3) {
    // the innermost box that still holds most of that text (a wrapper also holds the title, the date line…)
    const near = hinted.filter(({ el }) => (counts.get(el) ?? 0) >= best * 0.6);
    near.sort((a, b) => b.depth - a.depth);
    return near[0].el;
  }
  let densest: Element | undefined;
  let densestScore = 0;
  for (const { el } of elements) {
    let score = 0;
    for (const c of el.children) {
      if (c.type === 'text') score += countHan(c.value);
      else if (c.type === 'element' && PARAGRAPH_LIKE.has(c.tagName)) score += counts.get(c) ?? 0;
    }
    if (score > densestScore) {
      densestScore = score;
      densest = el;
    }
  }
  return densest && densestScore >= total * 0.3 ? densest : body;
}

export function plainText(node: RootContent | ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    if (node.type === 'element' && DROP.has(node.tagName) && node.tagName !== 'title') return '';
    return children(node).map(plainText).join('');
  }
  return '';
}

const REPORT_WORD = /报告/;

/**
 * The report's title when the page prints it above the article box
 * (`<h1 class="title">` beside `#zoom`): the nearest title-like element
 * before the box that names a report, else the part of `<title>` that does.
 */
export function titleOutside(tree: HastRoot, root: Element | HastRoot): Element | undefined {
  const rootStart = root.position?.start.offset;
  if (rootStart === undefined) return undefined;
  let found: Element | undefined;
  const visit = (node: HastRoot | Element) => {
    for (const c of children(node)) {
      if (c.type !== 'element' || c === root) continue;
      const start = c.position?.start.offset ?? Infinity;
      if (start >= rootStart) return;
      if (DROP.has(c.tagName) && c.tagName !== 'header') continue;
      const titleLike = /^h[1-4]$/.test(c.tagName) || tokens(c).some((t) => TITLE_HINT.test(t));
      if (titleLike) {
        const text = plainText(c).trim();
        if (REPORT_WORD.test(text) && text.length <= 120) found = c;
      }
      visit(c);
    }
  };
  visit(tree);
  return found;
}

