import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { PINPOINT_MESSAGE, announce, reportTable3Pinpoint } from '../pinpoint.js';
import { isReadable, numbers, plus, rowName, sum } from '../util.js';

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
    },
  },
  create(context) {
    announce(context.annualReport, 'row');
    return {
      Table(table) {
        if (table.kind !== 'table3' || !isReadable(table)) return;
        if (reportTable3Pinpoint(context, table, 'row')) return;
        for (const key of table.order) {
          const cells = table.rows[key]!.cells;
          const values = numbers(cells);
          if (!values) continue;
          const parts = values.slice(0, 6);
          const total = values[6];
          const s = sum(parts);
          if (s === total) continue;
          context.report({
            messageId: 'mismatch',
            data: { row: rowName(key), expression: plus(parts), sum: s, total },
            range: cells[6].range,
          });
        }
      },
    };
  },
};
