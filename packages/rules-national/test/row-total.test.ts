import { RuleTester } from '@xxgk-lint/core/testing';
import { rowTotal } from '../src/rules/row-total.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** one wrong cell: the finding names it (see pinpoint.test.ts for every cell of a real table) */
const pinpoint = (row: string, column: string, from: number, to: number, failing: string) =>
  `表三很可能是“${row}”行“${column}”列填错：现为 ${from}，若为 ${to} 则全部勾稽关系成立。现在对不上的是：${failing}。`;

tester.run('national/row-total', rowTotal, {
  valid: [
    { name: '每行总计 = 六类申请人之和', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '格内附注“5（含电话申请2件）”按 5 计', code: report({ table3: { new: ['5（含电话申请2件）', 1, 0, 0, 0, 0, 6] } }) },
    { name: '行内有空白格：这一行不核对（空白由 cell-value 提示）', code: report({ table3: { granted: [2, '', 0, 0, 0, 0, 4] } }) },
    { name: '总计不对但表三少一行（读不准）：不核对', code: report({ dropTable3Rows: ['other3'], table3: { granted: [2, 1, 0, 0, 0, 0, 4] } }) },
  ],
  invalid: [
    {
      // a single wrong cell is named (with row-total alone on, row-total names it)
      name: '只有“予以公开”行总计多写 1：指出这一格，建议改回 3',
      code: report({ table3: { granted: [2, 1, 0, 0, 0, 0, 4] } }),
      errors: [
        {
          messageId: 'pinpoint',
          message: pinpoint('三（一）', '总计', 4, 3, '本行六类申请人之和 3，“总计”列为 4；本列（一）至（六）各项之和 7，（七）总计为 6'),
          line: 46,
          column: 21,
          endLine: 46,
          endColumn: 22,
          suggestions: [{ desc: '将“三（一）”行“总计”列改为 3', output: report() }],
        },
      ],
    },
    {
      name: '“予以公开”行总计多写 1、（七）总计也随之多写 1：两格都错，照常报两行',
      code: report({ table3: { granted: [2, 1, 0, 0, 0, 0, 4], resultTotal: [5, 1, 0, 0, 0, 0, 7] } }),
      errors: [
        {
          messageId: 'mismatch',
          message: '表三“三（一）”行：六类申请人合计 2+1+0+0+0+0 = 3，但“总计”列为 4。请核对本行数字。',
          line: 46,
          column: 21,
          endLine: 46,
          endColumn: 22,
        },
        { message: '表三“三（七）总计”行：六类申请人合计 5+1+0+0+0+0 = 6，但“总计”列为 7。请核对本行数字。', line: 71, column: 19, endLine: 71, endColumn: 20 },
      ],
    },
    {
      name: '两行不对：各报一条',
      code: report({ table3: { new: [5, 1, 0, 0, 0, 0, 5], unable1: [1, 0, 0, 0, 0, 0, 0] } }),
      errors: [
        { message: '表三“一”行：六类申请人合计 5+1+0+0+0+0 = 6，但“总计”列为 5。请核对本行数字。', line: 43, column: 30, endLine: 43, endColumn: 31 },
        { message: '表三“三（四）1”行：六类申请人合计 1+0+0+0+0+0 = 1，但“总计”列为 0。请核对本行数字。', line: 58, column: 28, endLine: 58, endColumn: 29 },
      ],
    },
    {
      name: '结转下年度：“其他”列有数，总计漏加（一格错）：指出“其他”列这一格',
      code: report({ table3: { carriedForward: [1, 0, 0, 0, 0, 2, 1] } }),
      errors: [
        {
          messageId: 'pinpoint',
          message: pinpoint('四', '其他', 2, 0, '本行六类申请人之和 3，“总计”列为 1；本列一+二 = 0，（七）总计+四 = 2'),
          line: 72,
          column: 23,
          endLine: 72,
          endColumn: 24,
        },
      ],
    },
    {
      name: '结转下年度：“其他”列有数、总计漏加，（七）“其他”列也少写（两格错）：照常报本行',
      code: report({ table3: { carriedForward: [1, 0, 0, 0, 0, 2, 1], resultTotal: [5, 1, 0, 0, 0, 1, 6] } }),
      errors: [
        { message: '表三“三（七）总计”行：六类申请人合计 5+1+0+0+0+1 = 7，但“总计”列为 6。请核对本行数字。', line: 71, column: 19, endLine: 71, endColumn: 20 },
        { message: '表三“四”行：六类申请人合计 1+0+0+0+0+2 = 3，但“总计”列为 1。请核对本行数字。', line: 72, column: 25, endLine: 72, endColumn: 26 },
      ],
    },
    {
      name: 'Markdown：（六）3 行总计多写',
      code: report({ markdown: true, table3: { other3: [0, 0, 0, 0, 0, 0, 2] } }),
      filePath: 'x.md',
      errors: [
        {
          message: pinpoint('三（六）3', '总计', 2, 0, '本行六类申请人之和 0，“总计”列为 2；本列（一）至（六）各项之和 8，（七）总计为 6'),
          line: 72,
          column: 34,
          endLine: 72,
          endColumn: 35,
          suggestions: [{ desc: '将“三（六）3”行“总计”列改为 0', output: report({ markdown: true }) }],
        },
      ],
    },
  ],
});
