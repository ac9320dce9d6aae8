import type { LineIndex } from '../text/line-index.js';
import { normalizeRange } from '../text/normalize.js';
import type { Range } from './types.js';

/**
 * Page and crawler chrome around a report copied from the web: the site's
 * 位置导航, an 索引号/发布机构/成文日期 block, 发布日期 and 访问量, 点击查看解读,
 * a crawler's 标题:/发布时间:/原文链接: header up to "==== 正文 ====", and
 * 打印/关闭/分享 at the end. None of it is the report's text.
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

const LABELLED_FIELD =
  /^(标题|题名|发布时间|发布日期|更新时间|时间|文号|发文字号|发布机构|发文机关|发布单位|栏目|来源|作者|原文链接|链接|本地目录|索引号|主题分类|主题词|成文日期|公开方式|公开范围|公开时限|有效性|组配分类|体裁分类|服务对象分类|信息来源|访问量|访问次数|浏览次数|阅读次数|点击数|字号)\s*[:：]/;

const CHROME_LINE = [
  /^当前位置/,
  /^您(现在)?的?位置/,
  /^首页\s*[>›»/]/,
  /^[>›»]\s*[^>›»]+[>›»]/,
  /^={3,}.*正文.*={3,}$/,
  /^[-=_*]{6,}$/,
  /^页面链接与图片详见/,
  /^(点击)?查看(图片)?解读$|^点击查看解读/,
  /^(【|\[)?(打印|关闭|打印本页|关闭窗口|打印本页\s*关闭窗口|收藏|分享到?|返回顶部)(】|\])?(\s*(【|\[)?(打印|关闭|打印本页|关闭窗口|收藏|分享到?|返回顶部)(】|\])?)*$/,
  /^(关怀版|无障碍|长者模式|适老化)(\s*(关怀版|无障碍|长者模式|适老化|简体|繁体|English))*$/,
  /^字号\s*[:：]?\s*(大|中|小|\s)*$|^【?字体[:：]/,
  /^(扫一扫|用手机扫描|微信扫一扫|手机扫码)/,
  /^(相关链接|相关文件|相关解读|相关阅读|附件下载|附件)[:：]?$/,
  /^(上一篇|下一篇)[:：]/,
  /^(版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们|ICP备|.*ICP备\d|.*公网安备)/,
  /^(目录|正文|全文|打印)$/,
];

/** a copy that says it stops here */
const CUT_MARKER = /^[[【(（]?\s*[…．.]*\s*(excerpt ends here|节选|以下(内容)?(略|省略)|未完|全文未完|内容过长)[^\]】)）]*[\]】)）]?$/i;

/** the visitor counter and similar trailing fields on a line of their own */
const TRAILING_FIELD = /(访问(次数|量)|浏览(次数|量)?|阅读(次数|量)|点击(次数|数|量))\s*[:：]\s*\d*\s*$/;

const TITLE_IN_BREADCRUMB = /[\u4e00-\u9fff（）()]{2,40}?\d{4}\s*年度?\s*政府信息公开(工作)?年度报告/g;

const TITLE_LINE = /政府信息公开.{0,8}(年度)?报告$|信息公开年报$/;

function isTitleLine(value: string): boolean {
  return value.length <= 60 && TITLE_LINE.test(value.replace(/[*_#\s]/g, ''));
}

function normalizedLine(text: string, range: Range): string {
  return normalizeRange(text, range).value;
}

/** chrome is a short line: a long one starting with 当前位置 is a crawled body, its breadcrumb cut apart below */
const MAX_CHROME_LINE = 200;

export function isChromeLine(value: string): boolean {
  if (value.length === 0 || value.length > MAX_CHROME_LINE) return false;
  if (LABELLED_FIELD.test(value)) return true;
  if (TRAILING_FIELD.test(value) && value.length <= 60) return true;
  return CHROME_LINE.some((p) => p.test(value));
}

/** a metadata block of a CMS page: several "名称 值" pairs on one line ("索 引 号 1133…/2024-104757 公开方式 主动公开") */
function isMetadataRow(value: string): boolean {
  if (value.length > MAX_CHROME_LINE) return false;
  const labels = value.match(/索引号|公开方式|成文日期|发布机构|组配分类|发布日期|主题分类|文号|有效性|体裁分类|公开范围|公开时限/g);
  return (labels?.length ?? 0) >= 2 || (/^(索引号|成文日期|组配分类|发布日期)/.test(value) && value.length <= 80);
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
    const lead = /^\s*(当前位置|您的位置|您现在的位置)[:：]/.exec(line);
    if (lead) {
      const bodyAt = /根据《|依据《|按照《|本报告|一、\s*总体情况/.exec(line);
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

const TRAILING_LINKS = /\s+((附件下载|打印本页|关闭窗口|【打印】|【关闭】|分享到)\s*)+$/;

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
