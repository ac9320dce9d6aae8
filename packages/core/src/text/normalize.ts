import type { Range } from '../range.js';
import { isAsciiAlphanumeric, isHan } from './chars.js';

/**
 * Text with the whitespace that extraction scatters through Chinese removed
 * ("2022 年", "信息处\n理费", "三 、本 年 度"), keeping for every character its
 * offset in the original text, so findings point at what the user wrote.
 */
export interface NormalizedText {
  readonly value: string;
  /** map[i] = original offset of value[i] */
  readonly map: readonly number[];
  /** value with full-width forms folded to one spelling, same length as value */
  readonly folded: string;
  /** original range covered by value[start, end) */
  toRange(start: number, end: number): Range;
  slice(start: number, end: number): NormalizedText;
  /** the part whose characters come from the original range [start, end) */
  within(range: Range): NormalizedText;
  /** the first index whose original offset is at or after `offset` (value.length if none) */
  indexFrom(offset: number): number;
}

const SPACE = /[\s\u3000\u00a0\ufeff]/;

export interface Segment {
  range: Range;
  /** starts a new block (paragraph, cell): a break is kept before it unless a word was cut */
  newBlock: boolean;
}

/** Normalise source segments, in order, into one text. */
export function normalizeSegments(source: string, segments: readonly Segment[]): NormalizedText {
  const chars: string[] = [];
  const map: number[] = [];
  for (const { range, newBlock } of segments) {
    const [start, end] = range;
    if (newBlock && chars.length > 0 && start < end) {
      const last = chars[chars.length - 1];
      // a paragraph break inside a word (extraction) joins; otherwise keep a break
      if (!isHan(last) && last !== '\n') {
        chars.push('\n');
        map.push(map[map.length - 1]);
      }
    }
    let pendingSpace = -1;
    for (let i = start; i < end; i++) {
      const ch = source[i];
      if (SPACE.test(ch)) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        const prev = chars[chars.length - 1];
        if (prev !== undefined && isAsciiAlphanumeric(prev) && isAsciiAlphanumeric(ch)) {
          chars.push(' ');
          map.push(pendingSpace);
        }
        pendingSpace = -1;
      }
      chars.push(ch);
      map.push(i);
    }
  }
  return makeNormalized(chars.join(''), map);
}

export function normalizeRange(source: string, range: Range): NormalizedText {
  return normalizeSegments(source, [{ range, newBlock: true }]);
}

/** Normalise a free string (not tied to a document): offsets are into the string. */
export function normalizeString(text: string): string {
  return normalizeRange(text, [0, text.length]).value;
}

function makeNormalized(value: string, map: number[]): NormalizedText {
  let folded: string | undefined;
  return {
    value,
    map,
    get folded() {
      folded ??= foldWidth(value);
      return folded;
    },
    toRange(start: number, end: number): Range {
      if (value.length === 0) return [0, 0];
      const s = map[Math.min(start, map.length - 1)];
      const lastIndex = Math.min(Math.max(end - 1, start), map.length - 1);
      return [s, map[lastIndex] + 1];
    },
    slice(start: number, end: number): NormalizedText {
      return makeNormalized(value.slice(start, end), map.slice(start, end));
    },
    indexFrom(offset: number): number {
      return lowerBound(map, offset);
    },
    within(range: Range): NormalizedText {
      const from = lowerBound(map, range[0]);
      const to = lowerBound(map, range[1]);
      return makeNormalized(value.slice(from, to), map.slice(from, to));
    },
  };
}

function lowerBound(map: readonly number[], offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const FOLD: Record<string, string> = {
  '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '．': '.', '！': '!', '？': '?',
  '［': '[', '］': ']', '〔': '[', '〕': ']', '【': '[', '】': ']', '﹝': '[', '﹞': ']',
  '“': '"', '”': '"', '＂': '"', '‘': "'", '’': "'", '－': '-', '—': '-', '–': '-', '／': '/',
  '｜': '|', '％': '%', '＋': '+', '＝': '=',
};

/**
 * One spelling per character, length preserved: full-width ASCII → ASCII,
 * （）→(), 〔〕【】→[], curly quotes → straight.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = FOLD[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

/** Whitespace removed and widths folded: the key used to compare labels and headings. */
export function labelKey(text: string): string {
  return foldWidth(text.replace(/[\s\u3000\u00a0]+/g, '')).replace(/、/g, ',');
}
