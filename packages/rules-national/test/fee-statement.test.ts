import { RuleTester } from '@xxgk-lint/core/testing';
import { feeStatement } from '../src/rules/fee-statement.js';
import { IMPROVEMENT, OTHER, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const MISSING = '第六部分没有说明信息处理费收取情况：请写明本年度收取的金额，或写“本年度未收取信息处理费”。';
const NO_OUTCOME = '这里只引用了信息处理费的规定，没有说明结果：请写明本年度收取的金额，或写“本年度未收取信息处理费”。';
const MISSING_NO_PART = '全文没有说明信息处理费收取情况：请在第六部分写明本年度收取的金额，或写“本年度未收取信息处理费”。';

const fee = (sentence: string) => report({ fee: sentence });

const NONE = '本年度未收取信息处理费。';
const SUGGESTION_DESC = `补写“${NONE}”（本年度确未收取时）`;
/** `code` with `inserted` written right after the first `after` */
const insertAfter = (code: string, after: string, inserted: string) => {
  const at = code.indexOf(after) + after.length;
  return code.slice(0, at) + inserted + code.slice(at);
};
const CITED = '（一）本年度依法依规办理政府信息公开申请。严格执行《政府信息公开信息处理费管理办法》有关规定。';
const OTHER_ONLY = report({ bodies: { 6: OTHER } });
const EMPTY_SIX = report({ bodies: { 6: [] }, signature: null });
const CITED_NO_STOP = report({ bodies: { 6: ['依照《政府信息公开信息处理费管理办法》', ...OTHER] } });

tester.run('national/fee-statement', feeStatement, {
  valid: [
    { name: '未收取信息处理费', code: fee('（一）本年度未收取信息处理费。') },
    { name: '没有产生信息公开处理费（引用办法并说明结果）', code: fee('（一）按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。') },
    { name: '收取信息处理费 0 元', code: fee('（一）本年度收取信息处理费 0 元。') },
    { name: '收取信息处理费3940元', code: fee('（一）本年度共收取信息处理费3940元。') },
    { name: '金额以万元计', code: fee('（一）本机关本年度共收取信息处理费0.2万元。') },
    { name: '均未向申请人收取', code: fee('（一）本年度均未向申请人收取信息处理费。') },
    { name: '“信息处理费收取情况：无”', code: fee('（一）信息处理费收取情况：无。') },
    { name: '“无信息处理费收取情况”', code: fee('（一）本年度无信息处理费收取情况。') },
    { name: '不收取任何费用', code: fee('（一）本年度不收取任何费用。') },
    { name: '第六部分里的“未收费”就是收费结果', code: fee('（一）本年度未收费。') },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    {
      name: '没有第六部分，但正文其他地方写明了结果（缺部分由 required-parts 报告）',
      code: report({ order: [1, 2, 3, 4, 5], bodies: { 5: [...IMPROVEMENT, '本年度未收取信息处理费。'] } }),
    },
  ],
  invalid: [
    {
      name: '只引用《办法》，没有说明结果：报在这句话上',
      code: fee('（一）2023年，本单位依据国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知（国办函〔2020〕109号）。'),
      errors: [{ messageId: 'noOutcome', message: NO_OUTCOME, line: 89, column: 1, endLine: 89, endColumn: 61 }],
    },
    {
      name: '引用规定的句子在段中：只标这一句',
      code: fee('（一）本年度依法依规办理政府信息公开申请。严格执行《政府信息公开信息处理费管理办法》有关规定。'),
      errors: [{ message: NO_OUTCOME, line: 89, column: 22, endLine: 89, endColumn: 48 }],
    },
    {
      name: '只有小标题“信息处理费收取情况。”',
      code: fee('（一）信息处理费收取情况。严格执行国家有关规定。'),
      errors: [{ message: NO_OUTCOME, line: 89, column: 1, endLine: 89, endColumn: 14 }],
    },
    {
      name: '第六部分什么都没写：报在第六部分标题',
      code: report({ bodies: { 6: ['无。'] } }),
      errors: [{ messageId: 'missing', message: MISSING, line: 87, column: 1, endLine: 87, endColumn: 12 }],
    },
    {
      name: '第六部分只写了其他事项',
      code: report({ bodies: { 6: OTHER } }),
      errors: [{ message: MISSING, line: 87, column: 1, endLine: 87, endColumn: 12 }],
    },
    {
      name: '结果写在第一部分、第六部分没写：仍报第六部分',
      code: report({ fee: null, bodies: { 1: ['2023年，我镇未收到政府信息公开申请，未收取信息处理费。'] } }),
      errors: [{ message: MISSING, line: 77, column: 1, endLine: 77, endColumn: 12 }],
    },
    {
      name: 'Markdown：第六部分缺说明，位置不含 “## ”',
      code: report({ markdown: true, fee: null }),
      filePath: 'x.md',
      errors: [{ message: MISSING, line: 90, column: 4, endLine: 90, endColumn: 15 }],
    },
    {
      name: '没有第六部分，全文也没有说明：报在文首',
      code: report({ order: [1, 2, 3, 4, 5] }),
      errors: [{ messageId: 'missingNoPart', message: MISSING_NO_PART, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: '建议：引用规定的句子之后补写“本年度未收取信息处理费。”',
      code: fee(CITED),
      errors: [{ message: NO_OUTCOME, line: 89, column: 22, endLine: 89, endColumn: 48, suggestions: [{ desc: SUGGESTION_DESC, output: insertAfter(fee(CITED), '有关规定。', NONE) }] }],
    },
    {
      name: '建议：引用规定的一行没有句号，另起一行补写',
      code: CITED_NO_STOP,
      errors: [{ message: NO_OUTCOME, line: 89, column: 1, endLine: 91, endColumn: 42, suggestions: [{ output: insertAfter(CITED_NO_STOP, '管理办法》', `\n${NONE}`) }] }],
    },
    {
      name: '建议：第六部分只写了其他事项，在第六部分末尾补写',
      code: OTHER_ONLY,
      errors: [{ message: MISSING, line: 87, column: 1, endLine: 87, endColumn: 12, suggestions: [{ desc: SUGGESTION_DESC, output: insertAfter(OTHER_ONLY, '政协提案办理事项。', NONE) }] }],
    },
    {
      name: '建议：第六部分没有正文，补写在标题下一行',
      code: EMPTY_SIX,
      errors: [{ message: MISSING, ...locate(EMPTY_SIX, '六、其他需要报告的事项'), suggestions: [{ output: insertAfter(EMPTY_SIX, '六、其他需要报告的事项', `\n${NONE}`) }] }],
    },
    {
      name: '没有第六部分：不给建议（不知道写在哪里）',
      code: report({ order: [1, 2, 3, 4, 5] }),
      errors: [{ messageId: 'missingNoPart', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [] }],
    },
  ],
});
