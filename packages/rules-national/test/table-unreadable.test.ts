import { lintText } from '@xxgk-lint/core';
import { RuleTester } from '@xxgk-lint/core/testing';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { tableUnreadable } from '../src/rules/table-unreadable.js';
import { report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const unreadable = (name: string, reasons: string) =>
  `${name}的统计表无法可靠读取，未核对其中的数字：${reasons}。请检查表格是否完整，行、列是否与国家格式一致。`;
const T2 = '第二部分（主动公开）';
const T3 = '第三部分（收到和处理申请）';
const T4 = '第四部分（行政复议、行政诉讼）';

/** 表三少了“8.属于行政查询事项”一行，且“一”行总计多写了 1（不平衡） */
const brokenTable3 = report({ dropTable3Rows: ['refused8'], table3: { new: [5, 1, 0, 0, 0, 0, 7] } });

tester.run('national/table-unreadable', tableUnreadable, {
  valid: [
    { name: '三张表都能读准', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '数字不平衡不是读不准（由算术规则报告）', code: report({ table3: { new: [5, 1, 0, 0, 0, 0, 7] }, table4: [1, 0, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }) },
    { name: '没有表（由 table-present 报告）', code: report({ bodies: { 4: ['无。'] } }) },
    { name: '空白格、“—”不影响读表（由 cell-value 报告）', code: report({ table2: { license: [''] }, table3: { granted: [2, '—', 0, 0, 0, 0, 3] } }) },
  ],
  invalid: [
    {
      name: '表三少一行：报在表的第一行',
      code: brokenTable3,
      errors: [
        {
          messageId: 'unreadable',
          message: unreadable(T3, '识别到 24 行数据，国家格式应为 25 行（一、二、三（一）至（七）、四）'),
          line: 40,
          column: 1,
          endLine: 40,
          endColumn: 47,
          severity: 'error',
        },
      ],
    },
    {
      name: '表三缺“自然人……总计”列标题',
      code: report({ bodies: { 3: tableLines('table3').filter((l) => !l.includes('自然人')) } }),
      errors: [{ message: unreadable(T3, '找不到列标题“自然人……总计”，无法确定各列含义'), line: 40, column: 1, endLine: 40, endColumn: 47 }],
    },
    {
      name: '表三行的顺序与国家格式对不上',
      code: report({
        bodies: {
          3: (() => {
            const lines = tableLines('table3');
            const a = lines.findIndex((l) => l.startsWith('（一）予以公开'));
            const b = lines.findIndex((l) => l.startsWith('1.本机关不掌握'));
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines;
          })(),
        },
      }),
      errors: [
        {
          message: unreadable(
            T3,
            '第 3 行数据的标签“1.本机关不掌握相关政府信息”对应不上国家格式的“（一）予以公开”；第 13 行数据的标签“（一）予以公开”对应不上国家格式的“1.本机关不掌握相关政府信息”',
          ),
          line: 40,
          column: 1,
          endLine: 40,
          endColumn: 47,
        },
      ],
    },
    {
      name: '表四少一个数',
      code: report({ table4: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0] }),
      errors: [{ message: unreadable(T4, '找不到一行 15 个数的数据（行政复议、两类行政诉讼各 5 个）'), line: 76, column: 1, endLine: 76, endColumn: 23 }],
    },
    {
      name: '表二“行政许可”格写了文字',
      code: report({ table2: { license: ['详见附件'] } }),
      errors: [{ message: unreadable(T2, '“行政许可”行有无法读成数字的内容“详见附件”'), line: 23, column: 1, endLine: 23, endColumn: 13 }],
    },
    {
      name: '表二缺“行政强制”行',
      code: report({ bodies: { 2: tableLines('table2').filter((l) => !l.startsWith('行政强制')) } }),
      errors: [{ message: unreadable(T2, '找不到“行政强制”行'), line: 23, column: 1, endLine: 23, endColumn: 13 }],
    },
    {
      name: 'Markdown：表四少一个数',
      code: report({ markdown: true, table4: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0] }),
      filePath: 'x.md',
      errors: [{ message: unreadable(T4, '找不到一行 15 个数的数据（行政复议、两类行政诉讼各 5 个）'), line: 78, column: 1, endLine: 78, endColumn: 55 }],
    },
  ],
});

describe('national/table-unreadable with the arithmetic rules', () => {
  const arithmetic = ['table-unreadable', 'application-balance', 'row-total', 'result-total', 'review-litigation-total', 'cell-value'];
  const lint = (code: string) =>
    lintText(code, {
      filePath: 'report.txt',
      rules: Object.fromEntries(arithmetic.map((name) => [`national/${name}`, { rule: rules[name], severity: 'error' as const, options: {} }])),
    }).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);

  it('an unbalanced table 三 that is read gives arithmetic findings', () => {
    // one wrong cell: named once, at the cell (pinpoint.ts), instead of one finding per identity
    expect(lint(report({ table3: { new: [5, 1, 0, 0, 0, 0, 7] } }))).toEqual(['national/application-balance 43:30']);
    // two wrong cells: each identity as before
    expect(lint(report({ table3: { new: [5, 1, 0, 0, 0, 0, 7], granted: [2, 1, 0, 0, 0, 0, 4] } }))).toEqual([
      'national/row-total 43:30',
      'national/row-total 46:21',
      'national/application-balance 71:19',
      'national/result-total 71:19',
    ]);
  });

  it('the same table missing a row gives one table-unreadable finding and no arithmetic noise', () => {
    expect(lint(brokenTable3)).toEqual(['national/table-unreadable 40:1']);
  });

  it('table 四 missing a number: one finding, no group totals checked', () => {
    expect(lint(report({ table4: [1, 0, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0] }))).toEqual(['national/table-unreadable 76:1']);
  });

  it('a text cell in table 二: the table is unreadable, cell-value stays silent', () => {
    expect(lint(report({ table2: { license: ['详见附件'], penalty: [''] } }))).toEqual(['national/table-unreadable 23:1']);
  });
});
