import type { Rule } from '@xxgk-lint/core';
import { TABLE4_GROUP_LABELS } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { numberRange, valuesOf } from '../pinpoint.js';
import { sum } from '../util.js';

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
        if (table.kind !== 'table4' || !table.arithmetic) return;
        for (const identity of table.arithmetic.groups) {
          if (identity.status !== 'fails') continue;
          const parts = valuesOf(identity.left);
          const [upheld, corrected, other, pending] = parts;
          const totalCell = identity.right[0];
          const total = totalCell.value as number;
          const s = sum(parts);
          const data = { group: TABLE4_GROUP_LABELS[identity.group], upheld, corrected, other, pending, sum: s, total };
          const digits = numberRange(context.sourceCode, totalCell);
          if (identity.fix?.cell === totalCell && digits) {
            context.report({
              messageId: 'pinpoint',
              data: { ...data, difference: sum([s, -total]) },
              range: totalCell.range,
              suggest: [{ desc: `将“${data.group}”的总计改为 ${s}`, fix: (fixer) => fixer.replaceTextRange(digits, String(s)) }],
            });
            continue;
          }
          context.report({ messageId: 'mismatch', data, range: totalCell.range });
        }
      },
    };
  },
};
