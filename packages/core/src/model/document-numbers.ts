import { HAN_CLASS } from '../text/chars.js';
import type { NormalizedText } from '../text/normalize.js';
import type { DocumentNumber } from './types.js';

const OPEN = '〔［【﹝[(（';
const CLOSE = '〕］】﹞\\])）';

/**
 * issuer code (Chinese) · optional opening bracket · four-digit year ·
 * optional closing bracket · optional 第 · serial · 号. At least one bracket
 * must be there: "国办函202030号" cannot be split with certainty.
 */
const PATTERN = new RegExp(`([${HAN_CLASS}]{1,12})([${OPEN}]?)((?:19|20)\\d{2})([${CLOSE}]?)(第?)(\\d{1,5})号`, 'g');

/** the longest match: 12 characters of code, two brackets, the year, 第, five digits and 号 */
const LONGEST = 12 + 1 + 4 + 1 + 1 + 5 + 1;

/**
 * The matches of PATTERN over the text, as matchAll finds them, tried only
 * near each 号: a match ends at the first 号 after its year (the code before
 * the year is all Han and meets the tail only there), and is at most LONGEST
 * long, so the leftmost match from where the last one ended is the one
 * ending at the next 号 that ends any, and it lies in the LONGEST characters
 * up to that 号. Without this the pattern is tried at every Han character.
 */
function* patternMatches(text: string): Generator<{ groups: RegExpExecArray; index: number }> {
  let from = 0;
  for (let hao = text.indexOf('号', from); hao >= 0; hao = text.indexOf('号', Math.max(from, hao + 1))) {
    const start = Math.max(from, hao + 1 - LONGEST);
    PATTERN.lastIndex = 0;
    const m = PATTERN.exec(text.slice(start, hao + 1));
    if (!m) continue;
    yield { groups: m, index: start + m.index };
    from = hao + 1;
  }
}

/** characters that end a word, not an issuer's code: "截至(2021)…", "共(2021)…" */
const NOT_AN_ISSUER = /[年月日第至到和及与或为是在于共计约从自起止号的]$/;

/** 文号 in normalised prose (whitespace removed, each character mapped to the original). */
export function findDocumentNumbers(prose: NormalizedText, source: string): DocumentNumber[] {
  const out: DocumentNumber[] = [];
  for (const { groups, index: start } of patternMatches(prose.value)) {
    const [whole, prefix, open, year, close, ordinal, serial] = groups;
    if (!open && !close) continue;
    if (NOT_AN_ISSUER.test(prefix)) continue;
    const afterPrefix = start + prefix.length;
    const end = start + whole.length;
    const range = prose.toRange(start, end);
    // the spaces between the issuer's code and the year belong to the part GB/T 9704 governs
    const prefixEndOriginal = prose.map[afterPrefix - 1] + 1;
    const numberStartOriginal = prose.map[afterPrefix];
    const gap = source.slice(prefixEndOriginal, numberStartOriginal);
    const numberRange: [number, number] = [/^[ \t\u3000]*$/.test(gap) ? prefixEndOriginal : numberStartOriginal, range[1]];
    out.push({
      text: whole,
      prefix,
      year: Number(year),
      serial,
      open,
      close,
      ordinal: ordinal === '第',
      canonical: open === '〔' && close === '〕' && ordinal === '' && !/^0/.test(serial),
      range,
      numberRange,
    });
  }
  return out;
}
