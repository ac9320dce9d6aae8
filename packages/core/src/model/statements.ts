import type { NormalizedText } from '../text/normalize.js';
import { normalizeRange } from '../text/normalize.js';
import type { BreakOptions } from '../text/sentences.js';
import { pieceStart } from '../text/sentences.js';
import type { Part, Range, ReportMetadata, StatisticalPeriod, TextSpan } from './types.js';

/** "2023年1月1日至12月31日", "2023年1月1日起至2023年12月31日止", "自2024年1月1日起,至2024年12月31日止", "2023年度1月1日—12月31日" */
const DATE_RANGE = /(\d{4})年度?(\d{1,2})月(\d{1,2})日起?[,，]?(?:至|到|—|－|-|~|～)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日止?/g;
const PERIOD_WORDS = /统计|数据|期限|时限|时段|期间/;
/** the model's statements are sentences ended by 。 or a line break */
const STATEMENT: BreakOptions = { exclamations: false };

/** The stated 统计期限: a date range near 统计/数据/期限, else the first 1月1日…12月31日. */
export function findStatisticalPeriod(prose: NormalizedText): StatisticalPeriod | undefined {
  let fallback: StatisticalPeriod | undefined;
  for (const m of prose.value.matchAll(DATE_RANGE)) {
    const at = m.index ?? 0;
    const startYear = Number(m[1]);
    const period: StatisticalPeriod = {
      start: { year: startYear, month: Number(m[2]), day: Number(m[3]) },
      end: { year: m[4] ? Number(m[4]) : startYear, month: Number(m[5]), day: Number(m[6]) },
      range: prose.toRange(at, at + m[0].length),
    };
    const sentenceStart = pieceStart(prose.value, at, STATEMENT);
    const before = prose.value.slice(Math.max(sentenceStart, at - 40), at);
    if (PERIOD_WORDS.test(before)) return period;
    const wholeYear = period.start.month === 1 && period.start.day === 1 && period.end.month === 12 && period.end.day === 31;
    if (!fallback && wholeYear) fallback = period;
  }
  return fallback;
}

const CONTACT_LABEL = /电话|联系方式|联系人|热线|邮箱|e-?mail|地址|邮编|邮政编码|传真|手机/i;
const CONTACT_INTENT = /联系|如对|疑问|咨询(电话|热线|方式|[:：])|查询电话|索取|意见建议/;

/**
 * The report's own contact statements: sentences with a contact label before
 * the first part (the preamble), or from 六 on when they also read as contact
 * details (联系, 如对本报告有疑问, 咨询电话…). A phone number in a case
 * description elsewhere is not one.
 */
export function findContactStatements(prose: NormalizedText, parts: Part[]): TextSpan[] {
  const first = parts.length > 0 ? Math.min(...parts.map((p) => p.range[0])) : undefined;
  // the closing: from 六 on (a report without 六 has only its preamble)
  const closingFrom = parts.find((p) => p.number === 6)?.range[0] ?? Infinity;
  const out: TextSpan[] = [];
  const value = prose.value;
  // a part heading starts a new sentence even when the prose runs on ("…报告一、总体情况…")
  const headingStart = headingStartMarks(prose, parts);
  const flush = (start: number, end: number) => {
    const sentence = value.slice(start, end);
    if (sentence.length === 0 || !CONTACT_LABEL.test(sentence)) return;
    const origin = prose.map[start];
    const inPreamble = first !== undefined && origin < first;
    const inClosing = origin >= closingFrom || first === undefined;
    if (inPreamble || (inClosing && CONTACT_INTENT.test(sentence))) out.push({ text: sentence, range: prose.toRange(start, end) });
  };
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (i > start && headingStart[i] === 1) {
      flush(start, i);
      start = i;
    }
    const code = value.charCodeAt(i);
    // isBreak(value[i], STATEMENT): 。 or a line break
    if (code === 0x3002 || code === 10 || code === 13) {
      flush(start, code === 0x3002 ? i + 1 : i);
      start = i + 1;
    }
  }
  flush(start, value.length);
  return out;
}

/** 1 at each prose index whose character comes from the first character of a part heading */
function headingStartMarks(prose: NormalizedText, parts: Part[]): Uint8Array {
  const marks = new Uint8Array(prose.value.length);
  const map = prose.map;
  for (const part of parts) {
    const offset = part.range[0];
    for (let i = prose.indexFrom(offset); i < map.length && map[i] === offset; i++) marks[i] = 1;
  }
  return marks;
}

/** the four-digit year in the title, and where it is */
export function findTitleYear(text: string, title: ReportMetadata['title']): ReportMetadata['titleYear'] {
  if (!title) return undefined;
  const norm = normalizeRange(text, title.range);
  const m = /(\d{4})年/.exec(norm.value);
  if (!m) return undefined;
  const range: Range = norm.toRange(m.index, m.index + 4);
  return { year: Number(m[1]), range };
}
