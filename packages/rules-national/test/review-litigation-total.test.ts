import { RuleTester } from '@xxgk-lint/core/testing';
import { reviewLitigationTotal } from '../src/rules/review-litigation-total.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const mismatch = (group: string, terms: string, s: number, total: number) =>
  `表四“${group}”：结果维持+结果纠正+其他结果+尚未审结 = ${terms} = ${s}，但总计为 ${total}。请核对本组数字。`;
const pinpoint = (group: string, terms: string, s: number, total: number) =>
  `表四“${group}”：结果维持+结果纠正+其他结果+尚未审结 = ${terms} = ${s}，但总计为 ${total}。很可能是总计填错：四项都小于两者之差 ${s - total}，改其中任何一项都会成为负数，只有总计改为 ${s} 才能相符。`;

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
      name: '行政复议 10+1+0+0，总计填 0：只有总计能解释（任何一项减去 11 都成负数），指出总计，建议改为 11',
      code: report({ table4: [10, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }),
      errors: [
        {
          messageId: 'pinpoint',
          message: pinpoint('行政复议', '10+1+0+0', 11, 0),
          line: 79,
          column: 10,
          endLine: 79,
          endColumn: 11,
          suggestions: [{ desc: '将“行政复议”的总计改为 11', output: report({ table4: [10, 1, 0, 0, 11, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }) }],
        },
      ],
    },
    {
      name: '复议后起诉 5+0+0+0，总计填 0：总计改为 5 或结果维持改为 0 都能相符，不指认哪一格',
      code: report({ table4: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 5, 0, 0, 0, 0] }),
      errors: [{ messageId: 'mismatch', message: mismatch('行政诉讼（复议后起诉）', '5+0+0+0', 5, 0), line: 79, column: 29, endLine: 79, endColumn: 30 }],
    },
    {
      name: '总计大于四项之和：改总计或任何一项都能相符，不指认哪一格',
      code: report({ table4: [1, 0, 0, 0, 9, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }),
      errors: [{ messageId: 'mismatch', message: mismatch('行政复议', '1+0+0+0', 1, 9), line: 79, column: 9, endLine: 79, endColumn: 10 }],
    },
    {
      name: 'Markdown：直接起诉总计多写',
      code: report({ markdown: true, table4: [1, 0, 0, 0, 1, 0, 0, 0, 1, 12, 0, 0, 0, 0, 0] }),
      filePath: 'x.md',
      errors: [{ message: mismatch('行政诉讼（未经复议直接起诉）', '0+0+0+1', 1, 12), line: 82, column: 39, endLine: 82, endColumn: 41 }],
    },
  ],
});
