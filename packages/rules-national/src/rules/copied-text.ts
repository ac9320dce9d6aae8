import { CLAUSES, defineRule, splitPieces } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { fileName } from '../util.js';

interface Options {
  /** share of this year's sentences found in last year's report that is reported */
  threshold: number;
  /** sentences shorter than this (after normalisation) are not compared */
  minLength: number;
}

/** a sentence's comparison key: digits folded, so "2023年" and "2024年" compare equal */
function key(sentence: string): string {
  return sentence.replace(/[0-9０-９]+/g, '#').replace(/[\s“”"'‘’（）()《》]/g, '');
}

function sentences(prose: string, minLength: number): string[] {
  return splitPieces(prose, CLAUSES)
    .map((piece) => key(piece.text))
    .filter((s) => s.length >= minLength);
}

export const copiedText = defineRule<Options, 'copied'>({
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '正文大部分句子与上一年度报告相同（默认 90% 以上）时提示：年报应反映本年度的情况',
      url: docsUrl('copied-text'),
      basis: ['中国社会科学院法学研究所《法治蓝皮书》（2017）：部分年报与去年的重复率竟达 90%', '怀化市 2022 年通知：内容雷同将依条例第四十七条追责'],
      category: 'consistency',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1, description: '报告的重复比例下限（0–1）' },
        minLength: { type: 'integer', minimum: 1, description: '参与比较的句子最短字数' },
      },
    },
    defaultOptions: { threshold: 0.9, minLength: 8 },
    messages: {
      copied: '本报告 {{ratio}}% 的句子（{{copied}}/{{total}} 句，数字不计）与上一年度报告（{{file}}）相同：请按本年度的实际情况重写。',
    },
  },
  create(context) {
    const options = context.options;
    return {
      Report(report) {
        const previous = context.previousReport;
        if (!previous) return;
        const before = new Set(sentences(previous.report.prose.value, options.minLength));
        const now = sentences(report.prose.value, options.minLength);
        if (now.length === 0 || before.size === 0) return;
        const copied = now.filter((s) => before.has(s)).length;
        const ratio = copied / now.length;
        if (ratio < options.threshold) return;
        context.report({
          messageId: 'copied',
          data: { ratio: Math.round(ratio * 100), copied, total: now.length, file: fileName(previous.filePath) },
          range: report.metadata.title?.range ?? [0, 0],
        });
      },
    };
  },
});
