import type { TableRow } from 'mdast';
import { chineseNumeral } from '../vocabulary/labels.js';
import type { PageChrome } from './page-chrome.js';
import type { AnnualReport, Part, PartNumber, Range, ReportTable } from './types.js';

/** the report's content ends with one of these (a sentence, a quote, a date, a list item) */
const COMPLETE_END = /[。！？!?；;”"）)》\]】…]$|\d{4}年\d{1,2}月\d{1,2}日$|[无零]$/;

/** so many parts missing at the end cannot be a report that merely forgot them */
const MISSING_RUN_ON_ITS_OWN = 3;

export interface ExcerptReading {
  excerpt?: NonNullable<AnnualReport['excerpt']>;
  /** the table the text stops in */
  cutTable?: ReportTable;
}

/** the last offset of the report's own text (trailing whitespace and page chrome left out), exclusive */
function contentEnd(text: string, chrome: readonly Range[]): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const covering = chrome.find(([s, e]) => end > s && end <= e);
    if (!covering || end === 0) return end;
    end = covering[0];
  }
}

/**
 * The text seems to be an excerpt when the parts after the last one present
 * are all missing, and the copy says it stops, stops mid-sentence or
 * mid-table, or lacks so many parts that it cannot be a whole report.
 */
export function readExcerpt(text: string, parts: Part[], tables: ReportTable[], chrome: PageChrome): ExcerptReading {
  const present = new Set(parts.map((p) => p.number));
  if (present.has(6) || parts.length === 0) return {};
  const last = Math.max(...parts.map((p) => p.number));
  const missing = ([1, 2, 3, 4, 5, 6] as PartNumber[]).filter((n) => n > last);
  const end = contentEnd(text, chrome.ranges);
  // the table the text ends in; a copy that says it stops may end on a table's next caption ("第二十条第（五）项")
  const endTable = tables.find((t) => {
    if (end <= t.range[0]) return false;
    const after = text.slice(t.range[1], end);
    return !/[^\s|]/.test(after) || (chrome.cutMarker !== undefined && after.trim().length <= 40 && !/[。！？]/.test(after));
  });
  // a table read in full is complete; one the copy says it cuts, or whose last row is short, is cut off
  const cutTable = endTable && (chrome.cutMarker || (endTable.confidence === 'low' && lastRowShort(endTable))) ? endTable : undefined;
  const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
  const stop = chrome.cutMarker
    ? '文末注明内容到此为止'
    : cutTable
      ? '文字在表格中间结束'
      : !endTable && !COMPLETE_END.test(lastLine)
        ? '文字在句子中间结束'
        : undefined;
  if (stop) return { excerpt: { missing, reason: stop, cut: true, end }, ...(cutTable ? { cutTable } : {}) };
  if (missing.length >= MISSING_RUN_ON_ITS_OWN) return { excerpt: { missing, reason: missingOnly(last), cut: false, end } };
  return {};
}

function missingOnly(last: number): string {
  return last === 1 ? '只有第一部分' : `只有第一至第${chineseNumeral(last)}部分`;
}

const filledCells = (row: TableRow) => row.children.filter((c) => c.children.length > 0).length;

/** the last row has fewer filled cells than the fullest row: the copy stopped inside it */
function lastRowShort(table: ReportTable): boolean {
  const rows = table.nodes.flatMap((n) => n.children);
  if (rows.length < 2) return false;
  return filledCells(rows[rows.length - 1]) < Math.max(...rows.map(filledCells));
}
