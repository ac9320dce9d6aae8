import { chineseNumeral } from './labels.js';
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
  const endTable = tables.find((t) => end > t.range[0] && end <= t.range[1] + 1 && !/[^\s|]/.test(text.slice(t.range[1], end)));
  // a table read in full is complete; one that could not be read is taken as cut off
  const cutTable = endTable?.confidence === 'low' ? endTable : undefined;
  const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
  let reason: string | undefined;
  if (chrome.cutMarker) reason = '文末注明内容到此为止';
  else if (cutTable) reason = '文字在表格中间结束';
  else if (!endTable && !COMPLETE_END.test(lastLine)) reason = '文字在句子中间结束';
  else if (missing.length >= MISSING_RUN_ON_ITS_OWN) reason = last === 1 ? '只有第一部分' : `只有第一至第${chineseNumeral(last)}部分`;
  if (!reason) return {};
  return { excerpt: { missing, reason }, ...(cutTable ? { cutTable } : {}) };
}
