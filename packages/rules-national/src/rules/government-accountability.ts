import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { givenInFull } from '../util.js';

const ITEMS: [string, RegExp][] = [
  ['工作考核', /考核/],
  ['社会评议', /评议/],
  ['责任追究', /责任追究|追责|问责/],
];

export const governmentAccountability: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '人民政府（含乡镇）的报告写明工作考核、社会评议和责任追究结果情况',
      url: docsUrl('government-accountability'),
      basis: [
        '《中华人民共和国政府信息公开条例》第五十条第（四）项：各级人民政府的年度报告还应当包括工作考核、社会评议和责任追究结果情况',
        '国办公开办函〔2021〕30号 一、总体情况（监督保障）',
      ],
      category: 'structure',
    },
    messages: {
      missing: '人民政府的年度报告应写明工作考核、社会评议和责任追究结果情况，这份报告没有写到“{{items}}”：请在“监督保障”中补写（没有发生的也写明，如“全年未发生责任追究情况”）。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const kind = report.metadata.bodyKind;
        if (kind !== 'government' && kind !== 'township') return;
        // 监督保障 in 一 or the problems in 五 (条例第五十条第（四）项) hold it: an excerpt without them can't be judged
        if (!givenInFull(report, 1) || !givenInFull(report, 5)) return;
        const text = report.prose.value;
        const missing = ITEMS.filter(([, re]) => !re.test(text)).map(([name]) => name);
        if (missing.length === 0) return;
        const at = report.part(1)?.heading.range ?? report.metadata.title?.range ?? [0, 0];
        context.report({ messageId: 'missing', data: { items: missing.join('”“') }, range: at });
      },
    };
  },
};
