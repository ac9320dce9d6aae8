import { defineRule, isHan } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { DOUBLED_FUNCTION_CHARS } from '../reduplications.js';
import { scanProse } from '../scan.js';

const TIMES: Record<number, string> = { 2: '两', 3: '三', 4: '四', 5: '五' };

interface Options {
  /** doubles accepted as written, e.g. "了了" in a person's name */
  allow: string[];
}

export const repeatedChar = defineRule<Options, 'doubled'>({
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: 'text',
    docs: {
      description: '虚词连写两遍（“的的”“在在”“了了”“和和”）',
      url: docsUrl('repeated-char'),
      basis: ['《党政机关公文处理工作条例》第二十四条（文字准确、规范）；怀化市 2022 年通知：报告要“文字严谨”（domain.md §6.2）'],
      category: 'writing',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string' }, description: '不提示的重叠字（如人名里的“了了”）' },
      },
    },
    defaultOptions: { allow: [] },
    messages: {
      doubled: '“{{char}}”连写了{{count}}遍（“{{written}}”）：请删去多余的“{{char}}”。',
    },
  },
  create(context) {
    const allowed = new Set(context.options.allow);
    return {
      'Report:exit'(report) {
        const scan = scanProse(context);
        const text = scan.prose.value;
        const map = scan.prose.map;
        const source = context.sourceCode.text;
        // a table the model read out of running text (a crawler's flattened page) is still in the prose
        const tables = Object.values(report.tables).flatMap((t) => (t?.found === 'flattened' ? [t.range] : []));
        const inTable = (offset: number) => tables.some(([s, e]) => offset >= s && offset < e);
        let i = 0;
        // one pass: each run of one character is looked at once, from its first character
        while (i < text.length) {
          const ch = text[i];
          let end = i + 1;
          while (end < text.length && text[end] === ch) end++;
          const start = i;
          i = end;
          const count = end - start;
          if (count < 2 || !isHan(ch)) continue;
          const neighbours = DOUBLED_FUNCTION_CHARS.get(ch);
          if (!neighbours || allowed.has(ch.repeat(count)) || allowed.has(ch + ch)) continue;
          const before = text[start - 1] ?? '';
          const after = text[end] ?? '';
          // a word ending in the character before the double, or starting with it after: "为了了解", "以及及时", "但是是否"
          if (count === 2 && (neighbours.before.includes(before) || neighbours.after.includes(after))) continue;
          // AABB: "是是非非", "的的确确", "和和美美"
          if (count === 2 && ((isHan(after) && text[end + 1] === after) || (isHan(before) && text[start - 2] === before))) continue;
          if (scan.skipped(start, end) || inTable(map[start])) continue;
          // not across a line break: a line that ends with the character and one that starts with it
          if (source.slice(map[start], map[end - 1]).includes('\n')) continue;
          const range = scan.range(start, end);
          const extra = scan.range(start + 1, end);
          context.report({
            messageId: 'doubled',
            data: { char: ch, count: TIMES[count] ?? String(count), written: ch.repeat(count) },
            range,
            fix: (fixer) => fixer.removeRange(extra),
          });
        }
      },
    };
  },
});
