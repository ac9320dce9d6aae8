import { RuleTester } from '@xxgk-lint/core/testing';
import { feePlausibility } from '../src/rules/fee-plausibility.js';
import { locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const Z = [0, 0, 0, 0, 0, 0, 0];

tester.run('national/fee-plausibility', feePlausibility, {
  valid: [
    { name: '未收取', code: report() },
    { name: '3940 元（淮安市 2024 年报告）', code: report({ fee: '（一）全年收取政府信息公开信息处理费3940元。' }) },
    { name: '0 元', code: report({ fee: '（一）全年收取政府信息公开信息处理费0元。' }) },
    { name: '万元', code: report({ fee: '（一）全年收取信息处理费0.394万元。' }) },
  ],
  invalid: [
    (() => {
      const code = report({ fee: '（一）全年收取信息处理费1235元。' });
      return {
        name: '不是 10 元的整数倍',
        code,
        errors: [{ messageId: 'notMultiple', message: '信息处理费 1235 元不是 10 元的整数倍，按 109号文的标准收不出这个数：请核对金额。', ...locate(code, '1235元') }],
      };
    })(),
    (() => {
      const code = report({ fee: '（一）全年收取信息处理费300元。', table3: { new: Z, carriedOver: Z } });
      return {
        name: '没有申请却收了费',
        code,
        errors: [{ messageId: 'noApplications', message: '写明收取信息处理费 300 元，但表三本年新收和上年结转的申请都是 0：没有申请就不会产生信息处理费，请核对。', ...locate(code, '300元') }],
      };
    })(),
  ],
});
