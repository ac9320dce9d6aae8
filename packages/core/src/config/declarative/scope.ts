import { tableGrid } from '../../model/grid.js';
import { CHINESE_NUMERALS, chineseNumeralValue } from '../../vocabulary/labels.js';
import type { AnnualReport, PartNumber, Range } from '../../model/types.js';
import type { NormalizedText } from '../../text/normalize.js';
import { normalizeSegments } from '../../text/normalize.js';
import type { BreakOptions } from '../../text/sentences.js';
import { pieceEnd } from '../../text/sentences.js';

export function parsePart(value: string | number | undefined): PartNumber | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().replace(/[、.．]$/, '');
  const n = /^[1-6]$/.test(text) ? Number(text) : CHINESE_NUMERALS.indexOf(text) + 1;
  return n >= 1 && n <= 6 ? (n as PartNumber) : undefined;
}

export function tableNumber(value: string | number | undefined): 2 | 3 | 4 | undefined {
  const n = parsePart(value);
  return n === 2 || n === 3 || n === 4 ? n : undefined;
}

export function scopeName(part: PartNumber | undefined, table: number | undefined): string {
  if (part) return `第${CHINESE_NUMERALS[part - 1]}部分`;
  if (table) return `表${CHINESE_NUMERALS[table - 1]}`;
  return '全文';
}

/** the text a phrase rule looks at: the whole prose, one part's prose, or one table's cells */
export function scopeText(report: AnnualReport, part: PartNumber | undefined, table: 2 | 3 | 4 | undefined, source: string): NormalizedText | null {
  if (part) {
    const p = report.part(part);
    return p ? report.proseIn(p.bodyRange) : null;
  }
  if (table) {
    const t = report.tables[`table${table}` as const];
    if (!t) return null;
    const segments = t.nodes.flatMap((node) => tableGrid(node).flatMap((row) => row.cells.map((c) => ({ range: c.range, newBlock: true }))));
    return normalizeSegments(source, segments);
  }
  return report.prose;
}

export interface SubSection {
  /** the sub-heading "（一）主动公开情况" as written */
  heading: Range;
  /** from the sub-heading's line to the next sub-heading's line */
  range: Range;
}

const NUMBERED = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]/;
/** a line that starts like a later sub-heading, its bracket maybe not closed ("（二〇二三年" too) */
const NUMBER_START = /^[（(]\s*([一二三四五六七八九十]+)/;
/** the sub-heading: up to the first punctuation that ends a clause, ，and ： included */
const HEADING_BREAKS: BreakOptions = { semicolons: true, colons: true, commas: true };
const MAX_HEADING = 30;

/**
 * The sub-section （n）… of a part whose sub-heading contains `title`, when it
 * can be delimited with certainty: its sub-heading starts a line, and the next
 * line starting （n+1） in the part ends it. A flattened page (sub-headings
 * inline) gives none, and so does a later number before （n）.
 */
export function subSection(text: string, body: Range, number: number, title: string): SubSection | undefined {
  let heading: Range | undefined;
  let start = -1;
  let lineStart = body[0];
  while (lineStart < body[1]) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > body[1] ? body[1] : newline;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    const n = chineseNumeralValue(NUMBERED.exec(trimmed)?.[1]);
    if (start < 0 && n === number) {
      const written = trimmed.slice(0, Math.min(pieceEnd(trimmed, 0, HEADING_BREAKS), MAX_HEADING));
      if (!written.includes(title)) return undefined;
      start = lineStart;
      heading = [lineStart + indent, lineStart + indent + written.length];
    } else if (start >= 0 && n === number + 1) {
      return { heading: heading!, range: [start, lineStart] };
    } else if (start < 0 && (chineseNumeralValue(NUMBER_START.exec(trimmed)?.[1]) ?? 0) > number) {
      return undefined;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

