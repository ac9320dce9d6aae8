import { RuleTester } from '@xxgk-lint/core/testing';
import { governmentAccountability } from '../src/declarative/government-accountability.js';
import { OVERVIEW, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (items: string) =>
  `人民政府的年度报告应写明工作考核、社会评议和责任追究结果情况，这份报告没有写到“${items}”：请在“监督保障”中补写（没有发生的也写明，如“全年未发生责任追究情况”）。`;
const supervision = (sentence: string) => report({ bodies: { 1: [...OVERVIEW.slice(0, 5), sentence] } });
const heading = { line: 7, column: 1, endLine: 7, endColumn: 7 };

tester.run('national/government-accountability', governmentAccountability, {
  valid: [
    { name: '镇政府写明三项', code: report() },
    { name: '部门报告不要求', code: supervision('（五）监督保障。加强内部监督。'), settings: { bodyKind: 'department' } },
    { name: '“追责”“问责”也算责任追究', code: supervision('（五）监督保障。将政务公开纳入考核，开展社会评议，全年无问责情况。') },
  ],
  invalid: [
    { name: '一项都没写', code: supervision('（五）监督保障。加强内部监督。'), errors: [{ messageId: 'missing', message: message('工作考核”“社会评议”“责任追究'), ...heading }] },
    { name: '缺社会评议', code: supervision('（五）监督保障。将政务公开纳入年度考核，全年未发生责任追究情况。'), errors: [{ message: message('社会评议'), ...heading }] },
    {
      name: '县政府（由设置指明主体类型）',
      code: supervision('（五）监督保障。加强内部监督，开展社会评议。'),
      settings: { bodyKind: 'government' },
      errors: [{ message: message('工作考核”“责任追究'), ...heading }],
    },
  ],
});
