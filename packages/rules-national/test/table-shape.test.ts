import { RuleTester } from '@xxgk-lint/core/testing';
import { tableShape } from '../src/rules/table-shape.js';
import { locate, report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const table2 = (lines: string[]) => report({ bodies: { 2: lines } });
const T2 = tableLines('table2');

tester.run('national/table-shape', tableShape, {
  valid: [
    { name: '国家格式的三张表', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '截断的表三（提取丢了多行）：由 table-unreadable 说明', code: report({ dropTable3Rows: ['unable1', 'unable2', 'unable3', 'notProcessed1', 'notProcessed2', 'other1', 'other2', 'other3', 'resultTotal', 'carriedForward'] }) },
  ],
  invalid: [
    (() => {
      const code = table2([...T2.slice(0, 7), '行政征收\t3\t\t', ...T2.slice(7)]);
      return {
        name: '表二多了一行',
        code,
        errors: [{ messageId: 'table2Row', message: /^表二多了“行政征收”一行/, ...locate(code, '行政征收') }],
      };
    })(),
    (() => {
      const code = table2([...T2, '行政处罚\t1\t\t']);
      return { name: '表二一行出现两次', code, errors: [{ messageId: 'table2Duplicate', message: '表二的“行政处罚”行出现了两次：请只保留一行。', line: 37, column: 1, endLine: 37, endColumn: 5 }] };
    })(),
    (() => {
      const code = table2(T2.map((l) => (l.startsWith('行政许可') ? '行政许可\t36\t4\t' : l)));
      return {
        name: '表二“行政许可”填了两个数',
        code,
        errors: [{ messageId: 'table2Columns', message: '表二“行政许可”行填了 2 个数，国家格式为 1 个：请删去多出的栏目。', line: 29, column: 6, endLine: 29, endColumn: 10 }],
      };
    })(),
    (() => {
      const code = report({ bodies: { 3: tableLines('table3').flatMap((l) => (l.startsWith('8.属于行政查询事项') ? [l, '（三）不予公开小计\t1\t0\t0\t0\t0\t0\t1'] : [l])) } });
      return {
        name: '表三加了小计行',
        code,
        errors: [{ messageId: 'table3Extra', message: '表三多了一行“（三）不予公开小计”：国家格式的表三只有 25 行（不设小计行），请删去这一行。', ...locate(code, '（三）不予公开小计\t1\t0\t0\t0\t0\t0\t1') }],
      };
    })(),
    (() => {
      const code = report({ dropTable3Rows: ['refused8'] });
      return {
        name: '表三少了一行：报在它该在的位置之后那一行',
        code,
        errors: [{ messageId: 'table3Missing', message: '表三缺少“8.属于行政查询事项”一行：请按国家格式补上（没有数据的填 0）。', ...locate(code, '1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1') }],
      };
    })(),
    (() => {
      const code = report({ bodies: { 3: tableLines('table3').map((l) => (/\t\d+\t\d+\t\d+\t\d+\t\d+\t\d+\t\d+$/.test(l) ? l.replace(/^([^\t]*)\t/, '$1\t0\t') : l)) } });
      return { name: '表三每行多了一列：报在第一行数据上', code, errors: [{ messageId: 'table3Column', ...locate(code, '一、本年新收政府信息公开申请数量\t0\t5\t1\t0\t0\t0\t0\t6') }] };
    })(),
  ],
});
