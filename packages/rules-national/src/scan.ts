/**
 * What the writing-norm and privacy rules read: the report's running text
 * (the model's prose: outside tables, whitespace removed, every character
 * mapped to the user's file), with the stretches that are not Chinese prose
 * marked so that no rule looks inside them — URLs, e-mail addresses, inline
 * code and links (from the mdast), and, for the rules that ask, 文号.
 */
import type { NormalizedText, Range, RuleContext, SkipOptions } from '@xxgk-lint/core';

export interface Scan {
  prose: NormalizedText;
  /** skip[i] = 1: prose character i is inside a URL, e-mail, code, link or (on request) a 文号 */
  skip: Uint8Array;
  /** original range of prose[start, end) */
  range(start: number, end: number): Range;
  /** true when any character of prose[start, end) is skipped */
  skipped(start: number, end: number): boolean;
}

/** the report's prose with the model's skip-mask (AnnualReport.skip), built once per document */
export function scanProse(context: Pick<RuleContext, 'annualReport'>, options: SkipOptions = {}): Scan {
  const report = context.annualReport;
  const prose = report.prose;
  return {
    prose,
    skip: report.skip.proseMask(options),
    range: (start, end) => prose.toRange(start, end),
    skipped: (start, end) => report.skip.inProse(start, end, options),
  };
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
