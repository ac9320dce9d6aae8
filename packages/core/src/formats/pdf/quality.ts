import { isEastAsian, isGeneralPunctuation, isPrintableAscii } from '../../text/chars.js';
import { IngestError } from '../errors.js';
import type { PageLine } from './types.js';

/** Whether a PDF's text layer can be checked: a scan has none, a font without a text encoding gives gibberish. */

export const NO_TEXT_LAYER = '此 PDF 没有文字层，无法检查；请提供可复制文字的版本（例如 Word 原稿另存的 PDF，或 .docx、.txt）。';
const UNREADABLE_TEXT =
  '此 PDF 的文字层无法识别（字体没有文字编码，复制出来是乱码），无法检查：请提供 Word 原稿另存的 PDF，或 .docx、.txt。';

function readableShare(text: string): number {
  let good = 0;
  let all = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    all++;
    if (isPrintableAscii(ch) || isEastAsian(ch) || isGeneralPunctuation(ch)) good++;
  }
  return all === 0 ? 0 : good / all;
}

/** throws IngestError when the pages' text (footers left out) is too little or unreadable */
export function assertReadableText(pages: readonly PageLine[][]): void {
  const all = pages.flat().filter((l) => !l.footer).map((l) => l.text).join('\n');
  // a scan may still carry page numbers or a scanner app's stamp ("扫描全能王 创建"): a page of a report has hundreds of characters
  if (all.replace(/\s/g, '').length < Math.max(20, 30 * pages.length)) throw new IngestError(NO_TEXT_LAYER);
  if (readableShare(all) < 0.6) throw new IngestError(UNREADABLE_TEXT);
}
