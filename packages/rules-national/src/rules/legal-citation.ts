import type { AnnualReport, DocumentNumber, Rule } from '@xxgk-lint/core';
import { HAN_CLASS } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const REGULATIONS = '中华人民共和国政府信息公开条例';
/** 《…》 titles */
const BOOK_TITLE = /《([^《》\n]{2,60})》/g;
/** a provincial or municipal 条例 of its own: 《湖北省政务公开条例》 */
const LOCAL = new RegExp(`^[${HAN_CLASS}]{2,8}(省|市|自治区|自治州)`);
const OLD_DECREE = /(国务院令|国令)第?492号/g;
/** the format notice named in words: "《……关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》", "……关于明确政府信息公开工作年度报告格式的要求" */
const FORMAT_NOTICE = /(政府信息公开工作)?年度报告格式[》〉>]?(的通知|的要求)?》?/g;
/** a 文号 this close after the notice's name is its number */
const NUMBER_WINDOW = 30;
/** the sentence that gives the report's basis: "根据……编制", "依据……要求" */
const BASIS = /(根据|依据|按照)[^。]{4,300}?(编制|要求|规定|制定|撰写)/;
const CITES_REGULATIONS = /政府信息公开条例|《条例》/;

/** the last 《…》 (or 〈…〉) title ending at most 30 characters before a 文号: what it is the number of */
function citedTitle(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 120), at);
  const close = Math.max(window.lastIndexOf('》'), window.lastIndexOf('〉'));
  if (close < 0 || window.length - close > 30) return '';
  const open = Math.max(window.lastIndexOf('《', close), window.lastIndexOf('〈', close));
  return open < 0 ? '' : window.slice(open + 1, close);
}

const ISSUERS = ['国办公开办函', '国办函', '国办发', '国发', '国函', '国办'];

/** the 文号 without the words before the issuer's code ("根据国办函〔2020〕109号" → "国办函〔2020〕109号") */
function issuerStart(d: DocumentNumber): number {
  for (const issuer of ISSUERS) {
    const i = d.prefix.lastIndexOf(issuer);
    if (i >= 0 && (i + issuer.length === d.prefix.length || issuer === '国办')) return i;
  }
  return Math.max(0, d.prefix.length - 6);
}

type Reporter = (descriptor: { messageId: string; data: Record<string, string>; range: [number, number] }) => void;

/** the format notice named without its 文号 anywhere after it: said once, at the first such mention */
function reportFormatWithoutNumber(report: AnnualReport, say: Reporter): void {
  const format = report.metadata.expectedFormat;
  if (format === 'pre-2019') return;
  const prose = report.prose;
  const numbers = report.documentNumbers.map((d) => prose.indexFrom(d.range[0]));
  for (const m of prose.value.matchAll(FORMAT_NOTICE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (numbers.some((n) => n >= at && n <= end + NUMBER_WINDOW)) continue;
    // "编制……年度报告格式" in running text with no notice named is no citation
    if (!/[》〉>]|的通知|的要求/.test(m[0])) continue;
    const number = format === '2019' ? '国办公开办函〔2019〕60号' : '国办公开办函〔2021〕30号';
    say({ messageId: 'formatWithoutNumber', data: { number }, range: prose.toRange(at, end) });
    return;
  }
}

/** the preamble's basis sentence names notices but not the 条例 */
function reportBasisWithoutRegulations(report: AnnualReport, say: Reporter): void {
  const first = report.parts[0];
  if (!first) return;
  const preamble = report.proseIn([0, first.range[0]]);
  const basis = BASIS.exec(preamble.value);
  if (!basis || CITES_REGULATIONS.test(basis[0])) return;
  const cited = basis[0].match(/《[^《》]{2,60}》/g);
  if (!cited) return;
  const at = basis.index;
  say({
    messageId: 'basisWithoutRegulations',
    data: { cited: cited.slice(0, 2).join('、') },
    range: preamble.toRange(at, at + basis[0].length),
  });
}

export const legalCitation: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    docs: {
      description: '正确引用《中华人民共和国政府信息公开条例》、国办公开办函〔2021〕30号和国办函〔2020〕109号',
      url: docsUrl('legal-citation'),
      basis: [
        '《中华人民共和国政府信息公开条例》（国务院令第711号，2019 年 5 月 15 日起施行）',
        '国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》',
        '国办函〔2020〕109号《政府信息公开信息处理费管理办法》',
      ],
      category: 'contact',
    },
    messages: {
      regulations: '条例的名称应为《中华人民共和国政府信息公开条例》，这里写成了《{{written}}》。',
      format: '年度报告格式的文号是“国办公开办函〔2021〕30号”，这里写成了“{{written}}”：请核对。',
      fees: '《政府信息公开信息处理费管理办法》的文号是“国办函〔2020〕109号”，这里写成了“{{written}}”：请核对。',
      formatWithoutNumber: '这里引用了年度报告格式，没有写文号：请写明“{{number}}”。',
      basisWithoutRegulations:
        '前言的编制依据只写了{{cited}}，没有《中华人民共和国政府信息公开条例》：年度报告是按条例第五十条编制的，请在依据中写明条例。',
      oldDecree: '“{{written}}”是 2007 年条例的国务院令，条例已于 2019 年修订（国务院令第711号，2019 年 5 月 15 日起施行）：请引用现行条例。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const prose = report.prose;
        const text = prose.value;
        for (const m of text.matchAll(BOOK_TITLE)) {
          const title = m[1];
          if (!title.includes('信息公开条例') || LOCAL.test(title) || title === REGULATIONS) continue;
          if (title.startsWith(REGULATIONS) && /^[(（]/.test(title.slice(REGULATIONS.length))) continue;
          const at = m.index ?? 0;
          const range = prose.toRange(at, at + m[0].length);
          context.report({
            messageId: 'regulations',
            data: { written: title },
            range,
            suggest: [{ desc: `改为《${REGULATIONS}》`, fix: (fixer) => fixer.replaceTextRange(range, `《${REGULATIONS}》`) }],
          });
        }
        const year = report.metadata.year;
        for (const d of report.documentNumbers) {
          const first = prose.indexFrom(d.range[0]);
          const at = first + issuerStart(d);
          const range = prose.toRange(at, first + d.text.length);
          const written = text.slice(at, first + d.text.length);
          const title = citedTitle(text, first);
          if (/处理费/.test(title)) {
            if (!(d.prefix.endsWith('国办函') && d.year === 2020 && Number(d.serial) === 109)) {
              context.report({ messageId: 'fees', data: { written }, range });
            }
          } else if (/年度报告格式|年报格式/.test(title) && (year === undefined || year >= 2021)) {
            // 〔2019〕60号 in a report of 2021 or later is outdated-template's finding
            if (d.year === 2019 && Number(d.serial) === 60) continue;
            if (!(d.prefix.endsWith('国办公开办函') && d.year === 2021 && Number(d.serial) === 30)) {
              context.report({ messageId: 'format', data: { written }, range });
            }
          }
        }
        reportFormatWithoutNumber(report, context.report);
        reportBasisWithoutRegulations(report, context.report);
        if (year === undefined || year >= 2019) {
          for (const m of text.matchAll(OLD_DECREE)) {
            const at = m.index ?? 0;
            context.report({ messageId: 'oldDecree', data: { written: m[0] }, range: prose.toRange(at, at + m[0].length) });
          }
        }
      },
    };
  },
};
