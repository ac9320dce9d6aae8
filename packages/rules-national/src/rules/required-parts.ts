import type { PartNumber, Rule } from '@xxgk-lint/core';
import { PART_TITLES, chineseNumeral } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const ALL: PartNumber[] = [1, 2, 3, 4, 5, 6];

const numerals = (parts: PartNumber[]) =>
  parts.length === 1 ? `第${chineseNumeral(parts[0])}部分` : `第${chineseNumeral(parts[0])}至第${chineseNumeral(parts[parts.length - 1])}部分`;

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
      headingMissing:
        '第{{numeral}}部分的统计表在这里，但没有找到标题“{{numeral}}、{{title}}”：请在表格前补上这一部分的标题（如果原文有标题，可能是转换格式时丢失了）。',
      excerpt:
        '这段文字似乎是报告的节选（{{reason}}）：没有{{missing}}（{{titles}}）。只检查了给出的部分；如果这是报告全文，请补上缺少的部分。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const excerpt = report.excerpt;
        for (const n of ALL) {
          if (excerpt?.missing.includes(n)) continue;
          const part = report.part(n);
          const data = { numeral: chineseNumeral(n), title: PART_TITLES[n] };
          if (part?.found === 'inferred') {
            const line = context.sourceCode.lines.locate(part.range[0]).line;
            context.report({ messageId: 'headingMissing', data, range: context.sourceCode.lines.lineRange(line), severity: 'warn' });
            continue;
          }
          if (part) continue;
          const next = report.parts.find((p) => p.number > n);
          const at = next ? next.heading.range[0] : context.sourceCode.text.length;
          context.report({ messageId: 'missing', data, range: next ? [at, next.heading.range[1]] : [at, at] });
        }
        if (excerpt) {
          const at = excerpt.end;
          context.report({
            messageId: 'excerpt',
            data: {
              reason: excerpt.reason,
              missing: numerals(excerpt.missing),
              titles: excerpt.missing.map((n) => `“${chineseNumeral(n)}、${PART_TITLES[n]}”`).join('、'),
            },
            range: [at, at],
            severity: 'warn',
          });
        }
      },
    };
  },
};
