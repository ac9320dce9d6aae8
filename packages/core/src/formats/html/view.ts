import type { Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { VFile } from 'vfile';
import type { TextView } from '../text-view.js';
import { assembleView } from '../text-view.js';
import { articleRoot, plainText, titleOutside } from './article.js';
import { flattenDeepHtml, htmlNestingNotice } from './nesting.js';
import { findElement } from './tree.js';
import { ViewWriter } from './writer.js';

export interface HtmlViewOptions {
  /** read the whole document (Word output), not just the article box of a web page */
  wholeDocument?: boolean;
}

/**
 * HTML → hast with positions into `html`, as rehype-parse reads it (parse5,
 * scripting off), with the nesting past MAX_HTML_DEPTH flattened in between
 * (formats/html/nesting.ts); `notices` gets the warning when it was.
 */
export function parseHtml(html: string, notices?: string[]): HastRoot {
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const flattened = flattenDeepHtml(document);
  if (flattened.count > 0) notices?.push(htmlNestingNotice(flattened));
  return fromParse5(document, { file: new VFile(html) }) as HastRoot;
}

/** Parse HTML (positions into `html`), find the report in it and write its text view. */
export function htmlToView(html: string, options: HtmlViewOptions = {}, notices?: string[]): TextView {
  const tree = parseHtml(html, notices);
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
