import type { Range } from '../range.js';

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

/** the UTF-16 units of /[\s\u3000\u00a0\ufeff]/ (JavaScript's \s), without a regex per character: what normalising removes */
export function isSpaceUnit(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** isHan of one UTF-16 unit (a lone surrogate is not Han) */
function isHanUnit(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isAsciiAlphanumericUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export interface Segment {
  range: Range;
  /** starts a new block (paragraph, cell): a break is kept before it unless a word was cut */
  newBlock: boolean;
}

/** Normalise source segments, in order, into one text. */
export function normalizeSegments(source: string, segments: readonly Segment[]): NormalizedText {
  // runs of kept characters are sliced, not pushed one by one
  const pieces: string[] = [];
  const map: number[] = [];
  let lastCode = -1;
  for (const { range, newBlock } of segments) {
    const [start, end] = range;
    if (newBlock && map.length > 0 && start < end) {
      // a paragraph break inside a word (extraction) joins; otherwise keep a break
      if (!isHanUnit(lastCode) && lastCode !== 10) {
        pieces.push('\n');
        map.push(map[map.length - 1]);
        lastCode = 10;
      }
    }
    let pendingSpace = -1;
    let run = -1;
    for (let i = start; i < end; i++) {
      const code = source.charCodeAt(i);
      if (isSpaceUnit(code)) {
        if (run >= 0) pieces.push(source.slice(run, i));
        run = -1;
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        if (lastCode >= 0 && isAsciiAlphanumericUnit(lastCode) && isAsciiAlphanumericUnit(code)) {
          pieces.push(' ');
          map.push(pendingSpace);
        }
        pendingSpace = -1;
      }
      if (run < 0) run = i;
      map.push(i);
      lastCode = code;
    }
    if (run >= 0) pieces.push(source.slice(run, end));
  }
  return makeNormalized(pieces.join(''), map);
}

export function normalizeRange(source: string, range: Range): NormalizedText {
  return normalizeSegments(source, [{ range, newBlock: true }]);
}

/** Normalise a free string (not tied to a document): offsets are into the string. */
export function normalizeString(text: string): string {
  return normalizedValue(text, [0, text.length]);
}

/** normalizeRange(source, range).value, without the offset map (a line tested, not pointed into) */
export function normalizedValue(source: string, [start, end]: Range): string {
  let out = '';
  let lastCode = -1;
  let pendingSpace = false;
  let run = -1;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (isSpaceUnit(code)) {
      if (run >= 0) out += source.slice(run, i);
      run = -1;
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      if (lastCode >= 0 && isAsciiAlphanumericUnit(lastCode) && isAsciiAlphanumericUnit(code)) out += ' ';
      pendingSpace = false;
    }
    if (run < 0) run = i;
    lastCode = code;
  }
  if (run >= 0) out += source.slice(run, end);
  return out;
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

/** FOLD by UTF-16 unit; every full-width entry in it is also the U+FF01–U+FF5E shift */
const FOLD_UNIT = new Map(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to]));
/** the lowest unit FOLD_UNIT maps (–, U+2013): below it nothing folds */
const FOLD_FROM = Math.min(...FOLD_UNIT.keys());

/**
 * One spelling per character, length preserved: full-width ASCII → ASCII,
 * （）→(), 〔〕【】→[], curly quotes → straight.
 */
export function foldWidth(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLD_FROM) continue;
    const mapped = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : FOLD_UNIT.get(code);
    if (mapped === undefined) continue;
    out += text.slice(copied, i) + mapped;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** label keys asked for again and again (every cell against every label): kept, up to this many */
const LABEL_KEYS_KEPT = 20_000;
const labelKeys = new Map<string, string>();

/** Whitespace removed and widths folded: the key used to compare labels and headings. */
export function labelKey(text: string): string {
  let key = labelKeys.get(text);
  if (key === undefined) {
    key = foldWidth(text.replace(/[\s\u3000\u00a0]+/g, '')).replace(/、/g, ',');
    if (labelKeys.size >= LABEL_KEYS_KEPT) labelKeys.clear();
    labelKeys.set(text, key);
  }
  return key;
}
