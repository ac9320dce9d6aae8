import { RuleTester } from '@xxgk-lint/core/testing';
import { applicationBalance } from '../src/rules/application-balance.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const ZERO = [0, 0, 0, 0, 0, 0, 0];

/** one wrong cell: the finding names it (see pinpoint.test.ts for every cell of a real table) */
const pinpoint = (row: string, column: string, from: number, to: number, failing: string) =>
  `表三很可能是“${row}”行“${column}”列填错：现为 ${from}，若为 ${to} 则全部勾稽关系成立。现在对不上的是：${failing}。`;

tester.run('national/application-balance', applicationBalance, {
  valid: [
    { name: '一+二 = 6+1 = （七）6 + 四 1，每列都平衡', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    {
      name: '零报告：全部为 0',
      code: report({
        table3: { new: ZERO, carriedOver: ZERO, granted: ZERO, partlyGranted: ZERO, refused4: ZERO, unable1: ZERO, resultTotal: ZERO, carriedForward: ZERO },
      }),
    },
    { name: '“自然人”列有空白格：这一列不核对（空白由 cell-value 提示）', code: report({ table3: { new: ['', 1, 0, 0, 0, 0, 6] } }) },
    { name: '不平衡但表三少一行（读不准）：不核对，只由 table-unreadable 报告', code: report({ dropTable3Rows: ['refused8'], table3: { new: [5, 1, 0, 0, 0, 0, 7] } }) },
    { name: '只改了（七）中间的一个分项：由 result-total 报告，本规则只看一、二、（七）、四', code: report({ table3: { granted: [3, 1, 0, 0, 0, 0, 4] } }) },
    {
      name: '只错了一个分项格（本列一、二、（七）、四都对）：这一格由 result-total 指出，本规则不报',
      code: report({ table3: { refused4: [2, 0, 0, 0, 0, 0, 1] } }),
    },
  ],
  invalid: [
    {
      // one wrong cell used to give "总计列不平衡" at （七）总计; now the cell itself is named, once
      name: '只有“一”行总计多写 1：指出这一格，建议改回 6',
      code: report({ table3: { new: [5, 1, 0, 0, 0, 0, 7] } }),
      errors: [
        {
          messageId: 'pinpoint',
          message: pinpoint('一', '总计', 7, 6, '本行六类申请人之和 6，“总计”列为 7；本列一+二 = 8，（七）总计+四 = 7'),
          line: 43,
          column: 30,
          endLine: 43,
          endColumn: 31,
          suggestions: [{ desc: '将“一”行“总计”列改为 6', output: report() }],
        },
      ],
    },
    {
      name: '“四”行自然人列少写 1（行总计也随之少 1）：两格都错，照常报两列',
      code: report({ table3: { carriedForward: [0, 0, 0, 0, 0, 0, 0] } }),
      errors: [
        {
          messageId: 'unbalanced',
          message: '表三“自然人”列不平衡：一+二 = 5+1 = 6，但（七）总计+四 = 5+0 = 5。请核对这四个数。',
          line: 71,
          column: 7,
          endLine: 71,
          endColumn: 8,
        },
        { message: '表三“总计”列不平衡：一+二 = 6+1 = 7，但（七）总计+四 = 6+0 = 6。请核对这四个数。', line: 71, column: 19, endLine: 71, endColumn: 20 },
      ],
    },
    {
      name: '新收自然人申请 6 件（行内总计也随之改为 7）：两列不平衡',
      code: report({ table3: { new: [6, 1, 0, 0, 0, 0, 7] } }),
      errors: [
        { message: '表三“自然人”列不平衡：一+二 = 6+1 = 7，但（七）总计+四 = 5+1 = 6。请核对这四个数。', line: 71, column: 7, endLine: 71, endColumn: 8 },
        { message: '表三“总计”列不平衡：一+二 = 7+1 = 8，但（七）总计+四 = 6+1 = 7。请核对这四个数。', line: 71, column: 19, endLine: 71, endColumn: 20 },
      ],
    },
    {
      name: '结转下年度多写 1（商业企业列）',
      code: report({ table3: { carriedForward: [1, 1, 0, 0, 0, 0, 2] } }),
      errors: [
        { message: '表三“商业企业”列不平衡：一+二 = 1+0 = 1，但（七）总计+四 = 1+1 = 2。请核对这四个数。', line: 71, column: 9, endLine: 71, endColumn: 10 },
        { message: '表三“总计”列不平衡：一+二 = 6+1 = 7，但（七）总计+四 = 6+2 = 8。请核对这四个数。', line: 71, column: 19, endLine: 71, endColumn: 20 },
      ],
    },
    {
      name: '多位数：位置覆盖整个数',
      code: report({
        table3: {
          new: [120, 15, 0, 0, 3, 0, 138],
          carriedOver: [12, 0, 0, 0, 0, 0, 12],
          granted: [100, 13, 0, 0, 3, 0, 116],
          partlyGranted: [10, 0, 0, 0, 0, 0, 10],
          refused4: ZERO,
          unable1: [10, 1, 0, 0, 0, 0, 11],
          resultTotal: [120, 14, 0, 0, 3, 0, 137],
          carriedForward: [12, 0, 0, 0, 0, 0, 12],
        },
      }),
      errors: [
        { message: '表三“商业企业”列不平衡：一+二 = 15+0 = 15，但（七）总计+四 = 14+0 = 14。请核对这四个数。', line: 71, column: 11, endLine: 71, endColumn: 13 },
        { message: '表三“总计”列不平衡：一+二 = 138+12 = 150，但（七）总计+四 = 137+12 = 149。请核对这四个数。', line: 71, column: 22, endLine: 71, endColumn: 25 },
      ],
    },
    {
      name: 'Markdown：只有上年结转总计多写 1',
      code: report({ markdown: true, table3: { carriedOver: [1, 0, 0, 0, 0, 0, 2] } }),
      filePath: 'x.md',
      errors: [
        {
          messageId: 'pinpoint',
          message: pinpoint('二', '总计', 2, 1, '本行六类申请人之和 1，“总计”列为 2；本列一+二 = 8，（七）总计+四 = 7'),
          line: 46,
          column: 46,
          endLine: 46,
          endColumn: 47,
          suggestions: [{ desc: '将“二”行“总计”列改为 1', output: report({ markdown: true }) }],
        },
      ],
    },
    {
      name: 'Markdown：上年结转自然人、总计都多写 1',
      code: report({ markdown: true, table3: { carriedOver: [2, 0, 0, 0, 0, 0, 2] } }),
      filePath: 'x.md',
      errors: [
        { message: '表三“自然人”列不平衡：一+二 = 5+2 = 7，但（七）总计+四 = 5+1 = 6。请核对这四个数。', line: 73, column: 11, endLine: 73, endColumn: 12 },
        { message: '表三“总计”列不平衡：一+二 = 6+2 = 8，但（七）总计+四 = 6+1 = 7。请核对这四个数。', line: 73, column: 35, endLine: 73, endColumn: 36 },
      ],
    },
  ],
});
