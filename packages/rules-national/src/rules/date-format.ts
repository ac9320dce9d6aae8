import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { scanProse } from '../scan.js';

const NUMERIC_DATE = /(?<![0-9A-Za-z.\-/])((?:19|20)[0-9]{2})([-./．])([0-9]{1,2})\2([0-9]{1,2})(?![0-9.\-/])/g;

export const dateFormat: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'off',
    hasSuggestions: true,
    docs: {
      description: '正文中的日期写作“2023年1月5日”，不写“2023-1-5”“2023.1.5”“2023/1/5”',
      url: docsUrl('date-format'),
      basis: ['GB/T 15835—2011《出版物上数字的用法》', 'GB/T 7408（全数字日期须写作 2023-01-05）'],
      category: 'writing',
    },
    messages: {
      numeric: '日期“{{written}}”不规范：正文请写作“{{chinese}}”（全数字写法须为 {{iso}}）。',
    },
  },
  create(context) {
    return {
      Report() {
        const scan = scanProse(context, { documentNumbers: true });
        for (const m of scan.prose.value.matchAll(NUMERIC_DATE)) {
          const at = m.index ?? 0;
          if (scan.skipped(at, at + m[0].length)) continue;
          const [written, y, sep, mo, d] = m;
          const month = Number(mo);
          const day = Number(d);
          if (month < 1 || month > 12 || day < 1 || day > 31) continue;
          // 2023-01-05 is the GB/T 7408 form
          if (sep === '-' && mo.length === 2 && d.length === 2) continue;
          const chinese = `${y}年${month}月${day}日`;
          const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const range = scan.range(at, at + written.length);
          context.report({
            messageId: 'numeric',
            data: { written, chinese, iso },
            range,
            suggest: [{ desc: `改为“${chinese}”`, fix: (fixer) => fixer.replaceTextRange(range, chinese) }],
          });
        }
      },
    };
  },
};
