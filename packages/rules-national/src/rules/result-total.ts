import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { MOVE_MESSAGE, PINPOINT_MESSAGE, SPLIT_MESSAGE, failingColumns, reportTable3Pinpoint, valuesOf } from '../pinpoint.js';
import { columnName, plusNonZero, sum } from '../util.js';

export const resultTotal: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    docs: {
      description: '表三每一列：三（七）总计 = （一）至（六）各项办理结果之和',
      url: docsUrl('result-total'),
      basis: ['国办公开办函〔2021〕30号 表三（每件申请只计一种办理结果）'],
      category: 'arithmetic',
    },
    messages: {
      mismatch: '表三“{{column}}”列：（七）总计为 {{total}}，但（一）至（六）各项之和为 {{expression}} = {{sum}}。请核对办理结果各项或总计。',
      pinpoint: PINPOINT_MESSAGE,
      split: SPLIT_MESSAGE,
      move: MOVE_MESSAGE,
    },
  },
  create(context) {
    return {
      Table(table) {
        const arithmetic = table.kind === 'table3' ? table.arithmetic : undefined;
        if (!arithmetic || reportTable3Pinpoint(context, arithmetic, 'result')) return;
        for (const identity of failingColumns(arithmetic, 'result')) {
          const parts = valuesOf(identity.left);
          const [total] = valuesOf(identity.right);
          context.report({
            messageId: 'mismatch',
            data: { column: columnName(identity.column), total, expression: plusNonZero(parts), sum: sum(parts) },
            range: identity.right[0].range,
          });
        }
      },
    };
  },
};
