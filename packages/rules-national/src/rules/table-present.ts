import type { PartNumber, Rule, TableKind } from '@xxgk-lint/core';
import { PART_TITLES, chineseNumeral } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const TABLE_OF_PART: [PartNumber, TableKind][] = [
  [2, 'table2'],
  [3, 'table3'],
  [4, 'table4'],
];

export const tablePresent: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '第二、三、四部分各有其国家格式的统计表',
      url: docsUrl('table-present'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式附表）'],
      category: 'structure',
    },
    messages: {
      missing: '第{{numeral}}部分“{{title}}”缺少统计表：请按国家格式填列本部分的表格（没有数据的填 0），不能只写文字。',
      misplaced: '第{{numeral}}部分“{{title}}”的统计表不在本部分内（出现在第 {{line}} 行）：请把表格放回本部分标题之下。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const parts = report.parts;
        // an excerpt stops inside its last part: what would follow is not there to judge
        const cutPart = report.excerpt?.cut ? parts[parts.length - 1]?.number : undefined;
        for (const [number, kind] of TABLE_OF_PART) {
          const part = report.part(number);
          if (!part || number === cutPart) continue;
          const table = report.tables[kind];
          const data = { numeral: chineseNumeral(number), title: PART_TITLES[number] };
          if (!table) {
            // a heading found inside running text (a flattened page) is read less surely than a heading line
            context.report({ messageId: 'missing', data, range: part.heading.range, ...(part.found === 'heading' ? {} : { severity: 'warn' as const }) });
          } else if (table.range[0] < part.range[0] || table.range[0] >= part.range[1]) {
            const line = context.sourceCode.lines.locate(table.range[0]).line;
            context.report({ messageId: 'misplaced', data: { ...data, line }, range: part.heading.range });
          }
        }
      },
    };
  },
};
