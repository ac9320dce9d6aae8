import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { MOVE_MESSAGE, PINPOINT_MESSAGE, SPLIT_MESSAGE, failingRows, reportTable3Pinpoint, valuesOf } from '../pinpoint.js';
import { plus, rowName, sum } from '../util.js';

export const rowTotal: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    docs: {
      description: '表三每一行：“总计”列 = 六类申请人之和',
      url: docsUrl('row-total'),
      basis: ['国办公开办函〔2021〕30号 表三（总计为各类申请人之和）'],
      category: 'arithmetic',
    },
    messages: {
      mismatch: '表三“{{row}}”行：六类申请人合计 {{expression}} = {{sum}}，但“总计”列为 {{total}}。请核对本行数字。',
      pinpoint: PINPOINT_MESSAGE,
      split: SPLIT_MESSAGE,
      move: MOVE_MESSAGE,
    },
  },
  create(context) {
    return {
      Table(table) {
        const arithmetic = table.kind === 'table3' ? table.arithmetic : undefined;
        if (!arithmetic || reportTable3Pinpoint(context, arithmetic, 'row')) return;
        for (const identity of failingRows(arithmetic)) {
          const parts = valuesOf(identity.left);
          const [total] = valuesOf(identity.right);
          context.report({
            messageId: 'mismatch',
            data: { row: rowName(identity.row), expression: plus(parts), sum: sum(parts), total },
            range: identity.right[0].range,
          });
        }
      },
    };
  },
};
