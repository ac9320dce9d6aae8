import type { BodyKind, Range } from '@xxgk-lint/core';
import { defineRule, inChrome, isBreak } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const MMDD = /^(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$/;

/** what a township's deadline is taken to be when no local rule sets one (the 条例 sets none) */
const TOWNSHIP_DEFAULT = '01-31';

/**
 * 条例第四十九条: departments 1月31日, county-and-above governments 3月31日;
 * 乡镇/街道 set locally. `guessed`: no law or local rule gives this deadline.
 */
function deadlineOf(kind: BodyKind | undefined, township: string | undefined): { mmdd: string; who: string; basis: string; guessed?: boolean } {
  if (kind === 'department') return { mmdd: '01-31', who: '县级以上人民政府部门', basis: '条例第四十九条第一款' };
  if (kind === 'township') {
    if (township === undefined) return { mmdd: TOWNSHIP_DEFAULT, who: '乡镇（街道）', basis: '条例未规定乡镇的期限，默认同部门，可按本地规定调整', guessed: true };
    return { mmdd: township, who: '乡镇（街道）', basis: '本地规定' };
  }
  if (kind === 'government') return { mmdd: '03-31', who: '县级以上地方人民政府', basis: '条例第四十九条第二款' };
  return { mmdd: '03-31', who: '各类机关', basis: '条例第四十九条（最晚的法定期限）' };
}

const PAGE_NUMBER = /^[-－—]\s*\d+\s*[-－—]$/;

/** the last sentence of the report's own text: trailing whitespace, page chrome and page numbers ("-5-") left out */
function lastSentence(text: string, chrome: readonly Range[]): Range | undefined {
  let end = text.length;
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    if (end === 0) return undefined;
    const chromeAt = chrome.find(([s, e]) => end - 1 >= s && end - 1 < e);
    if (chromeAt) {
      end = chromeAt[0];
      continue;
    }
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (!PAGE_NUMBER.test(text.slice(lineStart, end).trim())) break;
    end = lineStart;
  }
  let start = end - 1;
  while (start > 0 && !isBreak(text[start - 1]) && !inChrome(chrome, start - 1)) start--;
  while (/\s/.test(text[start])) start++;
  return [start, end];
}

export const publicationDeadline = defineRule<{ township?: string }, 'noSignature' | 'late'>({
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '发布日期不晚于法定期限：部门 1 月 31 日，县级以上人民政府 3 月 31 日，乡镇（街道）按本地规定（默认 1 月 31 日）',
      url: docsUrl('publication-deadline'),
      basis: ['《中华人民共和国政府信息公开条例》第四十九条'],
      category: 'consistency',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        township: { type: 'string', description: '乡镇（街道）报告的发布截止日，MM-DD（本地规定）；不设时按 01-31 核对，晚于它只作警告' },
      },
    },
    defaultOptions: {},
    messages: {
      noSignature: '报告末尾没有落款日期，无法核对发布期限：如需核对，请在文末写明发布报告的机关名称和成文日期（如“某县某局 2024年1月20日”）。',
      late: '发布日期 {{date}} 晚于{{who}}的发布期限 {{deadline}}（{{basis}}）：请按期发布，或核对落款日期。',
    },
  },
  create(context) {
    const { township } = context.options;
    if (township !== undefined && !MMDD.test(township)) throw new Error(`选项 township 应为 MM-DD 形式的日期（如 01-31），现为“${township}”`);
    return {
      Report(report) {
        const md = report.metadata;
        // a 发布时间 in the page's metadata block is the site's, not the report's own 落款
        const ownDate = md.signature?.date ?? (md.publicationDate && !inChrome(report.chrome, md.publicationDate.range[0]) ? md.publicationDate : undefined);
        if (!ownDate && report.excerpt === undefined) {
          const range = lastSentence(context.sourceCode.text, report.chrome);
          // the national format asks for no 落款 (怀化's pack does): only say that the deadline could not be checked
          if (range) context.report({ messageId: 'noSignature', range, severity: 'info' });
        }
        const date = md.publicationDate ?? md.signature?.date;
        if (!date || md.year === undefined) return;
        const deadline = deadlineOf(md.bodyKind, township);
        const [month, day] = deadline.mmdd.split('-').map(Number);
        const published = date.year * 10000 + date.month * 100 + date.day;
        const limit = (md.year + 1) * 10000 + month * 100 + day;
        if (published <= limit) return;
        context.report({
          messageId: 'late',
          data: { date: `${date.year}年${date.month}月${date.day}日`, who: deadline.who, deadline: `${md.year + 1}年${month}月${day}日`, basis: deadline.basis },
          range: date.range,
          // a deadline no law or local rule sets is a guess: a warning, never an error
          severity: deadline.guessed ? 'warn' : undefined,
        });
      },
    };
  },
});
