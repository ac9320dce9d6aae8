import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ensureDomMatrix } from './dom-matrix.js';
import { IngestError } from './errors.js';

/**
 * PDF → text view from the text layer (pdfjs-dist, offline): items grouped
 * into lines by their baseline, laid out like `pdftotext -layout` (cells
 * apart by two or more spaces, indentation kept), so the layout-table
 * recovery that reads pdftotext output reads these tables too. Page footers
 * ("- 3 -") are dropped and lines wrapped inside a paragraph are joined.
 */

export const NO_TEXT_LAYER = '此 PDF 没有文字层，无法检查；请提供可复制文字的版本（例如 Word 原稿另存的 PDF，或 .docx、.txt）。';
const PASSWORD =
  '此 PDF 设有打开密码，无法读取：请提供未加密的版本（用阅读器输入密码打开后“另存为”或“打印为 PDF”），或提供 .docx、.txt。';
const DAMAGED = 'PDF 文件已损坏或不完整，无法打开：请重新下载或重新导出 PDF 后再检查。';
const UNREADABLE_TEXT =
  '此 PDF 的文字层无法识别（字体没有文字编码，复制出来是乱码），无法检查：请提供 Word 原稿另存的 PDF，或 .docx、.txt。';

/** more pages than any annual report has: refuse rather than spend minutes */
export const MAX_PDF_PAGES = 300;

export interface PdfOrigin {
  page: number;
  /** 1-based line on the page, counted from the top (page footers included) */
  line: number;
  column: number;
}

export interface PdfView {
  text: string;
  /** per view offset: page, line on the page, column (0 for characters added by the layout) */
  page: Int32Array;
  line: Int32Array;
  column: Int32Array;
  /** the text of every line of every page, for excerpts: lineText[page − 1][line − 1] */
  lineText: string[][];
  pages: number;
}

interface Glyph {
  str: string;
  x: number;
  y: number;
  w: number;
  fs: number;
  space: boolean;
}

interface PageLine {
  page: number;
  /** 1-based on the page */
  index: number;
  y: number;
  fs: number;
  x0: number;
  x1: number;
  /** content with layout spaces, columns 1-based into this string */
  text: string;
  /** whether two items sit a cell apart (a table row, not prose) */
  gapped: boolean;
  footer: boolean;
}

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

function packageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

const FOOTER = /^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})$/;

function isCjkOrWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
}

/** Group a page's glyph runs into lines (top to bottom) and lay each line out as text. */
function pageLines(glyphs: Glyph[], page: number, height: number): PageLine[] {
  glyphs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; fs: number; glyphs: Glyph[] }[] = [];
  for (const g of glyphs) {
    let best: (typeof groups)[number] | undefined;
    let bestDistance = Infinity;
    for (let k = groups.length - 1; k >= Math.max(0, groups.length - 4); k--) {
      const group = groups[k];
      const distance = Math.abs(g.y - group.y);
      if (distance <= 0.45 * Math.min(g.fs, group.fs) + 0.01 && distance < bestDistance) {
        best = group;
        bestDistance = distance;
      }
    }
    if (best) {
      best.glyphs.push(g);
      if (!g.space) best.fs = Math.max(best.fs, g.fs);
    } else {
      groups.push({ y: g.y, fs: g.fs, glyphs: [g] });
    }
  }
  const lines: PageLine[] = [];
  for (const group of groups) {
    const runs = group.glyphs.sort((a, b) => a.x - b.x);
    let text = '';
    let gapped = false;
    let lastEnd = -Infinity;
    let spaceSeen = false;
    let lastFs = group.fs;
    let x0 = Infinity;
    let x1 = -Infinity;
    const seen: Glyph[] = [];
    for (const g of runs) {
      if (g.space) {
        spaceSeen = text.length > 0;
        continue;
      }
      // the same text drawn twice a hair apart ("fake bold")
      if (seen.some((s) => s.str === g.str && Math.abs(s.x - g.x) < g.fs * 0.3 && Math.abs(s.y - g.y) < g.fs * 0.3)) continue;
      seen.push(g);
      if (text.length > 0) {
        const fs = Math.min(lastFs, g.fs);
        const gap = g.x - lastEnd;
        if (gap >= 1.2 * fs) {
          text += ' '.repeat(Math.max(2, Math.round(gap / (fs / 2))));
          gapped = true;
        } else if (spaceSeen || gap >= 0.25 * fs) {
          text += ' ';
        }
      }
      text += g.str;
      spaceSeen = false;
      lastEnd = Math.max(lastEnd, g.x + g.w);
      lastFs = g.fs;
      x0 = Math.min(x0, g.x);
      x1 = Math.max(x1, g.x + g.w);
    }
    if (text.trim() === '') continue;
    const trimmed = text.trim();
    const footer = FOOTER.test(trimmed.replace(/\s+/g, ' ')) && (group.y > height * 0.85 || group.y < height * 0.1);
    lines.push({ page, index: 0, y: group.y, fs: group.fs, x0, x1, text: trimmed, gapped, footer });
  }
  lines.forEach((l, i) => (l.index = i + 1));
  return lines;
}

/** the most common value, in buckets of `step` */
function mode(values: number[], step: number): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) {
    const k = Math.round(v / step);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [k, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && k < best)) {
      best = k;
      bestCount = n;
    }
  }
  return best === undefined ? undefined : best * step;
}

const HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[章节部分条])/;
const SENTENCE_END = /[。！？：；!?:;]$/;

interface OutLine {
  chars: string;
  page: number[];
  line: number[];
  column: number[];
  blankBefore: boolean;
}

/** Lines of all pages → view text, joining lines wrapped inside a paragraph. */
function layout(pages: PageLine[][]): Omit<PdfView, 'lineText' | 'pages'> {
  const kept = pages.map((lines) => lines.filter((l) => !l.footer));
  const prose = kept.flat().filter((l) => !l.gapped && l.text.length >= 10);
  const margin = mode(prose.map((l) => l.x0), 1) ?? Math.min(...kept.flat().map((l) => l.x0));
  const right = mode(prose.map((l) => l.x1), 2) ?? Math.max(...kept.flat().map((l) => l.x1));
  const out: OutLine[] = [];
  let previous: PageLine | undefined;
  for (const lines of kept) {
    for (const l of lines) {
      const indent = Math.max(0, Math.round((l.x0 - margin) / (l.fs / 2)));
      const samePage = previous !== undefined && previous.page === l.page;
      const last = out[out.length - 1];
      const joins =
        previous !== undefined &&
        last !== undefined &&
        !previous.gapped &&
        !l.gapped &&
        previous.x1 >= right - 1.5 * previous.fs &&
        Math.abs(l.x0 - margin) <= 0.6 * l.fs &&
        Math.abs(previous.fs - l.fs) < 1 &&
        (!samePage || l.y - previous.y <= 2.5 * l.fs) &&
        !SENTENCE_END.test(previous.text) &&
        !HEADING_START.test(l.text);
      if (joins) {
        const a = last.chars[last.chars.length - 1];
        const b = l.text[0];
        if (/[A-Za-z]/.test(a) && /[A-Za-z]/.test(b) && !isCjkOrWide(a)) {
          last.chars += ' ';
          last.page.push(l.page);
          last.line.push(l.index);
          last.column.push(0);
        }
        appendLine(last, l, 0);
      } else {
        const blankBefore = samePage && previous !== undefined && l.y - previous.y > 1.9 * Math.max(l.fs, previous.fs);
        const line: OutLine = { chars: '', page: [], line: [], column: [], blankBefore };
        appendLine(line, l, indent);
        out.push(line);
      }
      previous = l;
    }
  }
  const page: number[] = [];
  const line: number[] = [];
  const column: number[] = [];
  let text = '';
  const pushSeparator = (s: string, from: OutLine | undefined) => {
    text += s;
    for (let i = 0; i < s.length; i++) {
      page.push(from ? from.page[from.page.length - 1] : 1);
      line.push(from ? from.line[from.line.length - 1] : 1);
      column.push(0);
    }
  };
  out.forEach((l, i) => {
    if (i > 0) pushSeparator(l.blankBefore ? '\n\n' : '\n', out[i - 1]);
    text += l.chars;
    page.push(...l.page);
    line.push(...l.line);
    column.push(...l.column);
  });
  pushSeparator('\n', out[out.length - 1]);
  return { text, page: Int32Array.from(page), line: Int32Array.from(line), column: Int32Array.from(column) };
}

function appendLine(target: OutLine, l: PageLine, indent: number): void {
  for (let i = 0; i < indent; i++) {
    target.chars += ' ';
    target.page.push(l.page);
    target.line.push(l.index);
    target.column.push(0);
  }
  for (let i = 0; i < l.text.length; i++) {
    target.chars += l.text[i];
    target.page.push(l.page);
    target.line.push(l.index);
    target.column.push(i + 1);
  }
}

function readableShare(text: string): number {
  let good = 0;
  let all = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    all++;
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x21 && c < 0x7f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) good++;
  }
  return all === 0 ? 0 : good / all;
}

function pdfError(error: unknown): IngestError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new IngestError(PASSWORD);
  return new IngestError(DAMAGED);
}

/** PDF bytes → text view; throws IngestError for scans, passwords and damaged files. */
export async function pdfToView(bytes: Uint8Array): Promise<PdfView> {
  const pdfjs = await loadPdfJs();
  const dir = packageDir();
  const task = pdfjs.getDocument({
    // pdfjs may transfer the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(dir, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(dir, 'standard_fonts')}${path.sep}`,
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
    const pages: PageLine[][] = [];
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
      pages.push(pageLines(glyphs, p, viewport.height));
    }
    const all = pages.flat().filter((l) => !l.footer).map((l) => l.text).join('\n');
    // a scan may still carry page numbers or a scanner app's stamp ("扫描全能王 创建"): a page of a report has hundreds of characters
    if (all.replace(/\s/g, '').length < Math.max(20, 30 * doc.numPages)) throw new IngestError(NO_TEXT_LAYER);
    if (readableShare(all) < 0.6) throw new IngestError(UNREADABLE_TEXT);
    const view = layout(pages);
    return { ...view, lineText: pages.map((lines) => lines.map((l) => l.text)), pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
