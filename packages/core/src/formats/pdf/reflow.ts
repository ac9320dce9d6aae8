import { isAsciiLetter, lastChar } from '../../text/chars.js';
import { isBreak } from '../../text/sentences.js';
import type { PageLine, PdfView } from './types.js';

/**
 * A PDF's lines, page after page, as one text: page footers left out,
 * indentation kept, lines wrapped inside a paragraph joined again (the line
 * before reaches the right margin, this one starts at the left margin, is no
 * heading, and the one before does not end a sentence).
 */

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
/** a line ending a sentence or at ；or ： is not wrapped into the next one */
const LINE_END_BREAKS = { semicolons: true, colons: true } as const;

interface OutLine {
  chars: string;
  page: number[];
  line: number[];
  column: number[];
  blankBefore: boolean;
}

/** Lines of all pages → view text, joining lines wrapped inside a paragraph. */
export function reflow(pages: PageLine[][]): Omit<PdfView, 'lineText' | 'pages'> {
  const kept = pages.map((lines) => lines.filter((l) => !l.footer));
  const prose = kept.flat().filter((l) => !l.gapped && l.text.length >= 10);
  // reduce, not Math.min(...): the lines of a long document are too many arguments for one call
  const margin = mode(prose.map((l) => l.x0), 1) ?? kept.flat().reduce((m, l) => Math.min(m, l.x0), Infinity);
  const right = mode(prose.map((l) => l.x1), 2) ?? kept.flat().reduce((m, l) => Math.max(m, l.x1), -Infinity);
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
        !isBreak(lastChar(previous.text), LINE_END_BREAKS) &&
        !HEADING_START.test(l.text);
      if (joins) {
        const a = last.chars[last.chars.length - 1];
        const b = l.text[0];
        if (isAsciiLetter(a) && isAsciiLetter(b)) {
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
    // a loop, not push(...): a 140k-character paragraph is one line, and a spread of it overflows the stack
    for (let k = 0; k < l.page.length; k++) {
      page.push(l.page[k]);
      line.push(l.line[k]);
      column.push(l.column[k]);
    }
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
