import { RuleTester } from '@xxgk-lint/core/testing';
import { feeUnit } from '../src/rules/fee-unit.js';
import { locate, report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const county = ['平安县人民政府2023年政府信息公开工作年度报告'];

tester.run('national/fee-unit', feeUnit, {
  valid: [
    { name: '0 万元', code: report() },
    { name: '县政府 7730.28 万元（洪泽区 2023 年报告）', code: report({ title: county, table2: { fee: ['7730.28'] } }) },
    { name: '写明“万元”', code: report({ table2: { fee: ['25.1万元'] } }) },
    { name: '镇上限可以调高（选项）', code: report({ table2: { fee: [2510] } }), options: { maxWanYuan: { township: 5000 } } },
  ],
  invalid: [
    (() => {
      const code = report({ table2: { fee: ['2510元'] } });
      return {
        name: '格子里写了“元”：建议换算成万元',
        code,
        errors: [
          {
            messageId: 'yuan',
            message: '表二“行政事业性收费”填的是“2510元”：这一格的单位是万元，2510 元应填 0.251。',
            ...locate(code, '2510元'),
            suggestions: [{ desc: '改为 0.251（万元）', output: report({ table2: { fee: ['0.251'] } }) }],
          },
        ],
        output: null,
      };
    })(),
    (() => {
      const code = report({ table2: { fee: [25100] } });
      return {
        name: '镇的收费 25100 万元：多半是把元填成了万元',
        code,
        errors: [
          {
            messageId: 'large',
            message: '表二“行政事业性收费”为 25100 万元（即 251000000 元），对乡镇（街道）而言过大：是否把元填成了万元？若以元计，应填 2.51。',
            ...locate(code, '25100'),
            suggestions: [{ desc: '按元换算为 2.51（万元）', output: report({ table2: { fee: ['2.51'] } }) }],
          },
        ],
      };
    })(),
    (() => {
      const code = report({ bodies: { 2: tableLines('table2').map((l) => l.replace('本年收费金额（单位：万元）', '本年收费金额（单位：元）')) } });
      return {
        name: '表头的单位改成了元',
        code,
        errors: [{ messageId: 'header', ...locate(code, '本年收费金额（单位：元）') }],
      };
    })(),
  ],
});
