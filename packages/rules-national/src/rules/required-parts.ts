import type { PartNumber, Rule } from '@xxgk-lint/core';
import { PART_TITLES, chineseNumeral } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const ALL: PartNumber[] = [1, 2, 3, 4, 5, 6];

export const requiredParts: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '年度报告须包含全部六个部分（一至六）',
      url: docsUrl('required-parts'),
      basis: ['《中华人民共和国政府信息公开条例》第五十条', '国办公开办函〔2021〕30号“不能遗漏”'],
      category: 'structure',
    },
    messages: {
      missing: '缺少第{{numeral}}部分“{{numeral}}、{{title}}”：请按国家格式补上这一部分及其标题。',
    },
  },
  create(context) {
    return {
      Report(report) {
        for (const n of ALL) {
          if (report.part(n)) continue;
          const next = report.parts.find((p) => p.number > n);
          const at = next ? next.heading.range[0] : context.sourceCode.text.length;
          context.report({
            messageId: 'missing',
            data: { numeral: chineseNumeral(n), title: PART_TITLES[n] },
            range: next ? [at, next.heading.range[1]] : [at, at],
          });
        }
      },
    };
  },
};
