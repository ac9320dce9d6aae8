import type { DocumentNumber, Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const WRONG_BRACKETS: Record<string, string> = {
  '(': '半角圆括号“()”',
  '（': '圆括号“（）”',
  '[': '方括号“[]”',
  '［': '全角方括号“［］”',
  '【': '实心方括号“【】”',
  '﹝': '“﹝﹞”（U+FE5D/U+FE5E，与六角括号形近而编码不同）',
};

function problems(d: DocumentNumber): string[] {
  const out: string[] = [];
  if (!d.open || !d.close) out.push('年份两侧的六角括号缺了一边');
  else if (d.open !== '〔' || d.close !== '〕') {
    const wrong = d.open !== '〔' ? d.open : d.close;
    out.push(`年份应使用六角括号“〔〕”，不用${WRONG_BRACKETS[wrong] ?? `“${d.open}${d.close}”`}`);
  }
  if (d.ordinal) out.push('发文顺序号前不加“第”');
  if (/^0/.test(d.serial)) out.push('发文顺序号不编虚位（不写前导 0）');
  return out;
}

/** the 文号's year and serial as written, without the spaces in front */
function writtenRange(source: string, d: DocumentNumber): [number, number] {
  let start = d.numberRange[0];
  while (start < d.numberRange[1] && /[ \t\u3000]/.test(source[start])) start++;
  return [start, d.numberRange[1]];
}

export const documentNumber: Rule = {
  meta: {
    type: 'layout',
    defaultSeverity: 'warn',
    fixable: 'text',
    docs: {
      description: '文号的年份用六角括号〔〕括入，发文顺序号不加“第”、不编虚位（如 国办公开办函〔2021〕30号）',
      url: docsUrl('document-number'),
      basis: ['GB/T 9704—2012《党政机关公文格式》7.2.5 发文字号'],
      category: 'writing',
    },
    messages: {
      format: '文号中的“{{written}}”应写作“{{expected}}”：{{problems}}（GB/T 9704—2012 7.2.5）。',
    },
  },
  create(context) {
    const source = context.sourceCode.text;
    return {
      Report(report) {
        for (const d of report.documentNumbers) {
          if (d.canonical) continue;
          const expected = `〔${d.year}〕${Number(d.serial)}号`;
          const range = writtenRange(source, d);
          context.report({
            messageId: 'format',
            data: { written: source.slice(range[0], range[1]).replace(/\s+/g, ''), expected, problems: problems(d).join('；') },
            range,
            fix: (fixer) => fixer.replaceTextRange(d.numberRange, expected),
          });
        }
      },
    };
  },
};
