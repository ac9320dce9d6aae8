import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Chinese authors indent paragraphs with spaces; in a report that is never
 * code. Turning indented code off keeps "    一、总体情况" a paragraph.
 */
function remarkNoIndentedCode(this: { data(key: string): unknown[] | undefined; data(key: string, value: unknown[]): void }) {
  const extensions = this.data('micromarkExtensions') ?? [];
  extensions.push({ disable: { null: ['codeIndented'] } });
  this.data('micromarkExtensions', extensions);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkNoIndentedCode as never);

/** Markdown (CommonMark + GFM, no indented code) → mdast, positions in `markdown` */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown) as Root;
}
