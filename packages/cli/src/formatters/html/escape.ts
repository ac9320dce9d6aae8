import { terminalSafe } from '../terminal-text.js';

/** as HTML text; report text's controls and bidi overrides shown as escapes (an override would reorder a quoted number on the page) */
export function escape(text: string | number | undefined): string {
  return terminalSafe(String(text ?? '')).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** an id usable in a fragment link (#doc-…): letters, digits and dashes */
export function anchorId(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9-]+/g, (s) => `_${[...s].map((c) => c.codePointAt(0)!.toString(16)).join('_')}_`)}`;
}
