import type { Root } from 'mdast';
import type { LineIndex } from '../text/line-index.js';
import type { NormalizedText } from '../text/normalize.js';
import { normalizeRange, normalizeSegments, normalizedValue } from '../text/normalize.js';
import type { BodyKind, Settings } from '../types.js';
import type { PageChrome } from './page-chrome.js';
import { inChrome } from './page-chrome.js';
import { findContactStatements, findStatisticalPeriod, findTitleYear } from './statements.js';
import type { DateValue, ExpectedFormat, Part, Range, ReportMetadata } from './types.js';

const TITLE_LINE_MAX = 45;
const TITLE_SEARCH_LINES = 40;
const TITLE_PATTERN = /^(.+?)(\d{4})年度?政府信息公开工作年度报告$/;
/** the year first: "2022年上海市政府信息公开工作年度报告" */
const YEAR_FIRST_TITLE = /^(\d{4})年度?(.+?)政府信息公开工作年度报告$/;
/** a word an extraction leaves before the title ("目录2024年……") */
const STRAY_LEAD = /^(目录|正文|全文|附件\d*|标题[:：]?)(?=\S)/;

type Title = NonNullable<ReportMetadata['title']>;

function titleOfRange(text: string, range: Range): Title | undefined {
  let [start, end] = range;
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  start += raw.indexOf(trimmed);
  end = start + trimmed.length;
  let normalized = normalizedValue(text, [start, end]).replace(/[*_#]/g, '');
  const stray = STRAY_LEAD.exec(normalized);
  if (stray && /\d{4}年|政府信息公开/.test(normalized.slice(stray[0].length))) {
    const at = text.indexOf(stray[0][stray[0].length - 1], start) + 1;
    if (at > start && at < end) {
      const rest = text.slice(at, end);
      start = at + (rest.length - rest.trimStart().length);
      normalized = normalized.slice(stray[0].length);
    }
  }
  if (!/报告|年报/.test(normalized)) return undefined;
  return { text: text.slice(start, end), normalized, range: [start, end] };
}

/**
 * Title: a level-1 heading, or the short lines at the top that end in 报告,
 * page chrome skipped (a page may repeat its title: the last copy before the
 * body is the report's). With no title in the body, the one in a crawled
 * page's breadcrumb or in its "标题:" header.
 */
function findTitle(text: string, lines: LineIndex, ast: Root, parts: Part[], chrome: PageChrome = { ranges: [] }): ReportMetadata['title'] {
  const limit = parts[0]?.range[0] ?? text.length;
  const heading = ast.children.find(
    (n) => n.type === 'heading' && n.depth === 1 && !inChrome(chrome.ranges, n.position?.start.offset ?? 0),
  );
  if (heading?.position && (heading.position.start.offset ?? 0) < limit) {
    const start = heading.position.start.offset ?? 0;
    const end = heading.position.end.offset ?? 0;
    const norm = normalizeRange(text, [start, end]);
    const value = norm.value.replace(/^#+/, '');
    return { text: value, normalized: value, range: [start, end] };
  }
  let found: Title | undefined;
  let picked: Range[] = [];
  const close = () => {
    if (picked.length > 0) found = titleOfRange(text, [picked[0][0], picked[picked.length - 1][1]]) ?? found;
    picked = [];
  };
  for (let line = 1; line <= Math.min(lines.lineCount, TITLE_SEARCH_LINES); line++) {
    const [start, end] = lines.lineRange(line);
    if (start >= limit) break;
    if (inChrome(chrome.ranges, start, Math.max(start + 1, end))) {
      close();
      continue;
    }
    const value = normalizedValue(text, [start, end]).replace(/^[#*_\s]+|[*_\s]+$/g, '');
    if (value.length === 0) {
      close();
      if (found) break;
      continue;
    }
    if (value.length > TITLE_LINE_MAX || /[。：:；]$/.test(value)) break;
    picked.push([start, end]);
    if (picked.length === 3) close();
    if (found) break;
  }
  close();
  if (found) return found;
  const fromPage = chrome.breadcrumbTitle ?? chrome.headerTitle;
  return fromPage ? titleOfRange(text, fromPage) : undefined;
}

export function bodyFromTitle(normalizedTitle: string): string | undefined {
  const yearFirst = YEAR_FIRST_TITLE.exec(normalizedTitle);
  const m = yearFirst ? null : TITLE_PATTERN.exec(normalizedTitle) ?? /^(.+?)(\d{4})年/.exec(normalizedTitle);
  const named = yearFirst ? yearFirst[2] : m?.[1];
  if (!named) return undefined;
  const body = named.replace(/^(关于)?(上报|报送|印发|发布)?/, '').trim();
  return body.length >= 2 ? body : undefined;
}

/** "…2023年政府信息公开工作年度报告", not a covering letter ("关于…", "…的报告") */
export function isStandardTitle(normalizedTitle: string): boolean {
  return (TITLE_PATTERN.test(normalizedTitle) || YEAR_FIRST_TITLE.test(normalizedTitle)) && !/^(关于|上报|报送)/.test(normalizedTitle);
}

const TOWNSHIP = /(镇|乡|街道|街道办事处|街道办|苏木)(人民政府|党委)?$|镇人民政府|乡人民政府|街道办事处/;
const GOVERNMENT = /人民政府$|^[^局委厅办]*(省|市|县|区|旗|州|盟)$/;
const DEPARTMENT = /(局|委员会|委|办公室|办|厅|中心|部|署|院|所|站|队|会|公司|馆|处|社|园区|管委会)$/;

export function bodyKindOf(body: string): BodyKind | undefined {
  if (TOWNSHIP.test(body)) return 'township';
  if (DEPARTMENT.test(body)) return 'department';
  if (GOVERNMENT.test(body)) return 'government';
  return undefined;
}

/** "我镇", "全乡" in the text of a report with no title still tell a township */
function bodyKindFromText(prose: string): BodyKind | undefined {
  const township = (prose.match(/[我本全该][镇乡]|街道办/g) ?? []).length;
  return township >= 2 ? 'township' : undefined;
}


const LABELLED_DATE = /(发布|印发|成文)(日期|时间)[:：]?(\d{4})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?/;

/**
 * A date after 发布日期/发布时间 (in the text, or in the page's metadata
 * block), else a date standing alone near the end (the signature block).
 */
function findPublicationDate(text: string, lines: LineIndex, prose: NormalizedText, chrome: readonly Range[] = []): DateValue | undefined {
  const pageFields = normalizeSegments(text, chrome.map((range) => ({ range, newBlock: true })));
  for (const source of [prose, pageFields]) {
    const labelled = LABELLED_DATE.exec(source.value);
    if (!labelled) continue;
    const start = labelled.index + labelled[0].indexOf(labelled[3]);
    return {
      year: Number(labelled[3]),
      month: Number(labelled[4]),
      day: Number(labelled[5]),
      range: source.toRange(start, labelled.index + labelled[0].length),
    };
  }
  let seen = 0;
  for (let line = lines.lineCount; line >= 1 && seen < 4; line--) {
    const [start, end] = lines.lineRange(line);
    if (inChrome(chrome, start, Math.max(start + 1, end))) continue;
    const norm = normalizeRange(text, [start, end]);
    if (norm.value.length === 0 || /^[-－—]\d+[-－—]$/.test(norm.value)) continue;
    seen++;
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(norm.value);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), range: norm.toRange(0, norm.value.length) };
  }
  return undefined;
}

const BODY_SUFFIX = /(人民政府|办公室|办事处|委员会|局|委|厅|中心|公司|管委会|镇|乡|街道)$/;

/** a flattened page ends "……特此报告。 平潭综合实验区某局2023年1月5日": the 落款 run into the last line */
const INLINE_SIGNATURE = /[。！]\s*([^\s。，；：:（）()]{2,30}?(?:人民政府|办公室|办事处|委员会|局|委|厅|中心|管委会|镇|乡|街道))\s*((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)\s*$/;

/** The 落款: a date line among the last lines, and a body name on the line before it (page chrome skipped). */
function findSignature(text: string, lines: LineIndex, chrome: readonly Range[] = []): ReportMetadata['signature'] {
  const tail: { value: string; range: Range }[] = [];
  for (let line = lines.lineCount; line >= 1 && tail.length < 3; line--) {
    const [start, end] = lines.lineRange(line);
    if (inChrome(chrome, start, Math.max(start + 1, end))) continue;
    const norm = normalizeRange(text, [start, end]);
    if (norm.value.length === 0 || /^[-－—]\d+[-－—]$/.test(norm.value)) continue;
    tail.unshift({ value: norm.value, range: norm.toRange(0, norm.value.length) });
  }
  const last = tail[tail.length - 1];
  if (last && last.value.length > 60) return inlineSignature(text, last.range, chrome);
  const dateIndex = tail.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.value));
  const signature: NonNullable<ReportMetadata['signature']> = {};
  if (dateIndex >= 0) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(tail[dateIndex].value)!;
    signature.date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), range: tail[dateIndex].range };
  }
  const bodyLine = tail[(dateIndex >= 0 ? dateIndex : tail.length) - 1];
  if (bodyLine && bodyLine.value.length <= 30 && BODY_SUFFIX.test(bodyLine.value) && !/[。，；]/.test(bodyLine.value)) {
    signature.body = { text: bodyLine.value, range: bodyLine.range };
  }
  return signature.body || signature.date ? signature : undefined;
}

function inlineSignature(text: string, range: Range, chrome: readonly Range[]): ReportMetadata['signature'] {
  const chromeAt = chrome.find(([s, e]) => s > range[0] && s < range[1] && e >= range[1]);
  const end = chromeAt ? chromeAt[0] : range[1];
  const from = Math.max(range[0], end - 80);
  const m = INLINE_SIGNATURE.exec(text.slice(from, end));
  if (!m) return undefined;
  const bodyAt = from + m.index + m[0].indexOf(m[1]);
  const dateAt = from + m.index + m[0].lastIndexOf(m[2]);
  return {
    body: { text: m[1], range: [bodyAt, bodyAt + m[1].length] },
    date: { year: Number(m[3]), month: Number(m[4]), day: Number(m[5]), range: [dateAt, dateAt + m[2].length] },
  };
}

function yearFromText(prose: string): number | undefined {
  const period = /(\d{4})年1月1日(至|到|起至|—|-)/.exec(prose);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of prose.slice(0, 3000).matchAll(/(20\d{2})年/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function expectedFormatOf(year: number): ExpectedFormat {
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return 'pre-2019';
}

export function buildMetadata(
  text: string,
  lines: LineIndex,
  ast: Root,
  parts: Part[],
  prose: NormalizedText,
  settings: Settings,
  chrome: PageChrome = { ranges: [] },
): ReportMetadata {
  const title = findTitle(text, lines, ast, parts, chrome);
  const body = title ? bodyFromTitle(title.normalized) : undefined;
  const metadata: ReportMetadata = { bodyKindSource: 'unknown', yearSource: 'unknown', contactStatements: findContactStatements(prose, parts) };
  if (title) metadata.title = title;
  const titleYearAt = findTitleYear(text, title);
  if (titleYearAt) metadata.titleYear = titleYearAt;
  const period = findStatisticalPeriod(prose);
  if (period) metadata.statisticalPeriod = period;
  if (body) metadata.body = body;

  const titleYear = title ? /(\d{4})年/.exec(title.normalized)?.[1] : undefined;
  if (settings.reportYear) {
    metadata.year = settings.reportYear;
    metadata.yearSource = 'settings';
  } else if (titleYear) {
    metadata.year = Number(titleYear);
    metadata.yearSource = 'title';
  } else {
    const y = yearFromText(prose.value);
    if (y) {
      metadata.year = y;
      metadata.yearSource = 'text';
    }
  }

  if (metadata.year !== undefined) metadata.expectedFormat = expectedFormatOf(metadata.year);

  const kindFromBody = body ? bodyKindOf(body) : undefined;
  if (settings.bodyKind) {
    metadata.bodyKind = settings.bodyKind;
    metadata.bodyKindSource = 'settings';
  } else if (kindFromBody) {
    metadata.bodyKind = kindFromBody;
    metadata.bodyKindSource = 'title';
  } else {
    const k = bodyKindFromText(prose.value);
    if (k) {
      metadata.bodyKind = k;
      metadata.bodyKindSource = 'text';
    }
  }
  const date = findPublicationDate(text, lines, prose, chrome.ranges);
  if (date) metadata.publicationDate = date;
  const signature = findSignature(text, lines, chrome.ranges);
  if (signature) metadata.signature = signature;
  if (!metadata.body && signature?.body) {
    metadata.body = signature.body.text;
    if (!settings.bodyKind && bodyKindOf(signature.body.text)) {
      metadata.bodyKind = bodyKindOf(signature.body.text);
      metadata.bodyKindSource = 'text';
    }
  }
  return metadata;
}
