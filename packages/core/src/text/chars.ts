/**
 * The character classes the linter reads Chinese text by, one definition
 * each. Every test takes one character (a string of one code point, or
 * undefined for "before the start / after the end") and looks at its first
 * code point.
 */

type Char = string | undefined;

const codeOf = (ch: Char): number => (ch ? (ch.codePointAt(0) ?? -1) : -1);
const within = (code: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([from, to]) => code >= from && code <= to);

/**
 * Han ideographs:
 * - U+3400–U+4DBF CJK Unified Ideographs Extension A
 * - U+4E00–U+9FFF CJK Unified Ideographs
 * - U+F900–U+FAFF CJK Compatibility Ideographs
 * - U+20000–U+323AF Extensions B–H and the Compatibility Ideographs Supplement
 * 〇 (U+3007) and 々 (U+3005) sit in the CJK Symbols block: they count as
 * full-width punctuation here, and so as Chinese context.
 */
const HAN: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x323af],
];

/** a Han ideograph (see HAN for the ranges) */
export function isHan(ch: Char): boolean {
  return within(codeOf(ch), HAN);
}

/**
 * The punctuation written among Chinese characters:
 * - U+3000–U+303F CJK Symbols and Punctuation (ideographic space, 、。〃〇《》「」『』【】〔〕〖〗…)
 * - U+FF01–U+FF0F, U+FF1A–U+FF20, U+FF3B–U+FF40, U+FF5B–U+FF65 full-width
 *   forms of the ASCII punctuation (！＂＃…，－．／ ：；＜＝＞？＠ ［＼］＾＿｀ ｛｜｝～) and the half-width CJK marks
 * - “ ” ‘ ’ … — · from General Punctuation and Latin-1, as Chinese typesetting uses them
 */
const FULL_WIDTH_PUNCTUATION: readonly [number, number][] = [
  [0x3000, 0x303f],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];
const CHINESE_TYPOGRAPHY = new Set(['“', '”', '‘', '’', '…', '—', '·']);

/** full-width punctuation, as written among Chinese characters (see FULL_WIDTH_PUNCTUATION) */
export function isFullWidthPunctuation(ch: Char): boolean {
  return within(codeOf(ch), FULL_WIDTH_PUNCTUATION) || (ch !== undefined && CHINESE_TYPOGRAPHY.has(ch));
}

/** Chinese context: a Han ideograph or the full-width punctuation around it */
export function isChineseContext(ch: Char): boolean {
  return isHan(ch) || isFullWidthPunctuation(ch);
}

/** A–Z, a–z */
export function isAsciiLetter(ch: Char): boolean {
  const code = codeOf(ch);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** 0–9 */
export function isAsciiDigit(ch: Char): boolean {
  const code = codeOf(ch);
  return code >= 0x30 && code <= 0x39;
}

/** A–Z, a–z, 0–9: the characters of a Latin word or a number */
export function isAsciiAlphanumeric(ch: Char): boolean {
  return isAsciiLetter(ch) || isAsciiDigit(ch);
}

/** ０–９ (U+FF10–U+FF19) */
export function isFullWidthDigit(ch: Char): boolean {
  const code = codeOf(ch);
  return code >= 0xff10 && code <= 0xff19;
}

/**
 * Wide in East Asian layout (a gap after it is typesetting, not a space):
 * - U+2460–U+24FF Enclosed Alphanumerics (①…)
 * - U+2E80–U+9FFF CJK radicals, symbols and punctuation, kana, enclosed CJK, Han
 * - U+F900–U+FAFF CJK Compatibility Ideographs
 * - U+FE30–U+FE4F CJK Compatibility Forms
 * - U+FF00–U+FFEF Half-width and Full-width Forms
 * - U+20000–U+323AF Han extensions B–H
 */
const WIDE: readonly [number, number][] = [
  [0x2460, 0x24ff],
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x323af],
];

/** a wide character in East Asian layout (see WIDE) */
export function isWide(ch: Char): boolean {
  return within(codeOf(ch), WIDE);
}

/**
 * The Han ranges of the Basic Multilingual Plane, for a regular expression's
 * character class: `new RegExp(`[${HAN_CLASS}]`)`. Without the `u` flag a
 * pattern sees UTF-16 units, so the astral extensions (B–H) are left out.
 */
export const HAN_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/**
 * Written in East Asian layout: a wide character (see WIDE) or the Chinese
 * typography set among them (“ ” ‘ ’ … — ·, see isFullWidthPunctuation).
 */
export function isEastAsian(ch: Char): boolean {
  return isWide(ch) || isChineseContext(ch);
}

/** U+0021–U+007E: the ASCII letters, digits and punctuation (the space left out) */
export function isPrintableAscii(ch: Char): boolean {
  const code = codeOf(ch);
  return code >= 0x21 && code <= 0x7e;
}

/** U+2010–U+2027 General Punctuation: dashes, quotes, daggers, bullets, leaders, the ellipsis */
export function isGeneralPunctuation(ch: Char): boolean {
  const code = codeOf(ch);
  return code >= 0x2010 && code <= 0x2027;
}

/** the last code point of a text (a surrogate pair read whole), or undefined for "" */
export function lastChar(text: string): string | undefined {
  if (text === '') return undefined;
  const low = text.charCodeAt(text.length - 1);
  const high = text.length >= 2 ? text.charCodeAt(text.length - 2) : 0;
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(isPair ? -2 : -1);
}
