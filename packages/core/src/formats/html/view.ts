import type { Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { TextView } from '../text-view.js';
import { assembleView } from '../text-view.js';
import { articleRoot, plainText, titleOutside } from './article.js';
import { findElement } from './tree.js';
import { ViewWriter } from './writer.js';

export interface HtmlViewOptions {
  /** read the whole document (Word output), not just the article box of a web page */
  wholeDocument?: boolean;
}

const processor = unified().use(rehypeParse);

/** Parse HTML (positions into `html`), find the report in it and write its text view. */
export function htmlToView(html: string, options: HtmlViewOptions = {}): TextView {
  const tree = processor.parse(html) as HastRoot;
  const writer = new ViewWriter(html);
  if (options.wholeDocument) {
    writer.walk(findElement(tree, (el) => el.tagName === 'body') ?? tree);
  } else {
    const root = articleRoot(tree);
    const title = titleOutside(tree, root);
    const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');
    if (title && !compact(plainText(root)).startsWith(compact(plainText(title)))) {
      writer.walk(title);
      writer.breakLine();
    }
    writer.walk(root);
  }
  writer.breakLine();
  return assembleView(writer.lines, 'html');
}
