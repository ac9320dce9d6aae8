import type { BreakOptions, NormalizedText, Rule, SuggestionDescriptor } from '@xxgk-lint/core';
import { pieceEnd, pieceStart } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { before2021, givenInFull } from '../util.js';

/** an explicit outcome: none charged, or an amount */
const NONE_CHARGED = /(未|没有|没|无|不|均未|并未|尚未)(向[^。]{0,10})?(收取|产生|涉及|发生|收缴)[^。]{0,20}?费/;
const AMOUNT = /(信息处理费|处理费|费用)[^。\d]{0,20}?(\d+(?:\.\d+)?)\s*(万元|元)|收取[^。]{0,20}?(\d+(?:\.\d+)?)\s*(万元|元)[^。]{0,10}(信息处理费|处理费)/;
const NONE_WORDING = /(信息处理费|处理费)[^。]{0,12}?(为零|为0|为无|：无|:无|无收取|零元)|无(信息)?处理费|(未|没有|均未)收费/;
/** the sentence shown for a fee mentioned without its outcome: from a 。 or line start through its 。 */
const LINE_OR_FULL_STOP: BreakOptions = { exclamations: false };
const FULL_STOP: BreakOptions = { exclamations: false, lineBreaks: false };
const CITES_RULES = /信息处理费|处理费管理办法|国办函.{0,3}2020.{0,3}109号/;

function statesFeeOutcome(text: string): boolean {
  return NONE_CHARGED.test(text) || AMOUNT.test(text) || NONE_WORDING.test(text);
}

/** the sentence a report that charged nothing writes (offered as a suggestion: only the author knows it is true) */
export const NONE_CHARGED_SENTENCE = '本年度未收取信息处理费。';
const SENTENCE_END = /[。！？；]$/;

/**
 * The suggestion that writes NONE_CHARGED_SENTENCE after `at` (an offset in
 * `source`, just after some text): in the same paragraph after a full stop,
 * else on a line of its own.
 */
function noneChargedSuggestion(source: string, at: number): SuggestionDescriptor {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const insert = SENTENCE_END.test(source.slice(Math.max(0, at - 1), at)) ? NONE_CHARGED_SENTENCE : `${eol}${NONE_CHARGED_SENTENCE}`;
  return { desc: `补写“${NONE_CHARGED_SENTENCE}”（本年度确未收取时）`, fix: (fixer) => fixer.insertTextAfterRange([at, at], insert) };
}

/** just after the last non-blank character of `range`, or `fallback` when it is blank */
function afterLastText(source: string, range: readonly [number, number], fallback: number): number {
  let end = range[1];
  while (end > range[0] && /\s/.test(source[end - 1])) end--;
  return end > range[0] ? end : fallback;
}

function feeMentionIndex(text: NormalizedText): number {
  return CITES_RULES.exec(text.value)?.index ?? -1;
}

export const feeStatement: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '第六部分须说明信息处理费的收取结果：写明金额，或明确写“未收取”',
      url: docsUrl('fee-statement'),
      basis: ['国办公开办函〔2021〕30号 第六部分', '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）'],
      category: 'structure',
    },
    messages: {
      missing: '第六部分没有说明信息处理费收取情况：请写明本年度收取的金额，或写“本年度未收取信息处理费”。',
      noOutcome: '这里只引用了信息处理费的规定，没有说明结果：请写明本年度收取的金额，或写“本年度未收取信息处理费”。',
      missingNoPart: '全文没有说明信息处理费收取情况：请在第六部分写明本年度收取的金额，或写“本年度未收取信息处理费”。',
    },
  },
  create(context) {
    return {
      Report(report) {
        // 109号 applies from 2021-01-01: the 2019 trial format has no fee item
        if (before2021(report)) return;
        // an excerpt that leaves out 六 says nothing about the fee
        if (!givenInFull(report, 6)) return;
        const part = report.part(6);
        if (!part) {
          if (!statesFeeOutcome(report.prose.value)) context.report({ messageId: 'missingNoPart', range: [0, 0] });
          return;
        }
        const text = report.proseIn(part.bodyRange);
        const source = context.sourceCode.text;
        if (statesFeeOutcome(text.value)) return;
        const mention = feeMentionIndex(text);
        if (mention >= 0) {
          const sentenceEnd = Math.min(text.value.length, pieceEnd(text.value, mention, FULL_STOP) + 1);
          const range = text.toRange(pieceStart(text.value, mention, LINE_OR_FULL_STOP), sentenceEnd);
          // a citation line without a full stop runs on into the next line: the sentence goes at its line's end
          const lineEnd = source.indexOf('\n', range[0]);
          const at = lineEnd >= 0 && lineEnd < range[1] ? afterLastText(source, [range[0], lineEnd], lineEnd) : range[1];
          context.report({ messageId: 'noOutcome', range, suggest: [noneChargedSuggestion(source, at)] });
        } else {
          // the 落款 closes the last part's body: the sentence goes before it
          const signature = report.metadata.signature;
          const signedAt = signature?.body?.range[0] ?? signature?.date?.range[0];
          const bodyEnd = signedAt !== undefined && signedAt > part.bodyRange[0] && signedAt < part.bodyRange[1] ? signedAt : part.bodyRange[1];
          const at = afterLastText(source, [part.bodyRange[0], bodyEnd], part.heading.range[1]);
          context.report({ messageId: 'missing', range: part.heading.range, suggest: [noneChargedSuggestion(source, at)] });
        }
      },
    };
  },
};
