import type { AnnualReport, BreakOptions, NormalizedText, Range } from '@xxgk-lint/core';
import { pieceEnd } from '@xxgk-lint/core';

/** what a preamble says: the basis it was drawn up on, the parts it has, the period of its data */
const BASIS = /(?:根据|依据|按照)[^。]{0,80}条例[^。]{0,80}编制/;
const PARTS = /(?:由|包括|包含|分为)[^。]{0,240}(?:部分|组成)/;
const PERIOD = /统计(?:期限|周期|时限|时段|区间)/;
/** a preamble before 一 at all: any of its statements, or the 条例 named */
const PREAMBLE_WORDS = /条例|编制|统计(?:期限|周期|时限|时段|区间)|部分组成/;
const MAX_SENTENCES = 4;
/** a preamble's sentence is short; a longer run is a crawler's flattened page */
const MAX_SENTENCE = 400;
/** a flattened page runs its lines together: only 。 ends a preamble's sentence */
const FULL_STOPS: BreakOptions = { exclamations: false, lineBreaks: false };

export interface MisplacedPreamble {
  /** the preamble's sentences as they stand under 一 */
  text: NormalizedText;
  range: Range;
}

/**
 * The preamble written under the heading 一、总体情况 instead of before it
 * (深圳龙岗某部门 2024): nothing of a preamble precedes part 一, and part 一
 * opens with sentences that say what a preamble says — the basis it was drawn
 * up on (根据《条例》…编制) and either the parts it has or the statistical
 * period. One of those alone is what an overview may well say; both are a
 * preamble.
 */
export function misplacedPreamble(report: AnnualReport, before: NormalizedText): MisplacedPreamble | null {
  const part = report.part(1);
  if (!part || part.found === 'inferred' || part !== report.parts[0]) return null;
  if (PREAMBLE_WORDS.test(before.value)) return null;
  const body = report.proseIn(part.bodyRange);
  const value = body.value;
  let start = 0;
  while (start < value.length && /[\s:：。]/.test(value[start])) start++;
  let end = start;
  let basis = false;
  let parts = false;
  let period = false;
  for (let n = 0; n < MAX_SENTENCES && end < value.length; n++) {
    const sentenceEnd = Math.min(value.length, pieceEnd(value, end, FULL_STOPS) + 1);
    if (sentenceEnd - end > MAX_SENTENCE) break;
    const sentence = value.slice(end, sentenceEnd);
    const says = { basis: BASIS.test(sentence), parts: PARTS.test(sentence), period: PERIOD.test(sentence) };
    if (!says.basis && !says.parts && !says.period) break;
    basis ||= says.basis;
    parts ||= says.parts;
    period ||= says.period;
    end = sentenceEnd;
  }
  if (!basis || !(parts || period)) return null;
  return { text: body.slice(start, end), range: body.toRange(start, end) };
}
