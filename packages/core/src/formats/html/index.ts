import { coveredOffset } from '../anchor.js';
import { IngestError } from '../errors.js';
import { LineIndex } from '../../text/line-index.js';
import type { FormatAdapter, SniffInput, SniffStrength } from '../types.js';
import { decodeHtml } from './charset.js';
import { htmlToView } from './view.js';

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/;
const HTML_ANYWHERE = /<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*charset/;
const EXTENSIONS = ['.html', '.htm', '.shtml', '.xhtml'];

const NO_TEXT = '网页里没有找到正文文字（可能是框架页、脚本生成的页面或图片）：请在浏览器中打开报告页面后“另存为”网页，或复制正文另存为 .txt。';

function sniff(input: SniffInput): SniffStrength | undefined {
  if (HTML_START.test(input.textHead)) return 'content';
  // Word's "save as web page" kept as .doc, and pages saved under other names
  if (!input.textName && HTML_ANYWHERE.test(input.textHead)) return 'content';
  return EXTENSIONS.includes(input.ext) ? 'name' : undefined;
}

/** A web page: its charset, the report's box in it, its text view; findings point at lines of the HTML source. */
export const html: FormatAdapter<'html'> = {
  format: 'html',
  extensions: EXTENSIONS,
  sniff,
  maxBytes: 10 * 1024 * 1024,
  tooLarge:
    '网页文件过大（{{size}} MB，上限 {{max}} MB）：年度报告的网页通常不超过 1 MB，这个文件可能内嵌了图片，或不是报告页面。请在浏览器中打开后复制正文另存为 .txt，或提供 .docx、.pdf 版本。',
  alignedTables: false,
  read(bytes) {
    const { html: source, encoding } = decodeHtml(bytes);
    const notices: string[] = [];
    const view = htmlToView(source, {}, notices);
    if (view.text.trim().length === 0) throw new IngestError(NO_TEXT);
    const lines = new LineIndex(source);
    return {
      text: view.text,
      tables: view.tables,
      encoding,
      ...(notices.length > 0 ? { notices } : {}),
      toOriginal: (offset, edge) => {
        const src = view.src[coveredOffset(offset, edge, view.text.length)] ?? 0;
        const loc = lines.locate(edge === 'end' && offset > 0 ? src + 1 : src);
        return { line: loc.line, column: loc.column };
      },
    };
  },
};
