import { RuleTester } from '@xxgk-lint/core/testing';
import { tablePresent } from '../src/rules/table-present.js';
import { OVERVIEW, report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const missing = (numeral: string, title: string) =>
  `第${numeral}部分“${title}”缺少统计表：请按国家格式填列本部分的表格（没有数据的填 0），不能只写文字。`;

tester.run('national/table-present', tablePresent, {
  valid: [
    { name: '二、三、四各有统计表（制表符分隔）', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '缺整个第二部分：由 required-parts 报告', code: report({ order: [1, 3, 4, 5, 6] }) },
    { name: '表三少一行（读不准）也算有表', code: report({ dropTable3Rows: ['refused8'] }) },
    { name: '表前有一句说明', code: report({ bodies: { 4: ['本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况，详见下表。', '', ...tableLines('table4')] } }) },
  ],
  invalid: [
    {
      name: '第二部分只有文字',
      code: report({ bodies: { 2: ['本年度主动公开政府信息情况详见县政府门户网站政府信息公开专栏。'] } }),
      errors: [{ messageId: 'missing', message: missing('二', '主动公开政府信息情况'), line: 21, column: 1, endLine: 21, endColumn: 13 }],
    },
    {
      name: '第四部分只写“无。”',
      code: report({ bodies: { 4: ['无。'] } }),
      errors: [{ message: missing('四', '政府信息公开行政复议、行政诉讼情况'), line: 74, column: 1, endLine: 74, endColumn: 20 }],
    },
    {
      name: 'Markdown：第三部分只有文字，位置不含 “## ”',
      code: report({ markdown: true, bodies: { 3: ['2023年，我镇未收到政府信息公开申请。'] } }),
      filePath: 'x.md',
      errors: [{ message: missing('三', '收到和处理政府信息公开申请情况'), line: 39, column: 4, endLine: 39, endColumn: 21 }],
    },
    {
      name: '表二放在了第一部分里',
      code: report({ bodies: { 1: [...OVERVIEW, '', ...tableLines('table2')], 2: ['本年度主动公开情况见上表。'] } }),
      errors: [
        {
          messageId: 'misplaced',
          message: '第二部分“主动公开政府信息情况”的统计表不在本部分内（出现在第 16 行）：请把表格放回本部分标题之下。',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 13,
        },
      ],
    },
  ],
});
