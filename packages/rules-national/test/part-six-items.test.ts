import { RuleTester } from '@xxgk-lint/core/testing';
import { partSixItems } from '../src/declarative/part-six-items.js';
import { FEE, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (item: string) => `人民政府报告的第六部分应写明“${item}”：没有的也请写明（如“本年度未承办人大代表建议和政协提案”）。`;
const heading = { line: 87, column: 1, endLine: 87, endColumn: 12 };

tester.run('national/part-six-items', partSixItems, {
  valid: [
    { name: '三项都写了', code: report() },
    { name: '部门报告不要求', code: report({ bodies: { 6: [FEE] } }), settings: { bodyKind: 'department' } },
    { name: '“建议提案”的其他写法', code: report({ bodies: { 6: [FEE, '（二）落实年度政务公开工作要点。（三）本年度无人大建议、政协提案。（四）创新开展政策解读。'] } }) },
  ],
  invalid: [
    {
      name: '只写了信息处理费：三项各报一条',
      code: report({ bodies: { 6: [FEE] } }),
      errors: [
        { messageId: 'missing', message: message('年度政务公开工作要点落实情况'), ...heading },
        { message: message('人大代表建议和政协提案办理结果公开情况'), ...heading },
        { message: message('年度政务公开工作创新情况'), ...heading },
      ],
    },
  ],
});
