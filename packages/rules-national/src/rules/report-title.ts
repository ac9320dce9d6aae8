import type { Rule } from '@xxgk-lint/core';
import { isStandardTitle } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

export const reportTitle: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    docs: {
      description: '标题写成“机关名称 + 四位年份 + 年（度）政府信息公开工作年度报告”',
      url: docsUrl('report-title'),
      basis: ['国办公开办函〔2021〕30号（报告名称）', '各地发布实践'],
      category: 'structure',
    },
    messages: {
      missing: '报告没有标题：请在开头写明“{{example}}”。',
      nonStandard: '标题应写成“{{example}}”的形式，现为“{{actual}}”。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const { title, body, year } = report.metadata;
        const example = `${body ?? '（机关名称）'}${year ?? 'YYYY'}年政府信息公开工作年度报告`;
        if (!title) {
          const firstLine = context.sourceCode.lines.lineRange(1);
          context.report({ messageId: 'missing', data: { example }, range: firstLine });
          return;
        }
        if (isStandardTitle(title.normalized)) return;
        const canSuggest = body !== undefined && year !== undefined;
        context.report({
          messageId: 'nonStandard',
          data: { example, actual: title.normalized },
          range: title.range,
          suggest: canSuggest ? [{ desc: `改为“${example}”`, fix: (fixer) => fixer.replaceTextRange(title.range, example) }] : undefined,
        });
      },
    };
  },
};
