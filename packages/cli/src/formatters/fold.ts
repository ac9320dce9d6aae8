import { displayWidth } from './display-width.js';

/** a run of Latin letters, digits and ASCII punctuation is one word (not broken unless longer than a line); anything else is one character */
const TOKENS = /[\x21-\x7e]+|\s+|[\s\S]/gu;

/** punctuation that must not begin a line (Chinese line-breaking rules): it stays with the character before it */
const NO_LINE_START = /^[，。、；：！？）》」』】〕”’…—,.;:!?)\]]/u;

/**
 * Text folded into lines of at most `width` terminal columns (CJK characters
 * count two, by string-width). Breaks between Chinese characters, or at
 * spaces in Latin text; a closing mark never starts a line (the character
 * before it moves down with it). A Latin word longer than a line is broken.
 * The first line may be given less room (`firstWidth`), for a heading before it.
 */
export function foldToWidth(text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let room = firstWidth;
  let line: string[] = [];
  let used = 0;
  const flush = (): void => {
    lines.push(line.join('').trimEnd());
    line = [];
    used = 0;
    room = width;
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      if (used > 0 && used < room) {
        line.push(' ');
        used += 1;
      }
      continue;
    }
    const w = displayWidth(token);
    if (w > room && w > width) {
      // a word longer than a line: put it down in pieces
      for (const char of token) {
        const cw = displayWidth(char);
        if (used + cw > room) flush();
        line.push(char);
        used += cw;
      }
      continue;
    }
    if (used + w > room) {
      // a closing mark (or a run of them, “）。”) takes the character before it down to the next line
      const carried: string[] = [];
      let starts = token;
      while (NO_LINE_START.test(starts) && line.length > 1) {
        starts = line.pop()!;
        carried.unshift(starts);
      }
      flush();
      line.push(...carried);
      used = displayWidth(carried.join(''));
    }
    line.push(token);
    used += w;
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

/** text cut to at most `width` columns, with an ellipsis when it was longer */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const cw = displayWidth(char);
    if (used + cw > width - 1) break;
    out += char;
    used += cw;
  }
  return `${out}…`;
}
