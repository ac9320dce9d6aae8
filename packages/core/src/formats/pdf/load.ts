import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from '../errors.js';
import { pdfAssets } from './assets.js';
import { ensureDomMatrix } from './dom-matrix.js';
import type { Glyph } from './types.js';

/** pdf.js (pdfjs-dist, offline) opens the file and hands over each page's text runs. */

const PASSWORD =
  '此 PDF 设有打开密码，无法读取：请提供未加密的版本（用阅读器输入密码打开后“另存为”或“打印为 PDF”），或提供 .docx、.txt。';
const DAMAGED = 'PDF 文件已损坏或不完整，无法打开：请重新下载或重新导出 PDF 后再检查。';

/** more pages than any annual report has: refuse rather than spend minutes */
export const MAX_PDF_PAGES = 300;

type PdfJs = typeof PdfJsModule;

let pdfjsModule: Promise<PdfJs> | undefined;

/** pdfjs-dist is loaded on first use (about 250 ms), so text files don't pay for it. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= (async () => {
    // without the optional canvas package pdfjs warns on load that rendering may break; text needs no canvas
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^Warning: Cannot (load|polyfill|access)/.test(args[0])) return;
      warn(...args);
    };
    try {
      ensureDomMatrix();
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjsModule;
}

function pdfError(error: unknown): IngestError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new IngestError(PASSWORD);
  return new IngestError(DAMAGED);
}

/** one page's text runs, in viewport coordinates */
export interface PageGlyphs {
  glyphs: Glyph[];
  height: number;
}

/** The text runs of every page; throws IngestError for passwords, damaged files and too many pages. */
export async function readPages(bytes: Uint8Array): Promise<PageGlyphs[]> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs may transfer the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    ...pdfAssets(),
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    enableXfa: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw pdfError(error);
    }
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new IngestError(`此 PDF 有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页，不像一份年度报告：请确认是否选错了文件。`);
    }
    const pages: PageGlyphs[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      let items;
      let viewport;
      try {
        const page = await doc.getPage(p);
        viewport = page.getViewport({ scale: 1 });
        items = (await page.getTextContent()).items;
        page.cleanup();
      } catch (error) {
        throw pdfError(error);
      }
      const glyphs: Glyph[] = [];
      for (const item of items) {
        if (!('str' in item) || item.str === '') continue;
        const m = pdfjs.Util.transform(viewport.transform, item.transform);
        const fs = Math.hypot(m[2], m[3]) || Math.abs(item.height) || 10;
        const space = item.str.trim() === '';
        glyphs.push({ str: space ? ' ' : item.str, x: m[4], y: m[5], w: item.width * viewport.scale, fs, space });
      }
      pages.push({ glyphs, height: viewport.height });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
