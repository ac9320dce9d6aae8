import type { AnnualReport, NormalizedText, Rule, RuleContext } from '@xxgk-lint/core';
import { PART_TITLES, chineseNumeral } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { misplacedPreamble } from '../misplaced-preamble.js';
import { listedTitles, titleAccepted } from '../part-list.js';

const NUMERALS = '一二三四五六七八九十';
const DECLARATION = new RegExp(`(由|包括|包含|分为|共分|分成)([^。]{0,220}?)(?:等|共)?([${NUMERALS}]|[0-9]{1,2})(?:个)?(?:大)?部分(?:组成|内容|构成)?`);
/** a list of the parts without their number: "全文包括总体情况、……以及其他需要报告的事项。" */
const LIST = /(由|包括|包含|分为)([^。]{0,240}?)(?:组成|构成|。|$)/;
/** a list naming so many of the parts is the list of parts (not a sentence that merely has 包括 in it) */
const MIN_TITLES = 4;

/** which of the six parts a list mentions, by their key words */
const PART_WORDS: [number, RegExp][] = [
  [1, /总体情况|概述|总体/],
  [2, /主动公开/],
  [3, /申请/],
  [4, /复议|诉讼/],
  [5, /问题|改进/],
  [6, /其他|其它/],
];

/**
 * Each title a preamble lists is the part's national wording (or an accepted
 * variant). The old template (before 2019) had other parts: not judged.
 */
function checkTitles(context: RuleContext, report: AnnualReport, preamble: NormalizedText): void {
  if (report.metadata.expectedFormat === 'pre-2019') return;
  const declared = DECLARATION.exec(preamble.value);
  const m = declared ?? LIST.exec(preamble.value);
  if (!m) return;
  const listStart = m.index + m[1].length;
  const titles = listedTitles(m[2]);
  if (new Set(titles.map((t) => t.number)).size < MIN_TITLES) return;
  const judged = new Set<number>();
  const wrong = titles.filter((t) => {
    if (judged.has(t.number)) return false;
    judged.add(t.number);
    return !titleAccepted(t.number, t.title);
  });
  // most titles in the writer's own short words ("主动公开、依申请公开、……") are a summary, not miscopied titles
  if (wrong.length * 2 > judged.size) return;
  for (const t of wrong) {
    context.report({
      messageId: 'listedTitle',
      data: { numeral: chineseNumeral(t.number), actual: t.title, expected: PART_TITLES[t.number] },
      range: preamble.toRange(listStart + t.start, listStart + t.end),
    });
  }
}

function numberOf(written: string): number {
  if (/^[0-9]+$/.test(written)) return Number(written);
  return NUMERALS.indexOf(written) + 1;
}

export const declaredPartCount: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '前言中“由……N部分组成”的部分数与所列部分、正文实际部分一致，所列部分名称与国家格式一致，前言写在“一、总体情况”之前',
      url: docsUrl('declared-part-count'),
      basis: [
        '国办公开办函〔2021〕30号（年度报告由六部分组成）',
        '实例：杨陵区统计局 2023 年报告称“六部分组成”却只列出五部分（domain.md §6.3）',
        '实例：濂溪区 2024 年报告前言列出“其他报告的事项”；龙岗区某部门 2024 年报告把前言写在“一、总体情况”之下（corpus/README.md）',
      ],
      category: 'structure',
    },
    messages: {
      listed: '前言说报告由{{declared}}部分组成，却只列出了{{listed}}个部分（没有列出“{{missing}}”）：请核对前言。',
      listedMore: '前言说报告由{{declared}}部分组成，却列出了{{listed}}个部分：请核对前言。',
      present: '前言说报告由{{declared}}部分组成，正文实际有{{present}}个部分：请核对前言或正文。',
      listedTitle: '前言列出的第{{numeral}}部分“{{actual}}”不是国家格式的标题：请改为“{{expected}}”。',
      misplaced: '前言放在了“一、总体情况”标题之下：请把编制依据、统计期限等前言内容移到“一、总体情况”标题之前。',
    },
  },
  create(context) {
    return {
      Report(report) {
        if (report.parts.length === 0) return;
        const firstPart = Math.min(...report.parts.map((p) => p.range[0]));
        const before = report.proseIn([0, firstPart]);
        const misplaced = misplacedPreamble(report, before);
        if (misplaced) context.report({ messageId: 'misplaced', range: misplaced.range });
        const preamble = misplaced?.text ?? before;
        checkTitles(context, report, preamble);
        const m = DECLARATION.exec(preamble.value);
        if (!m) return;
        const declared = numberOf(m[3]);
        const at = (m.index ?? 0) + m[0].lastIndexOf(m[3]);
        const range = preamble.toRange(at, (m.index ?? 0) + m[0].length);
        const data = { declared: chineseNumeral(declared) };
        const listed = PART_WORDS.filter(([, re]) => re.test(m[2])).map(([n]) => n);
        if (listed.length >= 2 && listed.length !== declared) {
          const missingNames = ([1, 2, 3, 4, 5, 6] as const).filter((n) => !listed.includes(n)).map((n) => PART_TITLES[n]);
          if (listed.length < declared && missingNames.length > 0) {
            context.report({ messageId: 'listed', data: { ...data, listed: listed.length, missing: missingNames.join('”“') }, range });
          } else {
            context.report({ messageId: 'listedMore', data: { ...data, listed: listed.length }, range });
          }
          return;
        }
        const present = new Set(report.parts.map((p) => p.number)).size;
        // a part missing from the body is required-parts' finding; the declaration of six is right;
        // an excerpt has fewer parts than the report
        if (!report.excerpt && present !== declared && !(declared === 6 && present < 6)) {
          context.report({ messageId: 'present', data: { ...data, present }, range });
        }
      },
    };
  },
};
