/**
 * What the writing-norm and privacy rules read: the report's running text
 * (the model's prose: outside tables, whitespace removed, every character
 * mapped to the user's file), with the stretches that are not Chinese prose
 * marked so that no rule looks inside them — URLs, e-mail addresses, inline
 * code and links (from the mdast), and, for the rules that ask, 文号.
 */
import type { NormalizedText, Range, RuleContext } from '@xxgk-lint/core';
import { isCjk } from '@xxgk-lint/core';

export interface Scan {
  prose: NormalizedText;
  /** skip[i] = 1: prose character i is inside a URL, e-mail, code, link or (on request) a 文号 */
  skip: Uint8Array;
  /** original range of prose[start, end) */
  range(start: number, end: number): Range;
  /** true when any character of prose[start, end) is skipped */
  skipped(start: number, end: number): boolean;
}

/** a URL's characters; a pair of round brackets inside a URL ("nb(2023).html") belongs to it, a lone one does not */
const URL_CHARS = "(?:[A-Za-z0-9\\-._~:/?#[\\]@!$&'*+,;=%]|\\([A-Za-z0-9\\-._~:/?#[\\]@!$&'*+,;=%]*\\))";
const URL = new RegExp(
  `(?:https?://|ftp://|www\\.)${URL_CHARS}+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:gov|com|cn|net|org|edu)(?:\\.cn)?(?:/${URL_CHARS}*)?`,
  'gi',
);
/** an autolink literal's URL, from its start: the link node itself runs on to the next space, over any Chinese after the URL */
const URL_PREFIX = new RegExp(`^${URL_CHARS}+`);
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

type AnyNode = { type: string; children?: AnyNode[]; position?: { start: { offset?: number }; end: { offset?: number } } };

function astRanges(root: AnyNode, source: string): Range[] {
  const out: Range[] = [];
  const walk = (node: AnyNode) => {
    if ((node.type === 'inlineCode' || node.type === 'link' || node.type === 'code' || node.type === 'html') && node.position) {
      const start = node.position.start.offset ?? 0;
      const end = node.position.end.offset ?? 0;
      out.push(node.type === 'link' ? linkRange(source, start, end) : [start, end]);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return out;
}

/**
 * "[文字](url)" and "<url>" are links as written; a bare URL that remark-gfm
 * autolinked covers only its URL characters (without trailing . , ; : ! ?), not the
 * "）上可下载本年度报告……" that a page without spaces runs on with.
 */
function linkRange(source: string, start: number, end: number): Range {
  const first = source[start];
  if (first === '[' || first === '<') return [start, end];
  const url = URL_PREFIX.exec(source.slice(start, end))?.[0].replace(/[.,;:!?]+$/, '');
  return url ? [start, start + url.length] : [start, end];
}

/** prose indices whose original offsets fall in [start, end) */
function markOriginal(prose: NormalizedText, skip: Uint8Array, [start, end]: Range): void {
  const map = prose.map;
  for (let i = prose.indexFrom(start); i < map.length && map[i] < end; i++) skip[i] = 1;
}

const cache = new WeakMap<object, Map<string, Scan>>();

export function scanProse(context: RuleContext, options: { documentNumbers?: boolean } = {}): Scan {
  const report = context.annualReport;
  const key = options.documentNumbers ? 'docno' : 'plain';
  const byReport = cache.get(report) ?? new Map<string, Scan>();
  cache.set(report, byReport);
  const hit = byReport.get(key);
  if (hit) return hit;
  const prose = report.prose;
  const skip = new Uint8Array(prose.value.length);
  for (const pattern of [URL, EMAIL]) {
    for (const m of prose.value.matchAll(pattern)) skip.fill(1, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const r of astRanges(context.sourceCode.ast as unknown as AnyNode, context.sourceCode.text)) markOriginal(prose, skip, r);
  if (options.documentNumbers) for (const d of report.documentNumbers) markOriginal(prose, skip, d.range);
  const scan: Scan = {
    prose,
    skip,
    range: (start, end) => prose.toRange(start, end),
    skipped: (start, end) => {
      for (let i = start; i < end; i++) if (skip[i]) return true;
      return false;
    },
  };
  byReport.set(key, scan);
  return scan;
}

/** CJK ideographs, and the full-width punctuation that sits among them */
export function isChineseContext(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isCjk(ch)) return true;
  return /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/.test(ch);
}

/** Luhn check (bank cards) */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** GB/T 2260 province codes: the first two digits of a citizen identity number */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

/** 18 characters laid out as a citizen identity number (province code, birth date from 1900 to `latestYear`), whatever its check digit */
export function isIdShaped(text: string, latestYear: number): boolean {
  if (!/^\d{17}[\dXx]$/.test(text) || !PROVINCES.has(Number(text.slice(0, 2)))) return false;
  const year = Number(text.slice(6, 10));
  return year >= 1900 && year <= latestYear && validDate(year, Number(text.slice(10, 12)), Number(text.slice(12, 14)));
}

/** GB 11643-1999 citizen identity number: region, birth date and check digit (18), or region and date (15) */
export function isResidentId(text: string): boolean {
  if (/^\d{17}[\dXx]$/.test(text)) {
    if (!/^[1-8]/.test(text)) return false;
    const year = Number(text.slice(6, 10));
    if (year < 1900 || year > 2100) return false;
    if (!validDate(year, Number(text.slice(10, 12)), Number(text.slice(12, 14)))) return false;
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(text[i]) * ID_WEIGHTS[i];
    return ID_CHECK[sum % 11] === text[17].toUpperCase();
  }
  if (/^\d{15}$/.test(text)) {
    if (!/^[1-8]/.test(text)) return false;
    return validDate(1900 + Number(text.slice(6, 8)), Number(text.slice(8, 10)), Number(text.slice(10, 12)));
  }
  return false;
}
