import type { Rule } from '@xxgk-lint/core';
import { TABLE4_GROUPS, TABLE4_GROUP_LABELS } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { numberRange, pinpointTable4 } from '../pinpoint.js';
import { isReadable, numbers, sum } from '../util.js';

export const reviewLitigationTotal: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    docs: {
      description: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
      url: docsUrl('review-litigation-total'),
      basis: ['国办公开办函〔2021〕30号 表四'],
      category: 'arithmetic',
    },
    messages: {
      mismatch:
        '表四“{{group}}”：结果维持+结果纠正+其他结果+尚未审结 = {{upheld}}+{{corrected}}+{{other}}+{{pending}} = {{sum}}，但总计为 {{total}}。请核对本组数字。',
      pinpoint:
        '表四“{{group}}”：结果维持+结果纠正+其他结果+尚未审结 = {{upheld}}+{{corrected}}+{{other}}+{{pending}} = {{sum}}，但总计为 {{total}}。很可能是总计填错：四项都小于两者之差 {{difference}}，改其中任何一项都会成为负数，只有总计改为 {{sum}} 才能相符。',
    },
  },
  create(context) {
    return {
      Table(table) {
        if (table.kind !== 'table4' || !isReadable(table)) return;
        const pinpoints = pinpointTable4(table);
        for (const group of TABLE4_GROUPS) {
          const cells = table.groups[group];
          const values = cells && numbers(cells);
          if (!cells || !values) continue;
          const [upheld, corrected, other, pending, total] = values;
          const s = sum([upheld, corrected, other, pending]);
          if (s === total) continue;
          const data = { group: TABLE4_GROUP_LABELS[group], upheld, corrected, other, pending, sum: s, total };
          const pinpoint = pinpoints[group];
          const digits = numberRange(context.sourceCode, cells[4]);
          if (pinpoint?.index === 4 && digits) {
            context.report({
              messageId: 'pinpoint',
              data: { ...data, difference: sum([s, -total]) },
              range: cells[4].range,
              suggest: [{ desc: `将“${data.group}”的总计改为 ${s}`, fix: (fixer) => fixer.replaceTextRange(digits, String(s)) }],
            });
            continue;
          }
          context.report({ messageId: 'mismatch', data, range: cells[4].range });
        }
      },
    };
  },
};
