import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { quotedTitles, titleKey } from '../quoted-titles.js';
import { scanProse } from '../scan.js';

/** two digits and 年, not part of a longer number, a decimal or a date like 2022-23年 */
const SHORT_YEAR = /(?<![0-9０-９.．\-－/~～至年])([0-9]{2})年(度)?/g;
/** "近22年", "连续12年", "工作满30年": a number of years */
const DURATION_BEFORE = /(近|连续|满|多|第|达|共|共计|已|余|超过|约|历时|用了|经过|长达|每|前后|这|那|最近|整整)$/;
const DURATION_AFTER = /^(来|以来|以上|以下|以内|之内|内|间|之间|后|前|多|余|左右|之久|半|期间|里|中|代)/;
const BOUNDARY = /[，,。；;：:、（(“《\n]$/;

export const abbreviatedYear: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    docs: {
      description: '年份写全四位数字，不写“22年”“23年度”',
      url: docsUrl('abbreviated-year'),
      basis: ['GB/T 15835—2011《出版物上数字的用法》（年份不能简写，如“1990年”不写作“90年”）'],
      category: 'writing',
    },
    messages: {
      abbreviated: '年份“{{written}}”简写了：请写全四位数字“{{full}}”。',
      abbreviatedInTitle: '书名号里的年份“{{written}}”简写了：这份文件在报告别处（或报告标题）写作四位年份，请同样写全“{{full}}”。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const scan = scanProse(context, { documentNumbers: true });
        const text = scan.prose.value;
        const reportYear = report.metadata.year ?? new Date().getFullYear();
        const titles = quotedTitles(text);
        const fullTitles = new Set(titles.filter((t) => t.fullYear).map((t) => t.key));
        const ownTitle = report.metadata.title ? titleKey(report.metadata.title.normalized) : undefined;
        /** the report names this title in full elsewhere, or it is the report's own: the short year is the report's slip */
        const citedWrongly = (key: string) => fullTitles.has(key) || (ownTitle !== undefined && key.length >= 8 && ownTitle.endsWith(key));
        let t = 0;
        for (const m of text.matchAll(SHORT_YEAR)) {
          const at = m.index ?? 0;
          const end = at + m[0].length;
          if (scan.skipped(at, end)) continue;
          while (t < titles.length && titles[t].end <= at) t++;
          const title = titles[t] !== undefined && titles[t].start <= at ? titles[t] : undefined;
          // a quoted title may abbreviate in the original: only the same title written in full elsewhere says otherwise
          if (title && !citedWrongly(title.key)) continue;
          const before = text.slice(Math.max(0, at - 4), at);
          const after = text.slice(end, end + 4);
          if (DURATION_BEFORE.test(before)) continue;
          if (!m[2] && DURATION_AFTER.test(after)) continue;
          // in a title also written with a four-digit year, the two digits stand where that year does
          const calendar = title !== undefined || m[2] === '度' || /^[0-9]{1,2}月/.test(after) || at === 0 || BOUNDARY.test(before);
          if (!calendar) continue;
          const yy = Number(m[1]);
          // the century that puts the year nearest the report's: "23年度" in a 2021 report is 2023, "98年" is 1998
          const century = Math.abs(2000 + yy - reportYear) <= Math.abs(1900 + yy - reportYear) ? 2000 : 1900;
          const full = `${century + yy}年${m[2] ?? ''}`;
          const digits = scan.range(at, at + 2);
          const range = scan.range(at, end);
          context.report({
            messageId: title ? 'abbreviatedInTitle' : 'abbreviated',
            data: { written: m[0], full },
            range,
            suggest: [{ desc: `改为“${full}”`, fix: (fixer) => fixer.replaceTextRange(digits, String(century + yy)) }],
          });
        }
      },
    };
  },
};
