import type { Rule } from '@xxgk-lint/core';
import { PART_TITLES, chineseNumeral } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

export const partOrder: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '六个部分须按一至六的顺序出现，编号与国家格式一致，不重复、不错位',
      url: docsUrl('part-order'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式的六部分结构）'],
      category: 'structure',
    },
    messages: {
      outOfOrder: '“{{title}}”是第{{numeral}}部分，却出现在第{{previous}}部分之后：请按一至六的顺序排列各部分。',
      numbering: '“{{title}}”是国家格式的第{{numeral}}部分，编号却写作“{{written}}”：请改为“{{numeral}}、”。',
      duplicate: '第{{numeral}}部分“{{title}}”出现了两次：请合并为一处。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const seen = new Set<number>();
        let highest = 0;
        for (const part of report.parts) {
          const data = { title: PART_TITLES[part.number], numeral: chineseNumeral(part.number) };
          if (seen.has(part.number)) {
            context.report({ messageId: 'duplicate', data, range: part.heading.range });
            continue;
          }
          seen.add(part.number);
          if (part.number < highest) {
            context.report({ messageId: 'outOfOrder', data: { ...data, previous: chineseNumeral(highest) }, range: part.heading.range });
          } else if (part.heading.writtenNumber !== null && part.heading.writtenNumber !== part.number) {
            context.report({
              messageId: 'numbering',
              data: { ...data, written: `${chineseNumeral(part.heading.writtenNumber)}、` },
              range: [part.heading.range[0], part.heading.titleRange[0]],
            });
          }
          highest = Math.max(highest, part.number);
        }
      },
    };
  },
};
