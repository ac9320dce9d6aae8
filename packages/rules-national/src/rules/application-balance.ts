import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { MOVE_MESSAGE, PINPOINT_MESSAGE, SPLIT_MESSAGE, failingColumns, reportTable3Pinpoint, valuesOf } from '../pinpoint.js';
import { columnName, sum } from '../util.js';

export const applicationBalance: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    docs: {
      description: '表三每一列：一 + 二 = 三（七）总计 + 四（表中注明的勾稽关系）',
      url: docsUrl('application-balance'),
      basis: ['国办公开办函〔2021〕30号 表三注：第一项加第二项之和，等于第三项加第四项之和'],
      category: 'arithmetic',
    },
    messages: {
      unbalanced:
        '表三“{{column}}”列不平衡：一+二 = {{newCount}}+{{carried}} = {{left}}，但（七）总计+四 = {{results}}+{{forward}} = {{right}}。请核对这四个数。',
      pinpoint: PINPOINT_MESSAGE,
      split: SPLIT_MESSAGE,
      move: MOVE_MESSAGE,
    },
  },
  create(context) {
    return {
      Table(table) {
        const arithmetic = table.kind === 'table3' ? table.arithmetic : undefined;
        if (!arithmetic || reportTable3Pinpoint(context, arithmetic, 'balance')) return;
        for (const identity of failingColumns(arithmetic, 'balance')) {
          const [newCount, carried] = valuesOf(identity.left);
          const [results, forward] = valuesOf(identity.right);
          context.report({
            messageId: 'unbalanced',
            data: { column: columnName(identity.column), newCount, carried, left: sum([newCount, carried]), results, forward, right: sum([results, forward]) },
            range: identity.right[0].range,
          });
        }
      },
    };
  },
};
