import type { LineIndex } from '../text/line-index.js';
import { matchPartHeading } from './part-heading.js';
import type { Part, Range } from './types.js';

/**
 * The six parts, found line by line outside tables. A heading naming the part
 * that is already open is a sub-heading of it ("一、存在问题" inside 五), not a
 * new part.
 */
export function findParts(text: string, lines: LineIndex, tableRanges: Range[]): Part[] {
  const inTable = (offset: number) => tableRanges.some(([s, e]) => offset >= s && offset < e);
  const parts: Part[] = [];
  for (let line = 1; line <= lines.lineCount; line++) {
    const [start, end] = lines.lineRange(line);
    if (end === start || inTable(start)) continue;
    const match = matchPartHeading(text, start, end);
    if (!match) continue;
    const open = parts[parts.length - 1];
    if (open && open.number === match.number) continue;
    parts.push({
      type: 'Part',
      number: match.number,
      range: [match.range[0], text.length],
      bodyRange: [match.range[1], text.length],
      found: 'heading',
      heading: {
        text: text.slice(match.range[0], match.range[1]),
        range: match.range,
        writtenNumber: match.writtenNumber,
        title: match.title,
        canonical: match.canonical,
        acceptedVariant: match.acceptedVariant,
        titleRange: match.titleRange,
      },
    });
  }
  for (let i = 0; i + 1 < parts.length; i++) {
    const next = parts[i + 1].range[0];
    parts[i].range = [parts[i].range[0], next];
    parts[i].bodyRange = [parts[i].bodyRange[0], next];
  }
  return parts;
}
