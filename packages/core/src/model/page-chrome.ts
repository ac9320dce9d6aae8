import type { Range } from '../range.js';
import type { LineIndex } from '../text/line-index.js';
import { normalizedValue } from '../text/normalize.js';
import {
  BODY_AFTER_BREADCRUMB,
  BREADCRUMB_LEAD,
  CUT_MARKER,
  TITLE_IN_BREADCRUMB,
  TRAILING_LINKS,
  isChromeLine,
  isMetadataRow,
  isTitleLine,
} from '../vocabulary/page-chrome.js';

/**
 * Page and crawler chrome around a report copied from the web (its words:
 * vocabulary/page-chrome.ts). None of it is the report's text.
 */
export interface PageChrome {
  /** ranges outside the report, in document order, disjoint */
  ranges: Range[];
  /** the title a page or crawler header carries ("标题: …"), when the body has none of its own */
  headerTitle?: Range;
  /** the title as it appears inside a breadcrumb line ("当前位置： 首页… 某局2019年度…年度报告 来源：…") */
  breadcrumbTitle?: Range;
  /** the text ends with a marker saying the copy stops there ("[…excerpt ends here…]", "（未完）") */
  cutMarker?: Range;
}

function normalizedLine(text: string, range: Range): string {
  return normalizedValue(text, range);
}

const MAX_HEAD_LINES = 60;

/**
 * Chrome at the head (before the report's first line), at the tail, and a
 * breadcrumb run at the start of the first body line of a crawled page.
 */
export function findPageChrome(text: string, lines: LineIndex): PageChrome {
  const chrome: PageChrome = { ranges: [] };
  let headerTitle: Range | undefined;
  let bodyStartLine = 1;
  const titles: Range[] = [];
  for (let line = 1; line <= Math.min(lines.lineCount, MAX_HEAD_LINES); line++) {
    const range = lines.lineRange(line);
    const value = normalizedLine(text, range);
    if (value.length === 0) continue;
    const isChrome = isChromeLine(value) || isMetadataRow(value);
    if (!isChrome && isTitleLine(value)) {
      titles.push(range);
      bodyStartLine = line + 1;
      continue;
    }
    if (!isChrome) break;
    chrome.ranges.push(range);
    bodyStartLine = line + 1;
    const title = /^(标题|题名)\s*[:：]\s*(.+)$/.exec(text.slice(range[0], range[1]).trim());
    if (title && /报告|年报/.test(title[2])) {
      const at = text.indexOf(title[2], range[0]);
      headerTitle = [at, at + title[2].trimEnd().length];
    }
  }
  // a page repeats its title above the metadata block: the last copy is the report's
  if (titles.length > 1 && chrome.ranges.length > 0) chrome.ranges.push(...titles.slice(0, -1));
  // a crawled page's first body line may start with the breadcrumb run: "当前位置： 首页… 来源： 时间：… 相关链接： 根据《…"
  if (bodyStartLine <= lines.lineCount) {
    const [start, end] = lines.lineRange(bodyStartLine);
    const line = text.slice(start, end);
    if (BREADCRUMB_LEAD.test(line)) {
      const bodyAt = BODY_AFTER_BREADCRUMB.exec(line);
      if (bodyAt && bodyAt.index > 0) {
        chrome.ranges.push([start, start + bodyAt.index]);
        const crumb = line.slice(0, bodyAt.index);
        let last: RegExpExecArray | null = null;
        for (const m of crumb.matchAll(TITLE_IN_BREADCRUMB)) last = m as RegExpExecArray;
        if (last) chrome.breadcrumbTitle = [start + last.index, start + last.index + last[0].length];
      }
    }
  }
  // tail: page chrome, and a marker that the copy stops here
  const tail: Range[] = [];
  for (let line = lines.lineCount; line > bodyStartLine; line--) {
    const range = lines.lineRange(line);
    const value = normalizedLine(text, range);
    if (value.length === 0) continue;
    if (CUT_MARKER.test(value)) {
      chrome.cutMarker = range;
      tail.push(range);
      continue;
    }
    if (!isChromeLine(value)) break;
    tail.push(range);
  }
  chrome.ranges.push(...tail.reverse());
  // a crawled page's last body line may end in the page's own links: "…2020年1月13日 附件下载"
  const lastBody = lastLineBefore(text, lines, tail[0]?.[0] ?? text.length);
  if (lastBody) {
    const trailing = TRAILING_LINKS.exec(text.slice(lastBody[0], lastBody[1]));
    if (trailing) chrome.ranges.push([lastBody[0] + trailing.index, lastBody[1]]);
  }
  if (headerTitle) chrome.headerTitle = headerTitle;
  chrome.ranges.sort((a, b) => a[0] - b[0]);
  return chrome;
}

function lastLineBefore(text: string, lines: LineIndex, offset: number): Range | undefined {
  for (let line = lines.locate(Math.max(0, offset - 1)).line; line >= 1; line--) {
    const range = lines.lineRange(line);
    if (range[1] > offset) continue;
    if (text.slice(range[0], range[1]).trim().length > 0) return range;
  }
  return undefined;
}

/** is [start, end) entirely inside one of the ranges (chrome, tables) */
export function inChrome(ranges: readonly Range[], start: number, end = start + 1): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}
