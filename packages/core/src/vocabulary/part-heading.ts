import { isSpaceUnit, labelKey, normalizeRange } from '../text/normalize.js';
import { CHINESE_NUMERALS, PART_TITLES, PART_TITLE_VARIANTS, chineseNumeralValue } from './labels.js';
import type { Range } from '../range.js';
import type { PartNumber } from './types.js';

export interface PartHeadingMatch {
  number: PartNumber;
  writtenNumber: number | null;
  /** the heading without markdown markers, in the original text */
  range: Range;
  titleRange: Range;
  /** title as written, whitespace removed */
  title: string;
  canonical: boolean;
  acceptedVariant: boolean;
}

const NUMERAL = new RegExp(`^([${CHINESE_NUMERALS.join('')}]{1,2})[、.．，,:：]`);
const TABLE_LABEL_WORDS = /数量|结转|办理结果|继续办理|予以公开|不予|合计/;
const MAX_TITLE = 30;

const NUMERAL_UNITS = new Set(CHINESE_NUMERALS.map((n) => n.charCodeAt(0)));
const MARKER_UNITS = new Set(['#', '>', '*', '_'].map((c) => c.charCodeAt(0)));

/**
 * The pre-check of matchPartHeading, on the raw line: past the spaces
 * (which normalising removes) and the Markdown markers # > * _ (which it
 * strips), a heading's first character is a Chinese numeral. Most lines
 * fail here without being normalised.
 */
function startsWithNumeral(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code) || MARKER_UNITS.has(code)) continue;
    return NUMERAL_UNITS.has(code);
  }
  return false;
}

/** Which statutory part a heading title names, by its wording. */
export function partOfTitle(title: string): PartNumber | null {
  const key = labelKey(title);
  if (TABLE_LABEL_WORDS.test(key)) return null;
  if (/复议|诉讼/.test(key)) return 4;
  if (/申请/.test(key)) return 3;
  if (/主动公开/.test(key)) return 2;
  if (/其他/.test(key) && /事项|报告/.test(key)) return 6;
  if (/问题|改进/.test(key)) return 5;
  if (/^(总体情况|概述|总体|基本情况)/.test(key)) return 1;
  return null;
}

function classify(number: PartNumber, title: string): { canonical: boolean; acceptedVariant: boolean } {
  const key = labelKey(title).replace(/[。.:：]$/, '');
  const canonical = key === labelKey(PART_TITLES[number]);
  const acceptedVariant = !canonical && PART_TITLE_VARIANTS[number].some((v) => labelKey(v) === key);
  return { canonical, acceptedVariant };
}

/**
 * A part heading on one line: "三、收到和处理政府信息公开申请情况", also with
 * markdown markers ("## 一、总体情况", "**二、…**"), spaces from PDF
 * extraction ("三 、收 到…"), or followed by text on the same line
 * ("一、总体情况。2022年…").
 */
export function matchPartHeading(text: string, lineStart: number, lineEnd: number): PartHeadingMatch | null {
  if (!startsWithNumeral(text, lineStart, lineEnd)) return null;
  const norm = normalizeRange(text, [lineStart, lineEnd]);
  let value = norm.value;
  let offset = 0;
  const lead = /^(#{1,6}|>|\*\*|__|\*|_)+/.exec(value);
  if (lead) {
    offset = lead[0].length;
    value = value.slice(offset);
  }
  const trail = /(\*\*|__|\*|_)+$/.exec(value);
  if (trail) value = value.slice(0, value.length - trail[0].length);
  const m = NUMERAL.exec(value);
  if (!m) return null;
  let titleStart = m[0].length;
  let title = value.slice(titleStart).replace(/[。：:]$/, '');
  if (title.length === 0) return null;
  // "一、总体情况。2022年……" / "六、其他需要报告的事项：无。": the heading ends at the first stop
  const head = /^[^。：:；;]+/.exec(title)?.[0];
  if (head && head !== title && partOfTitle(head) !== null) title = head;
  let number = partOfTitle(title);
  if (title.length > MAX_TITLE) {
    const inline = inlineCanonicalPrefix(title);
    if (!inline) return null;
    title = inline.title;
    number = inline.number;
  }
  if (number === null) return null;
  titleStart += offset;
  const titleEnd = titleStart + title.length;
  const headingEnd = /[。：:]/.test(norm.value[titleEnd] ?? '') ? titleEnd + 1 : titleEnd;
  return {
    number,
    writtenNumber: chineseNumeralValue(m[1]) ?? 0,
    range: norm.toRange(offset, headingEnd),
    titleRange: norm.toRange(titleStart, titleEnd),
    title,
    ...classify(number, title),
  };
}

function inlineCanonicalPrefix(title: string): { title: string; number: PartNumber } | null {
  const key = labelKey(title);
  for (const [n, canonical] of Object.entries(PART_TITLES)) {
    const candidates = [canonical, ...PART_TITLE_VARIANTS[Number(n) as PartNumber]];
    for (const c of candidates) {
      const ck = labelKey(c);
      if (key.startsWith(ck) && /^[。.:：,，]/.test(key.slice(ck.length))) {
        return { title: title.slice(0, c.replace(/\s/g, '').length), number: Number(n) as PartNumber };
      }
    }
  }
  return null;
}

const INLINE_NUMERAL = /([一二三四五六])\s*[、.．]/g;
/** what may stand right before an inline heading: a sentence end, a closing bracket, a table's last digit */
const INLINE_BOUNDARY = /[。；;：:！!？?）)」”"\d元%]/;
const INLINE_TITLE = /^[^。；;：:，,\d（(]{2,28}?(情况|事项)/;

/**
 * Part headings inside a line of running text, as a crawler flattens a page:
 * "…特编制此报告：一、总体情况2022年，……监督有力。二、主动公开政府信息情况第二十条…".
 * Only a numeral that continues the sequence (`after()` is the last part
 * found) and names its own part counts; the title is the part's wording
 * (canonical, an accepted variant, or a short title ending in 情况/事项).
 */
export function* findInlineHeadings(text: string, range: Range, after: () => number): Generator<PartHeadingMatch> {
  if (!mayHaveInlineNumeral(text, range)) return;
  const norm = normalizeRange(text, range);
  const value = norm.value;
  for (const m of value.matchAll(INLINE_NUMERAL)) {
    const at = m.index;
    if (at > 0 && !INLINE_BOUNDARY.test(value[at - 1])) continue;
    const number = (chineseNumeralValue(m[1]) ?? 0) as PartNumber;
    if (number <= after()) continue;
    const rest = value.slice(at + m[0].length, at + m[0].length + 40);
    const title = inlineTitle(number, rest);
    if (!title) continue;
    const titleStart = at + m[0].length;
    const titleEnd = titleStart + title.length;
    const headingEnd = /[。：:]/.test(value[titleEnd] ?? '') ? titleEnd + 1 : titleEnd;
    yield {
      number,
      writtenNumber: number,
      range: norm.toRange(at, headingEnd),
      titleRange: norm.toRange(titleStart, titleEnd),
      title,
      ...classify(number, title),
    };
  }
}

/** 一 二 三 四 五 六 as UTF-16 units (U+4E00–U+56DB: a range test first turns most characters away) */
function isInlineNumeralUnit(code: number): boolean {
  if (code < 0x4e00 || code > 0x56db) return false;
  return code === 0x4e00 || code === 0x4e8c || code === 0x4e09 || code === 0x56db || code === 0x4e94 || code === 0x516d;
}

/** 、 . ． */
const isInlineMarkUnit = (code: number) => code === 0x3001 || code === 0x2e || code === 0xff0e;

/**
 * The raw range has a numeral 一–六 followed, past whitespace, by 、 . or ．:
 * exactly when INLINE_NUMERAL matches its normalised text (normalising only
 * drops whitespace, or puts a space between two ASCII letters or digits).
 * Most lines have none, and are not normalised.
 */
export function mayHaveInlineNumeral(text: string, [start, end]: Range): boolean {
  for (let i = start; i < end; i++) {
    if (!isInlineNumeralUnit(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && isSpaceUnit(text.charCodeAt(j))) j++;
    if (j < end && isInlineMarkUnit(text.charCodeAt(j))) return true;
  }
  return false;
}

function inlineTitle(number: PartNumber, rest: string): string | null {
  const key = labelKey(rest);
  for (const c of [PART_TITLES[number], ...PART_TITLE_VARIANTS[number]]) {
    const ck = labelKey(c);
    if (key.startsWith(ck)) return rest.slice(0, ck.length);
  }
  const loose = INLINE_TITLE.exec(rest)?.[0];
  return loose && partOfTitle(loose) === number ? loose : null;
}
