import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { ViewLine } from '../text-view.js';
import { isChrome } from './chrome.js';
import type { CellOrigin } from './table-grid.js';
import { MAX_COLUMNS, MAX_ROWS, cellSpan, expandGrid } from './table-grid.js';
import type { TextBuffer } from './text-buffer.js';
import { appendText, newBuffer, offsetsOf, softBreak } from './text-buffer.js';
import { children, countHan, findElement } from './tree.js';

/**
 * Writes a page's text view, line by line: one line per block (paragraph,
 * heading, list item), `<br>` a line of the same block, the emphasised lines
 * at the top kept together as the title, each table row one TAB-separated
 * line on the table's grid. A layout table is read as blocks.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'menu', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th', 'body', 'html', 'legend', 'listing', 'plaintext', 'xmp',
]);

const EMPHASIS = new Set(['strong', 'b', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** a numbered heading ("一、总体情况") is a part of the report, not a line of its title */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)])/;

export class ViewWriter {
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

  walk(node: RootContent | ElementContent | HastRoot, buf: TextBuffer | null = null): void {
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
      texts.some((cells) => cells.some((c) => countHan(c.text) > 300));
    if (layout) {
      for (const cells of rows) {
        for (const cell of cells) {
          this.walk(cell);
          this.breakLine();
        }
      }
      return;
    }
    const grid = expandGrid(rows);
    const columns = Math.min(MAX_COLUMNS, Math.max(0, ...grid.map((g) => g.length)));
    const tableNumber = ++this.tableCount;
    let rowNumber = 0;
    grid.forEach((slots) => {
      rowNumber++;
      const origins = slots.filter((s): s is CellOrigin => !!s);
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
