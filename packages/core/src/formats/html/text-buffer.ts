import type { Text as HastText } from 'hast';
import { isEastAsian } from '../../text/chars.js';

/**
 * A line of the text view under construction: HTML whitespace collapsed as
 * a browser does (a line break between Chinese characters is no space), and
 * every character's offset in the HTML source.
 */

const COLLAPSIBLE = /[ \t\n\r\f\u00a0\u3000]/;

/** Source offsets of a text node's characters: entities and CRLF make the source longer than the value. */
export function offsetsOf(node: HastText, html: string): number[] {
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

export interface TextBuffer {
  chars: string[];
  src: number[];
  /** a run of whitespace waiting for the next character: its source offset and whether it held a line break */
  pending: { src: number; newline: boolean } | null;
}

export const newBuffer = (): TextBuffer => ({ chars: [], src: [], pending: null });

export function appendText(buf: TextBuffer, value: string, offsets: readonly number[]): void {
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
      if (!(buf.pending.newline && (isEastAsian(prev) || isEastAsian(ch)))) {
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
export function softBreak(buf: TextBuffer): void {
  if (buf.chars.length > 0 && !buf.pending) buf.pending = { src: buf.src[buf.src.length - 1], newline: true };
}
