import type { Element } from 'hast';
import { tokens } from './tree.js';

/** Page chrome in a web page's markup: elements that are never text of the report. */

export const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'button', 'textarea', 'input', 'nav', 'head', 'title', 'map', 'audio', 'video', 'header', 'footer', 'aside',
  'link', 'meta', 'base',
]);

/** class or id of navigation and page chrome */
const CHROME_HINT = /^(?:nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|share|sidebar|copyright|bottom|topbar|position|location|dqwz)(?:[-_]\w*)?$|[-_](?:nav|footer|breadcrumb|copyright|share|menu)$/i;

function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden === true || p.ariaHidden === 'true') return true;
  const style = typeof p.style === 'string' ? p.style : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function isChrome(el: Element): boolean {
  return DROP.has(el.tagName) || isHidden(el) || tokens(el).some((t) => CHROME_HINT.test(t));
}
