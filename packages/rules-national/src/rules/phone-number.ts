import type { BreakOptions, Range, Rule } from '@xxgk-lint/core';
import { CLAUSES, pieceStart } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { scanProse } from '../scan.js';

/**
 * a mainland mobile number: 1[3-9] and nine digits, optionally as 3-4-4 with the same
 * separator twice (hyphen or space); never part of a longer number or a row of numbers,
 * a decimal or an amount ("13826531001.5元", "…1001项": a crawler ran two table cells together)
 */
const MOBILE = /(?<![0-9.．][-－ ]?)(?:\+?86[-－ ]?)?(1[3-9][0-9])([-－ ]?)([0-9]{4})\2([0-9]{4})(?![-－ ]?[0-9]|[.．][0-9]|[万亿]?元|件|条|项|个|次|人|户|份|%|％)/g;
/** the clause a service label heads: up to a comma too */
const COMMA_CLAUSES: BreakOptions = { ...CLAUSES, commas: true };
/** a phone word shortly before the number: without one (or separators), an 11-digit run is as likely a count run into an amount */
const PHONE_WORD = /电话|手机|联系|热线|号码|咨询|拨打|致电|来电|短信|微信|(?<![A-Za-z])(tel|phone|mobile)(?![A-Za-z])/i;
/** how far before the number a phone word counts, within the sentence */
const PHONE_WINDOW = 12;

/** "监督电话：", "咨询热线": a number the body publishes as its own service line */
const SERVICE_LABEL = /(监督|投诉|举报|咨询|服务|值班|办公|政务|公开)(电话|热线|专线|号码)[:：]?$|热线[:：]?$/;
/** a person in the same clause: then the number is theirs */
const PERSON = /某|先生|女士|同志|申请人|联系人|本人|村民|居民|群众|当事人/;

const digitsOf = (text: string) => text.replace(/[^0-9]/g, '').replace(/^86(?=1[3-9][0-9]{9}$)/, '');
const inside = (at: number, ranges: Range[]) => ranges.some(([s, e]) => at >= s && at < e);

export const phoneNumber: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '联系方式以外不出现手机号码（本机关公布的号码写在联系方式里，或在配置 settings.ownPhones 中登记）',
      url: docsUrl('phone-number'),
      basis: ['《中华人民共和国政府信息公开条例》第十五条（个人隐私）', '国务院办公厅《2018年政务公开工作要点》：涉及个人隐私的信息应去标识化'],
      category: 'privacy',
    },
    messages: {
      found: '手机号码“{{number}}”出现在报告的联系方式之外：如果是个人号码，请去标识化（如 {{masked}}）；如果是本机关公布的号码，请写进联系方式，或在配置的 settings.ownPhones 中登记。',
    },
  },
  create(context) {
    const own = new Set(
      (Array.isArray(context.settings.ownPhones) ? (context.settings.ownPhones as unknown[]) : []).map((p) => digitsOf(String(p))),
    );
    return {
      Report(report) {
        const statements = report.metadata.contactStatements;
        const contactRanges = statements.map((s) => s.range);
        const published = new Set(statements.flatMap((s) => [...s.text.matchAll(MOBILE)].map((m) => digitsOf(m[0]))));
        const scan = scanProse(context, { documentNumbers: true });
        for (const m of scan.prose.value.matchAll(MOBILE)) {
          const at = m.index ?? 0;
          if (scan.skipped(at, at + m[0].length)) continue;
          const range = scan.range(at, at + m[0].length);
          const digits = digitsOf(m[0]);
          if (inside(range[0], contactRanges) || own.has(digits) || published.has(digits)) continue;
          const text = scan.prose.value;
          const lead = text.slice(Math.max(at - PHONE_WINDOW, pieceStart(text, at, CLAUSES)), at);
          if (!m[2] && !PHONE_WORD.test(lead)) continue;
          const clause = text.slice(Math.max(at - 30, pieceStart(text, at, COMMA_CLAUSES)), at);
          if (SERVICE_LABEL.test(clause) && !PERSON.test(clause)) continue;
          context.report({ messageId: 'found', data: { number: m[0], masked: `${digits.slice(0, 3)}****${digits.slice(-4)}` }, range });
        }
      },
    };
  },
};
