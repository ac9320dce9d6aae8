import type { LineIndex } from '../text/line-index.js';
import { inChrome } from './page-chrome.js';
import { findInlineHeadings, matchPartHeading, mayHaveInlineNumeral } from '../vocabulary/part-heading.js';
import type { PartHeadingMatch } from '../vocabulary/part-heading.js';
import type { Part, PartProvenance, Range } from './types.js';


/**
 * The six parts, found line by line outside tables and page chrome. A heading
 * naming the part that is already open is a sub-heading of it ("一、存在问题"
 * inside 五), not a new part. In a line of running text (a crawler's flattened
 * page: "…特编制此报告：一、总体情况2022年，……二、主动公开政府信息情况…")
 * headings are found inline, in ascending order.
 */
export function findParts(text: string, lines: LineIndex, tableRanges: Range[], chrome: readonly Range[] = []): Part[] {
  const skipped = (offset: number) => inChrome(tableRanges, offset) || inChrome(chrome, offset);
  const parts: Part[] = [];
  const add = (match: PartHeadingMatch, found: PartProvenance) => {
    const open = parts[parts.length - 1];
    if (open && open.number === match.number) return;
    parts.push(partOf(text, match, found));
  };
  for (let line = 1; line <= lines.lineCount; line++) {
    const [start, end] = lines.lineRange(line);
    if (end === start) continue;
    const atStart = skipped(start) ? null : matchPartHeading(text, start, end);
    if (atStart) add(atStart, 'heading');
    const from = atStart ? atStart.range[1] : start;
    // most lines have no numeral 一–六 before 、: no generator for them
    if (!mayHaveInlineNumeral(text, [from, end])) continue;
    const last = () => parts[parts.length - 1]?.number ?? 0;
    for (const inline of findInlineHeadings(text, [from, end], last)) {
      if (skipped(inline.range[0])) continue;
      add(inline, 'inline');
    }
  }
  for (let i = 0; i + 1 < parts.length; i++) {
    const next = parts[i + 1].range[0];
    parts[i].range = [parts[i].range[0], next];
    parts[i].bodyRange = [parts[i].bodyRange[0], next];
  }
  return parts;
}

function partOf(text: string, match: PartHeadingMatch, found: PartProvenance): Part {
  return {
    type: 'Part',
    number: match.number,
    range: [match.range[0], text.length],
    bodyRange: [match.range[1], text.length],
    found,
    heading: {
      text: text.slice(match.range[0], match.range[1]),
      range: match.range,
      writtenNumber: match.writtenNumber,
      title: match.title,
      canonical: match.canonical,
      acceptedVariant: match.acceptedVariant,
      titleRange: match.titleRange,
    },
  };
}
