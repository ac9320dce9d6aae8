import { RuleTester } from '@xxgk-lint/core/testing';
import { resultTotal } from '../src/rules/result-total.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** one wrong cell: the finding names it (see pinpoint.test.ts for every cell of a real table) */
const pinpoint = (row: string, column: string, from: number, to: number, failing: string) =>
  `表三很可能是“${row}”行“${column}”列填错：现为 ${from}，若为 ${to} 则全部勾稽关系成立。现在对不上的是：${failing}。`;

tester.run('national/result-total', resultTotal, {
  valid: [
    { name: '（七）总计 = 各项办理结果之和', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    {
      name: '结果分散在（三）至（六）各项',
      code: report({
        table3: {
          granted: [0, 0, 0, 0, 0, 0, 0],
          refused4: [1, 0, 0, 0, 0, 0, 1],
          unable1: [1, 0, 0, 0, 0, 0, 1],
          notProcessed2: [1, 0, 0, 0, 0, 0, 1],
          other1: [0, 1, 0, 0, 0, 0, 1],
          other3: [1, 0, 0, 0, 0, 0, 1],
        },
      }),
    },
    { name: '不相等但表三少一行（读不准）：不核对', code: report({ dropTable3Rows: ['notProcessed5'], table3: { unable1: [2, 0, 0, 0, 0, 0, 2] } }) },
    { name: '（七）列有空白格：这一列不核对', code: report({ table3: { resultTotal: ['', 1, 0, 0, 0, 0, 6] } }) },
  ],
  invalid: [
    {
      name: '（七）总计多写 1（自然人列，行总计随之改）：两列各报一条',
      code: report({ table3: { resultTotal: [6, 1, 0, 0, 0, 0, 7] } }),
      errors: [
        {
          messageId: 'mismatch',
          message: '表三“自然人”列：（七）总计为 6，但（一）至（六）各项之和为 2+1+1+1（其余为 0） = 5。请核对办理结果各项或总计。',
          line: 71,
          column: 7,
          endLine: 71,
          endColumn: 8,
        },
        {
          message: '表三“总计”列：（七）总计为 7，但（一）至（六）各项之和为 3+1+1+1（其余为 0） = 6。请核对办理结果各项或总计。',
          line: 71,
          column: 19,
          endLine: 71,
          endColumn: 20,
        },
      ],
    },
    {
      name: '“本机关不掌握”多写 1：报在（七）总计格',
      code: report({ table3: { unable1: [2, 0, 0, 0, 0, 0, 2] } }),
      errors: [
        { message: '表三“自然人”列：（七）总计为 5，但（一）至（六）各项之和为 2+1+1+2（其余为 0） = 6。请核对办理结果各项或总计。', line: 71, column: 7, endLine: 71, endColumn: 8 },
        { message: '表三“总计”列：（七）总计为 6，但（一）至（六）各项之和为 3+1+1+2（其余为 0） = 7。请核对办理结果各项或总计。', line: 71, column: 19, endLine: 71, endColumn: 20 },
      ],
    },
    {
      // only this cell is wrong: it is named, once, instead of one finding per identity
      name: '科研机构列各项都是 0，（七）却填了 1（只错这一格）：指出这一格',
      code: report({ table3: { resultTotal: [5, 1, 1, 0, 0, 0, 6] } }),
      errors: [
        {
          messageId: 'pinpoint',
          message: pinpoint(
            '三（七）总计',
            '科研机构',
            1,
            0,
            '本行六类申请人之和 7，“总计”列为 6；本列（一）至（六）各项之和 0，（七）总计为 1；本列一+二 = 0，（七）总计+四 = 1',
          ),
          line: 71,
          column: 11,
          endLine: 71,
          endColumn: 12,
          suggestions: [{ desc: '将“三（七）总计”行“科研机构”列改为 0', output: report() }],
        },
      ],
    },
    {
      name: '科研机构列各项都是 0，“一”行和（七）的科研机构、总计却都多 1（四格错，一+二 = （七）+四 仍成立）：照常报两列',
      code: report({ table3: { resultTotal: [5, 1, 1, 0, 0, 0, 7], new: [5, 1, 1, 0, 0, 0, 7] } }),
      errors: [
        { message: '表三“科研机构”列：（七）总计为 1，但（一）至（六）各项之和为 各项均为 0 = 0。请核对办理结果各项或总计。', line: 71, column: 11, endLine: 71, endColumn: 12 },
        { message: '表三“总计”列：（七）总计为 7，但（一）至（六）各项之和为 3+1+1+1（其余为 0） = 6。请核对办理结果各项或总计。', line: 71, column: 19, endLine: 71, endColumn: 20 },
      ],
    },
    {
      name: 'Markdown：（六）2 有数，（七）漏加',
      code: report({ markdown: true, table3: { other2: [0, 1, 0, 0, 0, 0, 1] } }),
      filePath: 'x.md',
      errors: [
        { message: '表三“商业企业”列：（七）总计为 1，但（一）至（六）各项之和为 1+1（其余为 0） = 2。请核对办理结果各项或总计。', line: 73, column: 15, endLine: 73, endColumn: 16 },
        { message: '表三“总计”列：（七）总计为 6，但（一）至（六）各项之和为 3+1+1+1+1（其余为 0） = 7。请核对办理结果各项或总计。', line: 73, column: 35, endLine: 73, endColumn: 36 },
      ],
    },
  ],
});
