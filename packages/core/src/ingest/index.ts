import type { Root } from 'mdast';
import { LineIndex } from '../text/line-index.js';
import type { Decoded } from './decode.js';
import { decode } from './decode.js';
import type { InputFormat } from './detect.js';
import { sniffFormat } from './detect.js';
import { IngestError } from './errors.js';
import type { HtmlEncoding } from './html.js';
import { decodeHtml, htmlToView } from './html.js';
import type { TextFormat } from './parse.js';
import { parseToMdast } from './parse.js';
import type { PdfView } from './pdf.js';
import type { TextView } from './view.js';
import { cellAt, excerptAt } from './view.js';

export { decode, DEFAULT_MAX_BYTES } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { IngestError } from './errors.js';
export type { TextFormat, KnownBlock, ParseOptions } from './parse.js';
export { findTextTables } from './text-tables.js';
export type { CellSpan, TextTableBlock } from './text-tables.js';
export { TEXT_EXTENSIONS, DOCUMENT_EXTENSIONS, CONVERT_EXTENSIONS, sniffFormat } from './detect.js';
export type { InputFormat, Sniffed, UnsupportedKind } from './detect.js';
export { decodeHtml, declaredCharset, htmlToView } from './html.js';
export type { HtmlEncoding } from './html.js';
export type { TextView, ViewCell } from './view.js';
export { NO_TEXT_LAYER, MAX_PDF_PAGES } from './pdf.js';

/**
 * Where a text-view offset is in the document the user has:
 * - .html: line and column in the HTML source (UTF-16 units of the decoded page);
 * - .docx: `line` = paragraph number (every non-empty paragraph and every table
 *   row counts one), `column` = character in that paragraph or row, `cell` =
 *   the table cell, `excerpt` = the words there;
 * - .pdf: `page`, `line` on that page (from the top, page footers included),
 *   `column` = character in that line, `excerpt` = the line's text.
 */
export interface OriginalLocation {
  line: number;
  column: number;
  page?: number;
  excerpt?: string;
  cell?: { table: number; row: number; column: number };
}

export interface Ingested {
  /** the text rules read: the file itself (.md/.txt) or the document's text view (.html/.docx/.pdf) */
  text: string;
  ast: Root;
  lines: LineIndex;
  format: InputFormat;
  encoding?: Decoded['encoding'] | HtmlEncoding;
  /**
   * Text offset → place in the original document, for formats whose text is
   * a view of the file (absent for .md/.txt). `edge: 'end'` maps an
   * exclusive end offset.
   */
  toOriginal?: (offset: number, edge?: 'start' | 'end') => OriginalLocation;
}

const MB = 1024 * 1024;
const EMPTY = '文件是空的：没有可检查的内容。请确认导出或复制是否成功。';

/** size limits per format: a report's text is far below each */
export const MAX_BYTES: Readonly<Record<InputFormat, number>> = {
  markdown: 5 * MB,
  text: 5 * MB,
  html: 10 * MB,
  docx: 20 * MB,
  pdf: 50 * MB,
};

/** the largest file any format accepts: read at most this much */
export const MAX_INPUT_BYTES = 50 * MB;

const TOO_LARGE: Record<'html' | 'docx' | 'pdf', string> = {
  html: '网页文件过大（{{size}} MB，上限 {{max}} MB）：年度报告的网页通常不超过 1 MB，这个文件可能内嵌了图片，或不是报告页面。请在浏览器中打开后复制正文另存为 .txt，或提供 .docx、.pdf 版本。',
  docx: 'Word 文件过大（{{size}} MB，上限 {{max}} MB）：年度报告的 .docx 通常不超过 2 MB，这个文件可能嵌入了大量图片。请删去图片后另存，或提供 PDF、.txt 版本。',
  pdf: 'PDF 文件过大（{{size}} MB，上限 {{max}} MB）：可能是扫描件或选错了文件。请提供可复制文字的 PDF，或 .docx、.txt 版本。',
};

const NO_TEXT: Record<'html' | 'docx', string> = {
  html: '网页里没有找到正文文字（可能是框架页、脚本生成的页面或图片）：请在浏览器中打开报告页面后“另存为”网页，或复制正文另存为 .txt。',
  docx: '这个 Word 文件里没有文字（可能只有图片或扫描件）：请提供有文字的 .docx，或可复制文字的 PDF、.txt。',
};

export function formatOf(filePath: string): TextFormat {
  return /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'text';
}

/** Decoded text → mdast with recovered tables. */
export function ingestText(text: string, filePath = '<text>', options: { format?: TextFormat } = {}): Ingested {
  if (text.trim().length === 0) throw new IngestError('文件只有空白，没有可检查的内容。请确认导出或复制是否成功。');
  const lines = new LineIndex(text);
  const format = options.format ?? formatOf(filePath);
  return { text, ast: parseToMdast(text, lines, format), lines, format };
}

function checkSize(bytes: Uint8Array, format: 'html' | 'docx' | 'pdf', maxBytes?: number): void {
  if (bytes.length === 0) throw new IngestError(EMPTY);
  const max = maxBytes ?? MAX_BYTES[format];
  if (bytes.length > max) {
    throw new IngestError(
      TOO_LARGE[format].replace('{{size}}', (bytes.length / MB).toFixed(1)).replace('{{max}}', (max / MB).toFixed(0)),
    );
  }
}

/** the text view of a web page or Word file, parsed with its tables as they are */
function fromView(view: TextView, format: 'html' | 'docx', toOriginal: Ingested['toOriginal']): Ingested {
  if (view.text.trim().length === 0) throw new IngestError(NO_TEXT[format]);
  const lines = new LineIndex(view.text);
  const ast = parseToMdast(view.text, lines, 'text', { tables: view.tables, layout: false });
  return { text: view.text, ast, lines, format, toOriginal };
}

/** the last character a range covers, for an exclusive end offset */
const anchor = (offset: number, edge: 'start' | 'end' | undefined, length: number) =>
  Math.max(0, Math.min(length - 1, edge === 'end' && offset > 0 ? offset - 1 : offset));

export function ingestHtml(bytes: Uint8Array, maxBytes?: number): Ingested {
  checkSize(bytes, 'html', maxBytes);
  const { html, encoding } = decodeHtml(bytes);
  const view = htmlToView(html);
  const source = new LineIndex(html);
  const ingested = fromView(view, 'html', (offset, edge) => {
    const at = anchor(offset, edge, view.text.length);
    const src = view.src[at] ?? 0;
    const loc = source.locate(edge === 'end' && offset > 0 ? src + 1 : src);
    return { line: loc.line, column: loc.column };
  });
  return { ...ingested, encoding };
}

export async function ingestDocx(bytes: Uint8Array, maxBytes?: number): Promise<Ingested> {
  checkSize(bytes, 'docx', maxBytes);
  const { docxToView } = await import('./docx.js');
  const { view } = await docxToView(bytes);
  const viewLines = new LineIndex(view.text);
  return fromView(view, 'docx', (offset, edge) => {
    const at = anchor(offset, edge, view.text.length);
    const { line, column } = viewLines.locate(at);
    let block = 0;
    for (let l = Math.min(line, view.lineBlock.length); l >= 1 && block === 0; l--) block = view.lineBlock[l - 1];
    const cell = cellAt(view, at);
    const location: OriginalLocation = {
      line: Math.max(1, block),
      column: edge === 'end' && offset > 0 ? column + 1 : column,
      excerpt: excerptAt(view.text, at, 40, cell),
    };
    if (cell) location.cell = { table: cell.table, row: cell.row, column: cell.column };
    return location;
  });
}

function pdfLocation(view: PdfView, offset: number, edge?: 'start' | 'end'): OriginalLocation {
  const at = anchor(offset, edge, view.text.length);
  const page = view.page[at] || 1;
  const line = view.line[at] || 1;
  let column = view.column[at];
  // a space the layout added: the next character of the same line
  for (let k = at + 1; column === 0 && k < view.text.length && view.line[k] === line && view.page[k] === page; k++) column = view.column[k];
  const text = view.lineText[page - 1]?.[line - 1] ?? '';
  return {
    page,
    line,
    column: Math.max(1, column) + (edge === 'end' && offset > 0 ? 1 : 0),
    excerpt: text.length > 40 ? `${text.slice(0, 40)}…` : text,
  };
}

export async function ingestPdf(bytes: Uint8Array, maxBytes?: number): Promise<Ingested> {
  checkSize(bytes, 'pdf', maxBytes);
  const { pdfToView } = await import('./pdf.js');
  const view = await pdfToView(bytes);
  const lines = new LineIndex(view.text);
  const ast = parseToMdast(view.text, lines, 'text', { layout: true });
  return { text: view.text, ast, lines, format: 'pdf', toOriginal: (offset, edge) => pdfLocation(view, offset, edge) };
}

/**
 * Bytes of a .md/.txt file (or an HTML page) → mdast, synchronously; throws
 * IngestError with a Chinese message. Word and PDF files need `ingestAny`.
 */
export function ingestBytes(bytes: Uint8Array, filePath: string, maxBytes?: number, textFormat?: TextFormat): Ingested {
  const sniffed = bytes.length === 0 ? { format: formatOf(filePath) } : sniffFormat(bytes, filePath);
  if (sniffed.format === 'unsupported') throw new IngestError(sniffed.message);
  if (sniffed.format === 'html') return ingestHtml(bytes, maxBytes);
  if (sniffed.format === 'docx' || sniffed.format === 'pdf') {
    throw new IngestError('Word 和 PDF 文件需要用异步接口读取（ingestAny / lintAny；命令行 xxgk-lint 已支持）。');
  }
  const decoded = decode(bytes, maxBytes);
  return { ...ingestText(decoded.text, filePath, { format: textFormat }), encoding: decoded.encoding };
}

/**
 * Bytes of any supported file → mdast, the format found from the content:
 * .md/.txt (any supported encoding), .html, .docx, .pdf. Unsupported files
 * (legacy .doc/.wps, images…) throw an IngestError saying what to convert to.
 */
export async function ingestAny(bytes: Uint8Array, filePath: string, options: { maxBytes?: number; format?: TextFormat } = {}): Promise<Ingested> {
  if (bytes.length === 0) throw new IngestError(EMPTY);
  const sniffed = sniffFormat(bytes, filePath);
  if (sniffed.format === 'docx') return ingestDocx(bytes, options.maxBytes);
  if (sniffed.format === 'pdf') return ingestPdf(bytes, options.maxBytes);
  return ingestBytes(bytes, filePath, options.maxBytes, options.format);
}
