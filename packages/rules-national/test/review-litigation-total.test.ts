import { RuleTester } from '@xxgk-lint/core/testing';
import { reviewLitigationTotal } from '../src/rules/review-litigation-total.js';
import { report } from './helpers.js';

const tester = new RuleTester();

const mismatch = (group: string, terms: string, s: number, total: number) =>
  `表四“${group}”：结果维持+结果纠正+其他结果+尚未审结 = ${terms} = ${s}，但总计为 ${total}。请核对本组数字。`;

/** 表四按 pdftotext -layout 的样子：空格对齐的列 */
const layoutTable4 = (data: string) => [
  '                行政复议                                        行政诉讼',
  '                                                未经复议直接起诉                复议后起诉',
  '结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计',
  data,
];

tester.run('national/review-litigation-total', reviewLitigationTotal, {
  valid: [
    { name: '三组各自相加等于总计', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '全部为 0', code: report({ table4: Array(15).fill(0) }) },
    { name: 'PDF 文字层（空格对齐）', code: report({ bodies: { 4: layoutTable4('   1         0         0         0       1       0         0         0         1       1       0         0         0         0       0') } }) },
    { name: '总计不对但少一个数（读不准）：不核对', code: report({ table4: [1, 0, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0] }) },
    { name: '一组里有空白格：这一组不核对', code: report({ table4: [1, '', 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }) },
  ],
  invalid: [
    {
      name: '行政复议总计多写 1：报在该组总计格',
      code: report({ table4: [1, 0, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }),
      errors: [{ messageId: 'mismatch', message: mismatch('行政复议', '1+0+0+0', 1, 2), line: 79, column: 9, endLine: 79, endColumn: 10 }],
    },
    {
      name: '复议后起诉：总计少算',
      code: report({ table4: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 2, 1, 0, 0, 2] }),
      errors: [{ message: mismatch('行政诉讼（复议后起诉）', '2+1+0+0', 3, 2), line: 79, column: 29, endLine: 79, endColumn: 30 }],
    },
    {
      name: '两组都不对：各报一条',
      code: report({ table4: [3, 1, 0, 1, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0] }),
      errors: [
        { message: mismatch('行政复议', '3+1+0+1', 5, 4), line: 79, column: 9, endLine: 79, endColumn: 10 },
        { message: mismatch('行政诉讼（未经复议直接起诉）', '0+0+0+1', 1, 0), line: 79, column: 19, endLine: 79, endColumn: 20 },
      ],
    },
    {
      name: 'PDF 文字层（空格对齐）：行政复议总计多写 1',
      code: report({ bodies: { 4: layoutTable4('   1         0         0         0       2       0         0         0         1       1       0         0         0         0       0') } }),
      errors: [{ message: mismatch('行政复议', '1+0+0+0', 1, 2), line: 79, column: 42, endLine: 79, endColumn: 43 }],
    },
    {
      name: 'Markdown：直接起诉总计多写',
      code: report({ markdown: true, table4: [1, 0, 0, 0, 1, 0, 0, 0, 1, 12, 0, 0, 0, 0, 0] }),
      filePath: 'x.md',
      errors: [{ message: mismatch('行政诉讼（未经复议直接起诉）', '0+0+0+1', 1, 12), line: 82, column: 39, endLine: 82, endColumn: 41 }],
    },
  ],
});
