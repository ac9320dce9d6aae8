import { RuleTester } from '@xxgk-lint/core/testing';
import { rowTotal } from '../src/rules/row-total.js';
import { report } from './helpers.js';

const tester = new RuleTester();

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
      name: '“予以公开”行总计多写 1：报在该行总计格',
      code: report({ table3: { granted: [2, 1, 0, 0, 0, 0, 4] } }),
      errors: [
        {
          messageId: 'mismatch',
          message: '表三“三（一）”行：六类申请人合计 2+1+0+0+0+0 = 3，但“总计”列为 4。请核对本行数字。',
          line: 46,
          column: 21,
          endLine: 46,
          endColumn: 22,
        },
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
      name: '结转下年度：“其他”列有数，总计漏加',
      code: report({ table3: { carriedForward: [1, 0, 0, 0, 0, 2, 1] } }),
      errors: [{ message: '表三“四”行：六类申请人合计 1+0+0+0+0+2 = 3，但“总计”列为 1。请核对本行数字。', line: 72, column: 25, endLine: 72, endColumn: 26 }],
    },
    {
      name: 'Markdown：（六）3 行总计多写',
      code: report({ markdown: true, table3: { other3: [0, 0, 0, 0, 0, 0, 2] } }),
      filePath: 'x.md',
      errors: [{ message: '表三“三（六）3”行：六类申请人合计 0+0+0+0+0+0 = 0，但“总计”列为 2。请核对本行数字。', line: 72, column: 34, endLine: 72, endColumn: 35 }],
    },
  ],
});
