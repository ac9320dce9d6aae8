import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseRemembered } from './memo.js';

/**
 * Chinese authors indent paragraphs with spaces; in a report that is never
 * code. Turning indented code off keeps "    一、总体情况" a paragraph.
 */
function remarkNoIndentedCode(this: { data(key: string): unknown[] | undefined; data(key: string, value: unknown[]): void }) {
  const extensions = this.data('micromarkExtensions') ?? [];
  extensions.push({ disable: { null: ['codeIndented'] } });
  this.data('micromarkExtensions', extensions);
}

const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkNoIndentedCode as never);
const withoutGfm = unified().use(remarkParse).use(remarkNoIndentedCode as never);

/**
 * What GFM reads starts at one of these: a table's "|", strikethrough's "~",
 * an autolink literal (www., http(s)://, mailto:, xmpp:, an e-mail's "@"), a
 * footnote's or a task list item's "[". A text with none of them parses the
 * same without GFM, and faster (GFM's constructs are tried at every word).
 */
const GFM_SYNTAX = /[|~@[]|www\.|https?:|mailto:|xmpp:/i;

/**
 * Markdown (CommonMark + GFM, no indented code) → mdast, positions in
 * `markdown`. `gfm: 'always'` runs GFM whatever the text holds (the
 * reference reading the findings-identity test compares with).
 */
/** does the text hold what GFM reads (so that remark runs with GFM on it) */
export function hasGfmSyntax(markdown: string): boolean {
  return GFM_SYNTAX.test(markdown);
}

export function parseMarkdown(markdown: string, gfm: 'auto' | 'always' = 'auto'): Root {
  const processor = gfm === 'always' || GFM_SYNTAX.test(markdown) ? withGfm : withoutGfm;
  return parseRemembered(markdown, processor === withGfm, () => processor.parse(markdown) as Root);
}
