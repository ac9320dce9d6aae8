import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { before2021 } from '../util.js';

const ITEMS: [string, RegExp][] = [
  ['年度政务公开工作要点落实情况', /要点/],
  ['人大代表建议和政协提案办理结果公开情况', /人大代表建议|人大建议|政协(委员)?提案|建议提案|建议和提案|建议、提案|议案提案/],
  ['年度政务公开工作创新情况', /创新/],
];

export const partSixItems: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'off',
    docs: {
      description: '人民政府报告的第六部分写明政务公开工作要点落实、人大代表建议和政协提案办理结果公开、工作创新情况',
      url: docsUrl('part-six-items'),
      basis: ['国办公开办函〔2021〕30号 六、其他需要报告的事项（各级人民政府还应报告的事项；原文待核，见 domain.md §2.2）'],
      category: 'structure',
    },
    messages: {
      missing: '人民政府报告的第六部分应写明“{{item}}”：没有的也请写明（如“本年度未承办人大代表建议和政协提案”）。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const kind = report.metadata.bodyKind;
        if (kind !== 'government' && kind !== 'township') return;
        const part = report.part(6);
        if (!part || before2021(report)) return;
        const text = report.proseIn(part.bodyRange).value;
        for (const [item, re] of ITEMS) {
          if (!re.test(text)) context.report({ messageId: 'missing', data: { item }, range: part.heading.range });
        }
      },
    };
  },
};
