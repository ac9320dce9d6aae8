import type { BreakOptions, Range } from '@xxgk-lint/core';
import { pieceEnd } from '@xxgk-lint/core';

/**
 * The "（一）…主动公开…" sub-section of part 一, when it can be delimited with
 * certainty: its sub-heading starts a line, and the next line starting "（二）"
 * in the same part ends it. A flattened page (sub-headings inline) gives none.
 */

const FIRST = /^[（(]\s*一\s*[）)]/;
const SECOND = /^[（(]\s*二\s*[）)]/;
/** the sub-heading: up to the first punctuation that ends a clause */
const HEADING_END: BreakOptions = { semicolons: true, colons: true, commas: true };

export interface ProactiveSection {
  /** the sub-heading "（一）主动公开情况" as written */
  heading: Range;
  /** from the sub-heading's line to the "（二）" line */
  range: Range;
}

export function proactiveSection(text: string, body: Range): ProactiveSection | undefined {
  let heading: Range | undefined;
  let start = -1;
  let lineStart = body[0];
  while (lineStart < body[1]) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > body[1] ? body[1] : newline;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (start < 0 && FIRST.test(trimmed)) {
      const title = trimmed.slice(0, Math.min(pieceEnd(trimmed, 0, HEADING_END), 30));
      if (!title.includes('主动公开')) return undefined;
      start = lineStart;
      heading = [lineStart + indent, lineStart + indent + title.length];
    } else if (start >= 0 && SECOND.test(trimmed)) {
      return { heading: heading!, range: [start, lineStart] };
    } else if (start < 0 && trimmed.length > 0 && /^[（(]\s*[二三四五六七八九十]/.test(trimmed)) {
      // a "（二）" before any "（一）": the numbering is not the one looked for
      return undefined;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
