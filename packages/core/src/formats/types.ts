/**
 * The contract between the formats and ingest: a format adapter says which
 * files are its own and reads one into the text rules read (the file itself
 * for .md/.txt, a text view for a document), with the tables the document
 * states and a map back to the original.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
/** web pages also come in Big5 */
export type HtmlEncoding = Encoding | 'big5';

/**
 * Where a text offset is in the document the user has:
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

/** text offset → place in the original document; `edge: 'end'` maps an exclusive end offset */
export type ToOriginal = (offset: number, edge?: 'start' | 'end') => OriginalLocation;

/** One cell of a table, in offsets of the text: its content with line breaks inside the cell removed. */
export interface CellSpan {
  text: string;
  start: number;
  end: number;
}

/** A table whose rows and cells the document states (an HTML or Word table), in offsets of the text. */
export interface KnownTable {
  kind: 'html' | 'docx';
  /** 1-based, inclusive */
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
  rows: CellSpan[][];
}

/** What an adapter reads from a file. */
export interface FormatText {
  /** the text rules read */
  text: string;
  /** tables known from the document's structure: their lines are not searched for tables again */
  tables?: KnownTable[];
  encoding?: HtmlEncoding;
  /** for formats whose text is a view of the file; absent when the text is the file */
  toOriginal?: ToOriginal;
  /** warnings about the reading (nesting flattened): one message each in the result */
  notices?: string[];
}

/** The start of a file, looked at once for every adapter's `sniff`. */
export interface SniffInput {
  bytes: Uint8Array;
  /** the file name's extension, lower case with its dot ("" when none) */
  ext: string;
  /** the name is a plain-text file's (.md, .txt…): markup in it is the report's text, not a page */
  textName: boolean;
  /** the first 1024 bytes as Latin-1 */
  start: string;
  /** the first 4096 characters of text: BOM and leading whitespace skipped, lower case, ASCII only */
  textHead: string;
  /** the entry names of a zip's first local file headers (empty when not a zip) */
  zipEntries(): readonly string[];
}

/**
 * How sure a sniff is, strongest first: a binary signature ("%PDF-", a zip
 * with word/…); markup in the text (`<!DOCTYPE html>`); the file name only
 * (a damaged .pdf still goes to the PDF reader, which says what is wrong).
 * Files no format reads are refused between the first and the second.
 */
export type SniffStrength = 'signature' | 'content' | 'name';

export interface FormatAdapter<F extends string = string> {
  readonly format: F;
  /** file name extensions, lower case with the dot */
  readonly extensions: readonly string[];
  /** whether the file is this format; a format without one is the fallback */
  sniff?(input: SniffInput): SniffStrength | undefined;
  /** the largest file accepted: a report's text is far below it */
  readonly maxBytes: number;
  /** what to say about a larger file; {{size}} and {{max}} are in MB */
  readonly tooLarge: string;
  /** recover tables aligned with spaces (pdftotext -layout, a PDF's text layer) from the text */
  readonly alignedTables: boolean;
  /** read returns a promise (a library is loaded on first use): the synchronous `ingestBytes` cannot read the format */
  readonly asynchronous?: true;
  /** throws IngestError with a Chinese message saying what to do */
  read(bytes: Uint8Array): FormatText | Promise<FormatText>;
}
