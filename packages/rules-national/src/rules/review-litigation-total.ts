import type { Rule } from '@xxgk-lint/core';
import { TABLE4_GROUPS, TABLE4_GROUP_LABELS } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { isReadable, numbers, sum } from '../util.js';

export const reviewLitigationTotal: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
      url: docsUrl('review-litigation-total'),
      basis: ['国办公开办函〔2021〕30号 表四'],
      category: 'arithmetic',
    },
    messages: {
      mismatch:
        '表四“{{group}}”：结果维持+结果纠正+其他结果+尚未审结 = {{upheld}}+{{corrected}}+{{other}}+{{pending}} = {{sum}}，但总计为 {{total}}。请核对本组数字。',
    },
  },
  create(context) {
    return {
      Table(table) {
        if (table.kind !== 'table4' || !isReadable(table)) return;
        for (const group of TABLE4_GROUPS) {
          const cells = table.groups[group];
          const values = cells && numbers(cells);
          if (!cells || !values) continue;
          const [upheld, corrected, other, pending, total] = values;
          const s = sum([upheld, corrected, other, pending]);
          if (s === total) continue;
          context.report({
            messageId: 'mismatch',
            data: { group: TABLE4_GROUP_LABELS[group], upheld, corrected, other, pending, sum: s, total },
            range: cells[4].range,
          });
        }
      },
    };
  },
};
