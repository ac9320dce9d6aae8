/**
 * One walk of the prose for the punctuation rules: the prose indices of the
 * half-width marks , ; : ? ! ( ) and of the paired marks “ ” 《 》 （ ） 〔 〕,
 * outside the skip-mask (URLs, e-mail, code, links, 文号), in order.
 * fullwidth-punctuation and paired-punctuation both read it, so a document's
 * prose is walked once for both (context.cache), and neither rule touches
 * the characters between the marks.
 */
import type { RuleContext } from '@xxgk-lint/core';
import type { Scan } from './scan.js';
import { scanProse } from './scan.js';

export interface PunctuationMarks {
  /** the prose and the skip-mask with 文号 (scanProse with documentNumbers) */
  scan: Scan;
  /** ascending prose indices of the marks above, none of them skipped */
  at: readonly number[];
}

/** , ; : ? ! ( ) */
const ASCII_MARK = new Uint8Array(0x80);
for (const ch of ',;:?!()') ASCII_MARK[ch.charCodeAt(0)] = 1;

/** “ ” 《 》 （ ） 〔 〕 */
function isPairedMark(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0x300a || code === 0x300b || code === 0xff08 || code === 0xff09 || code === 0x3014 || code === 0x3015;
}

function findMarks(context: Pick<RuleContext, 'annualReport'>): PunctuationMarks {
  const scan = scanProse(context, { documentNumbers: true });
  const text = scan.prose.value;
  const skip = scan.skip;
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x80 ? ASCII_MARK[code] === 1 : code >= 0x201c && isPairedMark(code)) && !skip[i]) at.push(i);
  }
  return { scan, at };
}

/** the marks of this document, found once and shared */
export function punctuationMarks(context: Pick<RuleContext, 'annualReport' | 'cache'>): PunctuationMarks {
  return context.cache('national/punctuation-marks', () => findMarks(context));
}
