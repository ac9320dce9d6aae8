import type { Rule } from '@xxgk-lint/core';
import { PART_TITLES, chineseNumeral } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { givenInFull } from '../util.js';

export const partHeading: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: 'text',
    docs: {
      description: '各部分标题使用国家格式的规范措辞',
      url: docsUrl('part-heading'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式）'],
      category: 'structure',
    },
    messages: {
      nonCanonical: '第{{numeral}}部分标题应为“{{expected}}”，现为“{{actual}}”：请改用国家格式的标题。',
    },
  },
  create(context) {
    return {
      Part(part) {
        const { heading } = part;
        // an inferred part has no heading to judge: required-parts says it is missing
        if (part.found === 'inferred' || heading.canonical || heading.acceptedVariant) return;
        // an excerpt that stops right after this heading may have cut the heading itself
        const report = context.annualReport;
        if (!givenInFull(report, part.number) && report.proseIn(part.bodyRange).value.trim() === '') return;
        const expected = PART_TITLES[part.number];
        context.report({
          messageId: 'nonCanonical',
          data: { numeral: chineseNumeral(part.number), expected, actual: heading.title },
          range: heading.titleRange,
          fix: (fixer) => fixer.replaceTextRange(heading.titleRange, expected),
        });
      },
    };
  },
};
