import type { Rule } from '@xxgk-lint/core';
import { resultItemRows } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { PINPOINT_MESSAGE, announce, reportTable3Pinpoint } from '../pinpoint.js';
import { columnName, eachColumn, isReadable, numbers, plusNonZero, sum } from '../util.js';

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
    },
  },
  create(context) {
    announce(context.annualReport, 'result');
    return {
      Table(table) {
        if (table.kind !== 'table3' || !isReadable(table)) return;
        if (reportTable3Pinpoint(context, table, 'result')) return;
        const items = resultItemRows(table.layout);
        eachColumn((column, i) => {
          const totalCell = table.rows.resultTotal?.cells[i];
          const values = numbers([totalCell, ...items.map((r) => table.rows[r]?.cells[i])]);
          if (!values || !totalCell) return;
          const [total, ...parts] = values;
          const s = sum(parts);
          if (s === total) return;
          context.report({
            messageId: 'mismatch',
            data: { column: columnName(column), total, expression: plusNonZero(parts), sum: s },
            range: totalCell.range,
          });
        });
      },
    };
  },
};
