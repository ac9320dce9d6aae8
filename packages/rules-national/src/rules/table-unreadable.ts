import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const MAX_MARK = 40;
const NAMES = { table2: '第二部分（主动公开）', table3: '第三部分（收到和处理申请）', table4: '第四部分（行政复议、行政诉讼）' };

export const tableUnreadable: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '统计表无法可靠读取时给出一条说明，代替一连串算术错误',
      url: docsUrl('table-unreadable'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式附表）'],
      category: 'arithmetic',
    },
    messages: {
      unreadable: '{{name}}的统计表无法可靠读取，未核对其中的数字：{{reasons}}。请检查表格是否完整，行、列是否与国家格式一致。',
    },
  },
  create(context) {
    return {
      Table(table) {
        // a table the excerpt cuts off is said once, by required-parts' excerpt finding
        if (table.confidence === 'high' || table.truncated) return;
        const start = table.range[0];
        const firstLineEnd = context.sourceCode.lines.lineRange(context.sourceCode.lines.locate(start).line)[1];
        // the table's first line; a table run into running text shares its line with the prose: its first words only
        const end = table.found === 'flattened' ? Math.min(firstLineEnd, table.range[1], start + MAX_MARK) : firstLineEnd;
        context.report({
          messageId: 'unreadable',
          data: { name: NAMES[table.kind], reasons: table.problems.join('；') },
          range: [start, Math.max(start, end)],
        });
      },
    };
  },
};
