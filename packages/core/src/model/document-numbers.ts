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

/** characters that end a word, not an issuer's code: "截至(2021)…", "共(2021)…" */
const NOT_AN_ISSUER = /[年月日第至到和及与或为是在于共计约从自起止号的]$/;

/** 文号 in normalised prose (whitespace removed, each character mapped to the original). */
export function findDocumentNumbers(prose: NormalizedText, source: string): DocumentNumber[] {
  const out: DocumentNumber[] = [];
  for (const m of prose.value.matchAll(PATTERN)) {
    const [whole, prefix, open, year, close, ordinal, serial] = m;
    if (!open && !close) continue;
    if (NOT_AN_ISSUER.test(prefix)) continue;
    const start = m.index ?? 0;
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
