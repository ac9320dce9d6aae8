import { pageLines } from './lines.js';
import { readPages } from './load.js';
import { assertReadableText } from './quality.js';
import { reflow } from './reflow.js';
import type { PdfView } from './types.js';

/**
 * PDF → text view from the text layer: load the pages' text runs, group them
 * into lines laid out like `pdftotext -layout` (cells apart by two or more
 * spaces), check the text is there and readable, join lines wrapped inside a
 * paragraph. Throws IngestError for scans, passwords and damaged files.
 */
export async function pdfToView(bytes: Uint8Array): Promise<PdfView> {
  const pages = (await readPages(bytes)).map((page, i) => pageLines(page.glyphs, i + 1, page.height));
  assertReadableText(pages);
  return { ...reflow(pages), lineText: pages.map((lines) => lines.map((l) => l.text)), pages: pages.length };
}
