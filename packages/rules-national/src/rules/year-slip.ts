import type { AnnualReport, BreakOptions, Rule } from '@xxgk-lint/core';
import { pieceEnd, pieceStart } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** a year at the head of a clause: "2022年，我镇共收到…", "2022年共主动公开…" */
const YEAR = /(?<!\d)(\d{4})年度?/g;
/** what may stand right before such a year: the start, a stop or a comma */
const CLAUSE_HEAD = /^$|[。；;：:，,、！!？?\n]$/;
/**
 * after the year: an optional comma, a short subject (我镇, 全区, 本机关…) and a
 * verb of the year's own work; the figure follows in the same clause
 */
const WORK = /^[，,]?[^\d。，,；;：:、（）()《》“”]{0,16}?(?:共计?|累计|合计|全年)?(?:收到|新收|受理|办结|办理|答复|主动公开|发布|制发|印发|接收)/;
/** words that make the year an attribute of a document or an event ("2022年度报告发布后", "2022年工作要点印发后"), not the time of the work */
const ATTRIBUTIVE = /报告|要点|通知|方案|计划|规划|文件|申请|工作|意见|办法|规定|考核|评议|活动|任务|项目|预算|决算|结转/;
const FIGURE = /\d+(?:件|条|个|篇|次|期|项|份)/;
/**
 * the sentence speaks of another year on purpose: a comparison, a carry-over,
 * a plan, a span of years, a cut-off date
 */
const OTHER_YEAR_ON_PURPOSE = /较|同比|环比|相比|相较|比上年|比去年|增长|增加|下降|减少|上升|持平|上年|去年|前年|上一年|结转|以来|以前|之前|截至|截止|至今|将|计划|拟|下一步|预计|力争|争取|目标/;
/** a year followed by a month or a part of the year is a date, not the year's work */
const DATE_AFTER = /^度?(?:\d|底|末|初|上半年|下半年|以来|起|前|后|至)/;

const SENTENCE: BreakOptions = { exclamations: false, semicolons: true };
const CLAUSE: BreakOptions = { exclamations: false, semicolons: true, commas: true };
/** how far around a year its sentence is read: a sentence longer than this is cut (linear time on a text with no stops) */
const REACH = 160;

/** the source offset is the first character of its line (after indentation); the prose has no line breaks of its own */
function startsLine(source: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (source[i] === ' ' || source[i] === '\t' || source[i] === '\u3000')) i--;
  return i < 0 || source[i] === '\n' || source[i] === '\r';
}

/** the report year, when title, period and settings leave no doubt */
function certainYear(report: AnnualReport, fromSettings: number | undefined): number | undefined {
  if (fromSettings !== undefined) return fromSettings;
  const md = report.metadata;
  const period = md.statisticalPeriod;
  const title = md.titleYear?.year;
  if (period && period.start.year !== period.end.year) return undefined;
  if (title !== undefined && period && period.start.year !== title) return undefined;
  return title ?? period?.start.year;
}

export const yearSlip: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '正文讲本年度工作、数字的句子写成了上一年或下一年（“2022年，我镇共收到申请…”出现在2023年度报告中）',
      url: docsUrl('year-slip'),
      basis: ['《中华人民共和国政府信息公开条例》第四十九条（年度报告报告的是上一年度的工作）', '国办公开办函〔2021〕30号（统计期限为报告年度）'],
      category: 'consistency',
    },
    messages: {
      slip: '这句话讲的是本年度的工作和数字，年份却写作 {{stated}} 年（“{{sentence}}”），本报告是 {{year}} 年度的：是否沿用了往年的文字？请改为“{{year}}年”，如确是 {{stated}} 年的数字请写明是对比或上年情况。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const year = certainYear(report, context.settings.reportYear);
        if (year === undefined) return;
        const prose = report.prose;
        const source = context.sourceCode.text;
        const text = prose.value;
        const skip = report.skip.proseMask();
        // year-consistency already reports a 一、总体情况 that opens with another year ("2022年，")
        const one = report.part(1);
        let openingAt = one && context.isEnabled('national/year-consistency') ? prose.indexFrom(one.bodyRange[0]) : -1;
        while (openingAt >= 0 && /\s/.test(text[openingAt] ?? '')) openingAt++;
        for (const m of text.matchAll(YEAR)) {
          const stated = Number(m[1]);
          if (Math.abs(stated - year) !== 1) continue;
          const at = m.index ?? 0;
          const end = at + m[0].length;
          if (skip[at] === 1 || !(CLAUSE_HEAD.test(text.slice(Math.max(0, at - 1), at)) || startsLine(source, prose.map[at]))) continue;
          if (at === openingAt && /^[，,]/.test(text.slice(end, end + 1))) continue;
          const windowStart = Math.max(0, at - REACH);
          const window = text.slice(windowStart, Math.min(text.length, end + REACH));
          const sentenceStart = windowStart + pieceStart(window, at - windowStart, SENTENCE);
          const sentenceEnd = windowStart + pieceEnd(window, end - windowStart, SENTENCE);
          const work = WORK.exec(text.slice(end, Math.min(sentenceEnd, end + 30)));
          if (DATE_AFTER.test(text.slice(at + 5, at + 9)) || !work || ATTRIBUTIVE.test(work[0])) continue;
          // the year's clause and the one after it hold the figure ("2022年，我镇共收到申请5件")
          const sentence = text.slice(sentenceStart, sentenceEnd);
          const ownEnd = sentenceStart + pieceEnd(sentence, end - sentenceStart, CLAUSE);
          const scopeEnd = /^[，,]/.test(text.slice(end, end + 1)) ? sentenceStart + pieceEnd(sentence, ownEnd + 1 - sentenceStart, CLAUSE) : ownEnd;
          // markers in the clause before the year ("与上年相比，"), the year's own clause and the next
          const leadStart = sentenceStart < at ? sentenceStart + pieceStart(sentence, Math.max(0, at - 2 - sentenceStart), CLAUSE) : at;
          if (!FIGURE.test(text.slice(end, scopeEnd)) || OTHER_YEAR_ON_PURPOSE.test(text.slice(leadStart, scopeEnd))) continue;
          // "2022年收到5件，2023年收到8件": two years side by side are a comparison
          if (sentence.includes(`${year}年`)) continue;
          // inside a quoted title: 《…2022年…》
          const before = text.slice(sentenceStart, at);
          if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
          const quoted = sentence.length > 60 ? `${text.slice(at, Math.min(sentenceEnd, at + 58))}……` : sentence;
          context.report({ messageId: 'slip', data: { stated, year, sentence: quoted.replace(/\s+/g, '') }, range: prose.toRange(at, at + 5) });
        }
      },
    };
  },
};
