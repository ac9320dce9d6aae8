import type { Element, ElementContent, Root as HastRoot, RootContent, Text as HastText } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Encoding } from './decode.js';
import { IngestError } from './errors.js';
import type { TextView, ViewLine } from './view.js';
import { assembleView } from './view.js';

// ------------------------------------------------------------------ decoding

export type HtmlEncoding = Encoding | 'big5';

const GB_LABELS = /^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|iso-ir-58|chinese|gb_2312-80)$/;
const BIG5_LABELS = /^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/;
const UTF8_LABELS = /^(utf-?8|unicode-1-1-utf-8)$/;

/** `<meta charset=…>`, `<meta http-equiv content="…; charset=…">` or `<?xml encoding=…?>` in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let headText = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) headText += String.fromCharCode(bytes[i]);
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(headText);
  if (meta) return meta[1].toLowerCase();
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(headText);
  return xml?.[1].toLowerCase();
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

const REPLACEMENT = /\ufffd/g;

/**
 * HTML bytes → string. BOM first, then the declared charset (GBK/GB2312 are
 * read as GB18030, their superset), then UTF-8, then GB18030. Web pages often
 * carry a stray bad byte: a declared GB page is decoded leniently as long as
 * almost nothing is lost.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: HtmlEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = declaredCharset(bytes);
  const utf8 = tryDecode('utf-8', bytes, true);
  let label: 'gb18030' | 'big5' | 'utf-8' | undefined;
  if (declared && GB_LABELS.test(declared)) label = 'gb18030';
  else if (declared && BIG5_LABELS.test(declared)) label = 'big5';
  else if (declared && UTF8_LABELS.test(declared)) label = 'utf-8';
  if (label === 'utf-8' || (label === undefined && utf8 !== null)) {
    if (utf8 !== null) return { html: utf8, encoding: 'utf-8' };
    // declared UTF-8 but is not: pages saved from GB systems often say so wrongly
    label = 'gb18030';
  }
  if (label === 'big5' || label === 'gb18030') {
    // a page declared GB that is valid UTF-8 with non-ASCII text was re-saved as UTF-8
    if (utf8 !== null && /[\u0080-\uffff]/.test(utf8) && tryDecode(label, bytes, true) === null) return { html: utf8, encoding: 'utf-8' };
    const text = tryDecode(label, bytes, false) ?? '';
    const bad = text.match(REPLACEMENT)?.length ?? 0;
    if (bad <= Math.max(2, text.length / 1000)) return { html: text, encoding: label === 'big5' ? 'big5' : 'gb18030' };
  }
  if (label === undefined) {
    const gb = tryDecode('gb18030', bytes, true);
    if (gb !== null) return { html: gb, encoding: 'gb18030' };
  }
  throw new IngestError(
    `无法识别网页的编码${declared ? `（网页声明为 ${declared}，但内容不符）` : ''}：请在浏览器中打开后“另存为”网页（UTF-8），或复制正文另存为 .txt。`,
  );
}

// ------------------------------------------------------------------ article body

/** never text of the report */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'button', 'textarea', 'input', 'nav', 'head', 'title', 'map', 'audio', 'video', 'header', 'footer', 'aside',
  'link', 'meta', 'base',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'menu', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th', 'body', 'html', 'legend', 'listing', 'plaintext', 'xmp',
]);
/** class or id of the boxes government pages put the article in */
const CONTENT_HINT =
  /zoom|trs_?(?:ue)?editor|custom_?unionstyle|article|content|detail|zhengwen|^zw|^wz|xxgk|art_?con|news_?con|pages?_?con|main|^text|^con$|^nr$|bg_?con/i;
/** class or id of navigation and page chrome */
const CHROME_HINT = /^(?:nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|share|sidebar|copyright|bottom|topbar|position|location|dqwz)(?:[-_]\w*)?$|[-_](?:nav|footer|breadcrumb|copyright|share|menu)$/i;
const TITLE_HINT = /title|^tit|^bt$|biaoti|headline/i;

function tokens(el: Element): string[] {
  const out: string[] = [];
  const id = el.properties?.id;
  if (typeof id === 'string') out.push(id);
  const className = el.properties?.className;
  if (Array.isArray(className)) for (const c of className) out.push(String(c));
  return out;
}

function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden === true || p.ariaHidden === 'true') return true;
  const style = typeof p.style === 'string' ? p.style : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isChrome(el: Element): boolean {
  return DROP.has(el.tagName) || isHidden(el) || tokens(el).some((t) => CHROME_HINT.test(t));
}

function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

function children(node: HastRoot | Element): (RootContent | ElementContent)[] {
  return node.children as (RootContent | ElementContent)[];
}

/** CJK characters under each element, page chrome left out */
function cjkCounts(root: HastRoot): Map<Element, number> {
  const counts = new Map<Element, number>();
  const visit = (node: RootContent | ElementContent): number => {
    if (node.type === 'text') return countCjk(node.value);
    if (node.type !== 'element') return 0;
    if (isChrome(node)) {
      counts.set(node, 0);
      return 0;
    }
    let n = 0;
    for (const c of children(node)) n += visit(c);
    counts.set(node, n);
    return n;
  };
  for (const c of root.children) visit(c);
  return counts;
}

function findElement(root: HastRoot | Element, test: (el: Element) => boolean): Element | undefined {
  for (const c of children(root)) {
    if (c.type !== 'element') continue;
    if (test(c)) return c;
    const found = findElement(c, test);
    if (found) return found;
  }
  return undefined;
}

function allElements(root: HastRoot | Element, out: { el: Element; depth: number }[] = [], depth = 0) {
  for (const c of children(root)) {
    if (c.type !== 'element') continue;
    out.push({ el: c, depth });
    allElements(c, out, depth + 1);
  }
  return out;
}

const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'span', 'font', 'strong', 'b', 'br', 'ul', 'ol', 'blockquote', 'pre', 'center']);

/**
 * The element holding the report: a known content box (#zoom, .TRS_Editor,
 * article, .content…) with most of the page's Chinese text, else the element
 * whose own paragraphs hold the most text, else the body.
 */
export function articleRoot(tree: HastRoot): Element | HastRoot {
  const body = findElement(tree, (el) => el.tagName === 'body') ?? tree;
  const counts = cjkCounts(tree);
  const total = body.type === 'element' ? (counts.get(body) ?? 0) : [...counts.values()].reduce((a, b) => Math.max(a, b), 0);
  if (total === 0) return body;
  const elements = allElements(body).filter(({ el }) => (counts.get(el) ?? 0) > 0);
  const hinted = elements.filter(({ el }) => el.tagName === 'article' || el.tagName === 'main' || tokens(el).some((t) => CONTENT_HINT.test(t)));
  const best = Math.max(0, ...hinted.map(({ el }) => counts.get(el) ?? 0));
  if (best >= total * 0.3) {
    // the innermost box that still holds most of that text (a wrapper also holds the title, the date line…)
    const near = hinted.filter(({ el }) => (counts.get(el) ?? 0) >= best * 0.6);
    near.sort((a, b) => b.depth - a.depth);
    return near[0].el;
  }
  let densest: Element | undefined;
  let densestScore = 0;
  for (const { el } of elements) {
    let score = 0;
    for (const c of el.children) {
      if (c.type === 'text') score += countCjk(c.value);
      else if (c.type === 'element' && PARAGRAPH_LIKE.has(c.tagName)) score += counts.get(c) ?? 0;
    }
    if (score > densestScore) {
      densestScore = score;
      densest = el;
    }
  }
  return densest && densestScore >= total * 0.3 ? densest : body;
}

function plainText(node: RootContent | ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    if (node.type === 'element' && DROP.has(node.tagName) && node.tagName !== 'title') return '';
    return children(node).map(plainText).join('');
  }
  return '';
}

const REPORT_WORD = /报告/;

/**
 * The report's title when the page prints it above the article box
 * (`<h1 class="title">` beside `#zoom`): the nearest title-like element
 * before the box that names a report, else the part of `<title>` that does.
 */
function titleOutside(tree: HastRoot, root: Element | HastRoot): Element | undefined {
  const rootStart = root.position?.start.offset;
  if (rootStart === undefined) return undefined;
  let found: Element | undefined;
  const visit = (node: HastRoot | Element) => {
    for (const c of children(node)) {
      if (c.type !== 'element' || c === root) continue;
      const start = c.position?.start.offset ?? Infinity;
      if (start >= rootStart) return;
      if (DROP.has(c.tagName) && c.tagName !== 'header') continue;
      const titleLike = /^h[1-4]$/.test(c.tagName) || tokens(c).some((t) => TITLE_HINT.test(t));
      if (titleLike) {
        const text = plainText(c).trim();
        if (REPORT_WORD.test(text) && text.length <= 120) found = c;
      }
      visit(c);
    }
  };
  visit(tree);
  return found;
}

// ------------------------------------------------------------------ text view

const COLLAPSIBLE = /[ \t\n\r\f\u00a0\u3000]/;
/** characters after which (or before which) a line break in the source is no space */
function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f) || c === 0x201c || c === 0x201d;
}

/** Source offsets of a text node's characters: entities and CRLF make the source longer than the value. */
function offsetsOf(node: HastText, html: string): number[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = node.value;
  if (start === undefined || end === undefined) return new Array<number>(value.length).fill(-1);
  if (end - start === value.length) return Array.from({ length: value.length }, (_, i) => start + i);
  const out: number[] = [];
  let i = start;
  for (let j = 0; j < value.length; j++) {
    out.push(Math.min(i, end - 1));
    if (i >= end) continue;
    const ch = html[i];
    if (ch === '&') {
      const semi = html.indexOf(';', i);
      const named = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i.exec(html.slice(i, i + 40));
      if (named && named[0].length > 1 && html[i + 1] !== ' ') {
        i += named[0].length;
        if (semi === i - 1 || !named[0].endsWith(';')) {
          // one character, or a surrogate pair for an astral one
          const code = value.charCodeAt(j);
          if (code >= 0xd800 && code <= 0xdbff && j + 1 < value.length) {
            out.push(out[out.length - 1]);
            j++;
          }
        }
        continue;
      }
    }
    if (ch === '\r' && html[i + 1] === '\n' && value[j] === '\n') {
      i += 2;
      continue;
    }
    i += 1;
  }
  return out;
}

interface Buffer {
  chars: string[];
  src: number[];
  /** a run of whitespace waiting for the next character: its source offset and whether it held a line break */
  pending: { src: number; newline: boolean } | null;
}

const newBuffer = (): Buffer => ({ chars: [], src: [], pending: null });

function appendText(buf: Buffer, value: string, offsets: readonly number[]): void {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (COLLAPSIBLE.test(ch)) {
      if (buf.chars.length === 0) continue;
      if (buf.pending) buf.pending.newline ||= ch === '\n' || ch === '\r';
      else buf.pending = { src: offsets[i], newline: ch === '\n' || ch === '\r' };
      continue;
    }
    if (buf.pending) {
      const prev = buf.chars[buf.chars.length - 1];
      if (!(buf.pending.newline && (isWide(prev) || isWide(ch)))) {
        buf.chars.push(' ');
        buf.src.push(buf.pending.src);
      }
      buf.pending = null;
    }
    buf.chars.push(ch);
    buf.src.push(offsets[i]);
  }
}

/** a block boundary inside a table cell: a soft break, a space only between Latin words */
function softBreak(buf: Buffer): void {
  if (buf.chars.length > 0 && !buf.pending) buf.pending = { src: buf.src[buf.src.length - 1], newline: true };
}

function cellSpan(el: Element, key: 'rowSpan' | 'colSpan', max: number): number {
  const raw = el.properties?.[key];
  const n = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? '1'), 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return key === 'rowSpan' ? max : 1;
  return Math.min(n, max);
}

const MAX_COLUMNS = 64;
const MAX_ROWS = 2000;

const EMPHASIS = new Set(['strong', 'b', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** a numbered heading ("一、总体情况") is a part of the report, not a line of its title */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)])/;

class ViewWriter {
  readonly lines: ViewLine[] = [];
  private line = newBuffer();
  private tableCount = 0;
  /** how many emphasis elements (strong, b, h1–h6) enclose the text being written */
  private emphasis = 0;
  /** whether every character of the current line is emphasised */
  private lineEmphasised = true;
  /** the current block has had a line already: the next line continues it (`<br>`) */
  private inBlock = false;
  /** still among the emphasised lines at the top of the document */
  private leading = true;
  /** how many <article> elements enclose the node being written */
  private articleDepth = 0;

  constructor(private readonly html: string) {}

  /** end the current line; `soft`: a line break inside the block (`<br>`) */
  breakLine(soft = false): void {
    const { chars, src } = this.line;
    if (chars.length > 0) {
      const line: ViewLine = { text: chars.join(''), src: [...src] };
      if (this.inBlock) line.continues = true;
      if (this.leading && this.lineEmphasised && chars.length <= 60 && !NUMBERED.test(line.text)) line.title = true;
      else this.leading = false;
      this.lines.push(line);
      this.inBlock = soft;
    } else if (!soft) {
      this.inBlock = false;
    }
    this.line = newBuffer();
    this.lineEmphasised = true;
  }

  private text(value: string, offsets: number[]): void {
    const before = this.line.chars.length;
    appendText(this.line, value, offsets);
    if (this.line.chars.length > before && this.emphasis === 0) this.lineEmphasised = false;
  }

  walk(node: RootContent | ElementContent | HastRoot, buf: Buffer | null = null): void {
    if (node.type === 'text') {
      if (buf) appendText(buf, node.value, offsetsOf(node, this.html));
      else this.text(node.value, offsetsOf(node, this.html));
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      // an <article>'s own <header> holds its title and date, not the page's banner
      if (isChrome(node) && !(node.tagName === 'header' && this.articleDepth > 0)) return;
      if (node.tagName === 'br' || node.tagName === 'hr') {
        if (buf) softBreak(buf);
        else this.breakLine(node.tagName === 'br');
        return;
      }
      if (node.tagName === 'table' && !buf) {
        this.table(node);
        return;
      }
      if (node.tagName === 'img') return;
    }
    const block = node.type === 'element' && BLOCK.has(node.tagName);
    if (block) {
      if (buf) softBreak(buf);
      else this.breakLine();
    }
    const emphasis = node.type === 'element' && EMPHASIS.has(node.tagName);
    const article = node.type === 'element' && node.tagName === 'article';
    if (emphasis) this.emphasis++;
    if (article) this.articleDepth++;
    for (const c of children(node)) this.walk(c, buf);
    if (emphasis) this.emphasis--;
    if (article) this.articleDepth--;
    if (block) {
      if (buf) softBreak(buf);
      else this.breakLine();
    }
  }

  private rowsOf(table: Element): Element[] {
    const rows: Element[] = [];
    const visit = (el: Element) => {
      for (const c of el.children) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'tr') rows.push(c);
        else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
      }
    };
    visit(table);
    return rows.slice(0, MAX_ROWS);
  }

  /** A table: its grid with rowspan/colspan expanded, one TAB-separated line per row. A layout table is read as blocks. */
  private table(table: Element): void {
    this.breakLine();
    const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
    if (caption) {
      this.walk(caption);
      this.breakLine();
    }
    const rows = this.rowsOf(table).map((tr) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
    const texts = rows.map((cells) =>
      cells.map((cell) => {
        const b = newBuffer();
        for (const c of cell.children) this.walk(c, b);
        return { text: b.chars.join(''), src: b.src };
      }),
    );
    const width = Math.max(0, ...rows.map((cells) => cells.reduce((n, c) => n + cellSpan(c, 'colSpan', MAX_COLUMNS), 0)));
    const layout =
      width <= 1 ||
      rows.some((cells) => cells.some((c) => findElement(c, (el) => el.tagName === 'table'))) ||
      texts.some((cells) => cells.some((c) => countCjk(c.text) > 300));
    if (layout) {
      for (const cells of rows) {
        for (const cell of cells) {
          this.walk(cell);
          this.breakLine();
        }
      }
      return;
    }
    // grid[r][c] = the cell starting there, or null under a merged cell
    const grid: ({ r: number; i: number } | null | undefined)[][] = rows.map(() => []);
    rows.forEach((cells, r) => {
      let c = 0;
      cells.forEach((cell, i) => {
        while (grid[r][c] !== undefined) c++;
        const colSpan = cellSpan(cell, 'colSpan', MAX_COLUMNS);
        const rowSpan = Math.min(cellSpan(cell, 'rowSpan', rows.length - r), rows.length - r);
        for (let dr = 0; dr < rowSpan; dr++) {
          for (let dc = 0; dc < colSpan && c + dc < MAX_COLUMNS; dc++) {
            grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { r, i } : null;
          }
        }
        c += colSpan;
      });
    });
    const columns = Math.min(MAX_COLUMNS, Math.max(0, ...grid.map((g) => g.length)));
    const tableNumber = ++this.tableCount;
    let rowNumber = 0;
    grid.forEach((slots) => {
      rowNumber++;
      const origins = slots.filter((s): s is { r: number; i: number } => !!s);
      if (!origins.some((o) => texts[o.r][o.i].text.trim() !== '')) return;
      const chars: string[] = [];
      const src: number[] = [];
      const cells: NonNullable<ViewLine['cells']> = [];
      for (let c = 0; c < columns; c++) {
        if (c > 0) {
          chars.push('\t');
          src.push(src.length > 0 ? src[src.length - 1] : -1);
        }
        const slot = slots[c];
        const start = chars.length;
        if (slot) {
          const t = texts[slot.r][slot.i];
          const text = t.text.replace(/\t/g, ' ');
          let s = 0;
          let e = text.length;
          while (s < e && /\s/.test(text[s])) s++;
          while (e > s && /\s/.test(text[e - 1])) e--;
          for (let k = s; k < e; k++) {
            chars.push(text[k]);
            src.push(t.src[k]);
          }
          cells.push({ start, end: chars.length, text: text.slice(s, e), column: c + 1 });
        } else {
          cells.push({ start, end: start, text: '', column: c + 1 });
        }
      }
      this.lines.push({ text: chars.join(''), src, table: tableNumber, row: rowNumber, cells });
      this.leading = false;
    });
  }
}

export interface HtmlViewOptions {
  /** read the whole document (Word output), not just the article box of a web page */
  wholeDocument?: boolean;
}

const processor = unified().use(rehypeParse);

/** Parse HTML (positions into `html`) and build its text view. */
export function htmlToView(html: string, options: HtmlViewOptions = {}): TextView {
  const tree = processor.parse(html) as HastRoot;
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
