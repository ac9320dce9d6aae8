import { RuleTester } from '@xxgk-lint/core/testing';
import { reconciliationNote } from '../src/rules/reconciliation-note.js';
import { locate, report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const table3 = (from: string, to: string) => tableLines('table3').map((l) => l.replace(from, to));

tester.run('national/reconciliation-note', reconciliationNote, {
  valid: [
    { name: '表头有说明', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '半角括号和冒号', code: report({ bodies: { 3: table3(NOTE, '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)') } }) },
    { name: '说明写在表格上方', code: report({ bodies: { 3: [NOTE, '', ...table3(NOTE, '')] } }) },
  ],
  invalid: [
    {
      name: '没有说明：报在表三第一行',
      code: report({ bodies: { 3: table3(NOTE, '') } }),
      errors: [{ messageId: 'missing', message: `表三缺少勾稽关系说明：请在表头保留“${NOTE}”。`, line: 40, column: 1, endLine: 40, endColumn: table3(NOTE, '')[0].length + 1 }],
    },
    (() => {
      const code = report({ bodies: { 3: table3(NOTE, '（勾稽关系：一加二等于三加四）') } });
      return {
        name: '说明被改写',
        code,
        errors: [{ messageId: 'changed', message: `表三的勾稽关系说明写成了“（勾稽关系：一加二等于三加四）”：请保留国家格式的原文“${NOTE}”。`, ...locate(code, '（勾稽关系：一加二等于三加四）') }],
      };
    })(),
  ],
});
