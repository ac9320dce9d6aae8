import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { PINPOINT_MESSAGE, announce, reportTable3Pinpoint } from '../pinpoint.js';
import { columnName, eachColumn, isReadable, numbers } from '../util.js';

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
    },
  },
  create(context) {
    announce(context.annualReport, 'balance');
    return {
      Table(table) {
        if (table.kind !== 'table3' || !isReadable(table)) return;
        if (reportTable3Pinpoint(context, table, 'balance')) return;
        eachColumn((column, i) => {
          const cells = (['new', 'carriedOver', 'resultTotal', 'carriedForward'] as const).map((r) => table.rows[r]?.cells[i]);
          const values = numbers(cells);
          if (!values) return;
          const [newCount, carried, results, forward] = values;
          const left = newCount + carried;
          const right = results + forward;
          if (left === right) return;
          context.report({
            messageId: 'unbalanced',
            data: { column: columnName(column), newCount, carried, left, results, forward, right },
            range: cells[2]!.range,
          });
        });
      },
    };
  },
};
