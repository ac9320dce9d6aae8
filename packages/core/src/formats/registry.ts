import { docx } from './docx/index.js';
import { html } from './html/index.js';
import { markdown } from './markdown/index.js';
import { pdf } from './pdf/index.js';
import { text } from './text/index.js';
import type { FormatAdapter } from './types.js';

/**
 * The formats xxgk-lint reads. Sniffing asks them in this order within each
 * strength (types.ts, SniffStrength); `text` sniffs nothing and reads what
 * no other format claims. A new format: its folder, one line here, its
 * section in docs/formats.md.
 */
export const FORMATS = [pdf, docx, html, markdown, text] as const satisfies readonly FormatAdapter[];

export type InputFormat = (typeof FORMATS)[number]['format'];

/** the formats whose text is the file itself: parsed as written, fixed in place */
export type TextFormat = typeof markdown.format | typeof text.format;

export const FALLBACK_FORMAT = text;

export function formatAdapter(format: InputFormat): FormatAdapter<InputFormat> {
  const adapter = FORMATS.find((a) => a.format === format);
  if (!adapter) throw new Error(`unknown format ${format}`);
  return adapter;
}

/** .md, .markdown, .txt, .text */
export const TEXT_EXTENSIONS = [...markdown.extensions, ...text.extensions];
/** documents read through a converter: Word, web pages, PDF */
export const DOCUMENT_EXTENSIONS = FORMATS.filter((a) => a !== markdown && a !== text).flatMap((a) => a.extensions);
