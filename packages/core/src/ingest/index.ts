import type { Root } from 'mdast';
import { IngestError } from '../formats/errors.js';
import type { InputFormat, TextFormat } from '../formats/registry.js';
import { FORMATS, formatAdapter } from '../formats/registry.js';
import { tooLargeMessage } from '../formats/size.js';
import { sniffFormat } from '../formats/sniff.js';
import type { FormatAdapter, FormatText, HtmlEncoding, ToOriginal } from '../formats/types.js';
import { LineIndex } from '../text/line-index.js';
import { parseToMdast } from './parse.js';
import type { PhaseTimes } from './phases.js';
import { addPhase } from './phases.js';

/**
 * Ingest: bytes → the format (sniffed, or given) → its adapter reads the
 * text → tables recovered, the text parsed to mdast → `Ingested`, which the
 * report model is built from.
 */

export { decode, DEFAULT_MAX_BYTES } from '../formats/text/decode.js';
export type { Decoded } from '../formats/text/decode.js';
export { IngestError } from '../formats/errors.js';
export type { Encoding, HtmlEncoding, OriginalLocation, ToOriginal } from '../formats/types.js';
export type { InputFormat, TextFormat } from '../formats/registry.js';
export { TEXT_EXTENSIONS, DOCUMENT_EXTENSIONS } from '../formats/registry.js';
export { CONVERT_EXTENSIONS } from '../formats/refusals.js';
export type { UnsupportedKind } from '../formats/refusals.js';
export { sniffFormat } from '../formats/sniff.js';
export type { Sniffed } from '../formats/sniff.js';
export { decodeHtml, declaredCharset } from '../formats/html/charset.js';
export { NO_TEXT_LAYER } from '../formats/pdf/quality.js';
export { MAX_PDF_PAGES } from '../formats/pdf/load.js';
export { setPdfAssets } from '../formats/pdf/assets.js';
export type { PdfAssets } from '../formats/pdf/assets.js';
export { findTextTables } from './text-tables.js';
export type { PhaseTimes } from './phases.js';

export interface Ingested {
  /** the text rules read: the file itself (.md/.txt) or the document's text view (.html/.docx/.pdf) */
  text: string;
  ast: Root;
  lines: LineIndex;
  format: InputFormat;
  encoding?: HtmlEncoding;
  /**
   * Text offset → place in the original document, for formats whose text is
   * a view of the file (absent for .md/.txt). `edge: 'end'` maps an
   * exclusive end offset.
   */
  toOriginal?: ToOriginal;
  /** warnings about how the file was read (nesting too deep, flattened), one message each for the result */
  notices?: string[];
}

/**
 * How text is parsed: 'plain' (default) — text that is not Markdown (.txt,
 * the text views of .html/.docx/.pdf) by the plain-text parser, Markdown by
 * remark with GFM only where the text has GFM syntax; 'remark' — remark with
 * GFM on everything, the reference reading for the findings-identity test.
 */
export type TextParser = 'plain' | 'remark';

export interface IngestOptions {
  /** refuse larger files (bytes); default: the format's own limit (MAX_BYTES) */
  maxBytes?: number;
  /** read as this format instead of sniffing it from the content and the name */
  format?: InputFormat;
  parser?: TextParser;
}

const EMPTY = '文件是空的：没有可检查的内容。请确认导出或复制是否成功。';
const WHITESPACE_ONLY = '文件只有空白，没有可检查的内容。请确认导出或复制是否成功。';
const NEEDS_ASYNC = 'Word 和 PDF 文件需要用异步接口读取（ingestAny / lintAny；命令行 xxgk-lint 已支持）。';

/** size limits per format: a report's text is far below each */
export const MAX_BYTES = Object.fromEntries(FORMATS.map((a) => [a.format, a.maxBytes])) as Readonly<Record<InputFormat, number>>;

/** the largest file any format accepts: read at most this much */
export const MAX_INPUT_BYTES = Math.max(...Object.values(MAX_BYTES));

/** .md/.markdown are Markdown, anything else plain text */
export function formatOf(filePath: string): TextFormat {
  return /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'text';
}

/** the text an adapter read → mdast, tables recovered */
function analyse(read: FormatText, adapter: FormatAdapter<InputFormat>, phases?: PhaseTimes, parser?: TextParser): Ingested {
  if (read.text.trim().length === 0) throw new IngestError(WHITESPACE_ONLY);
  const lines = new LineIndex(read.text);
  const notices = [...(read.notices ?? [])];
  const plainText = adapter.format === 'markdown' ? false : parser === 'remark' ? 'remark' : true;
  const reference = parser === 'remark';
  const ast = parseToMdast(read.text, lines, { tables: read.tables, alignedTables: adapter.alignedTables, notices, phases, plainText, reference });
  const ingested: Ingested = { text: read.text, ast, lines, format: adapter.format };
  if (notices.length > 0) ingested.notices = notices;
  if (read.encoding) ingested.encoding = read.encoding;
  if (read.toOriginal) ingested.toOriginal = read.toOriginal;
  return ingested;
}

const isTextual = (format: string) => format === 'text' || format === 'markdown';

/**
 * The format given wins, except that "read it as text" (or Markdown) only
 * says how to read text: a Word file or a PDF stays one, and a file that
 * cannot be read (an image, a .doc) is refused, whatever it is called.
 */
function adapterFor(bytes: Uint8Array, filePath: string, format: InputFormat | undefined): FormatAdapter<InputFormat> {
  if (format && !isTextual(format)) return formatAdapter(format);
  const sniffed = sniffFormat(bytes, filePath);
  if (sniffed.format === 'unsupported') throw new IngestError(sniffed.message);
  if (sniffed.format === 'docx' || sniffed.format === 'pdf' || !format) return formatAdapter(sniffed.format);
  return formatAdapter(format);
}

function checkSize(bytes: Uint8Array, adapter: FormatAdapter, maxBytes = adapter.maxBytes): void {
  if (bytes.length === 0) throw new IngestError(EMPTY);
  if (bytes.length > maxBytes) throw new IngestError(tooLargeMessage(adapter.tooLarge, bytes.length, maxBytes));
}

/** Decoded text → mdast with recovered tables: Markdown for .md/.markdown (or `format`), else plain text. */
export function ingestText(text: string, filePath = '<text>', options: { format?: TextFormat; parser?: TextParser } = {}): Ingested {
  return analyse({ text }, formatAdapter(options.format ?? formatOf(filePath)), undefined, options.parser);
}

/**
 * Bytes of a .md/.txt file (or an HTML page) → mdast, synchronously, the
 * format sniffed or given; throws IngestError with a Chinese message. Word
 * and PDF files need `ingestAny`.
 */
export function ingestBytes(
  bytes: Uint8Array,
  filePath: string,
  maxBytes?: number,
  format?: InputFormat,
  how: { phases?: PhaseTimes; parser?: TextParser } = {},
): Ingested {
  const { phases } = how;
  const started = phases ? performance.now() : 0;
  const adapter = bytes.length === 0 && !format ? formatAdapter(formatOf(filePath)) : adapterFor(bytes, filePath, format);
  if (adapter.asynchronous) throw new IngestError(NEEDS_ASYNC);
  checkSize(bytes, adapter, maxBytes);
  const read = adapter.read(bytes) as FormatText;
  if (phases) addPhase(phases, 'decode', started);
  return analyse(read, adapter, phases, how.parser);
}

/**
 * Bytes of any supported file → mdast, the format found from the content
 * (or given as `format`): .md/.txt (any supported encoding), .html, .docx,
 * .pdf. Unsupported files (legacy .doc/.wps, images…) throw an IngestError
 * saying what to convert to.
 */
export async function ingestAny(bytes: Uint8Array, filePath: string, options: IngestOptions = {}): Promise<Ingested> {
  if (bytes.length === 0) throw new IngestError(EMPTY);
  const adapter = adapterFor(bytes, filePath, options.format);
  checkSize(bytes, adapter, options.maxBytes);
  return analyse(await adapter.read(bytes), adapter, undefined, options.parser);
}
