import type { Rule } from '@xxgk-lint/core';
import { isStandardTitle } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** the title's range without Markdown markers ("# ", "**"), so the suggestion keeps the heading a heading */
function withoutMarkers(text: string, range: [number, number]): [number, number] {
  const lead = /^(#{1,6}[ \t]+)?(\*\*|__)?/.exec(text)?.[0].length ?? 0;
  const trail = /(\*\*|__)?([ \t]+#+)?[ \t]*$/.exec(text.slice(lead))?.[0].length ?? 0;
  return [range[0] + lead, range[1] - trail];
}

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
          // an excerpt copied from a page's body leaves the page's heading behind
          if (report.excerpt) return;
          const firstLine = context.sourceCode.lines.lineRange(1);
          context.report({ messageId: 'missing', data: { example }, range: firstLine });
          return;
        }
        if (isStandardTitle(title.normalized)) return;
        const canSuggest = body !== undefined && year !== undefined;
        const range = withoutMarkers(context.sourceCode.getText(title.range), title.range);
        context.report({
          messageId: 'nonStandard',
          data: { example, actual: title.normalized },
          range,
          suggest: canSuggest ? [{ desc: `改为“${example}”`, fix: (fixer) => fixer.replaceTextRange(range, example) }] : undefined,
        });
      },
    };
  },
};
