import { RuleTester } from '@xxgk-lint/core/testing';
import { idNumber } from '../src/rules/id-number.js';
import { FEE, OTHER, OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const typo = (masked: string) =>
  `这里写着一个身份证号码（${masked}），校验码虽然不对，但地址码和出生日期都成立，多半是抄错一位的真实号码，同样泄露个人信息：请删除或去标识化（如隐去出生日期和顺序码）。`;
const message = (masked: string) => `这里是一个完整的公民身份号码（${masked}）：年度报告不应公开个人身份号码，请删除或去标识化（如隐去出生日期和顺序码）。`;

tester.run('national/id-number', idNumber, {
  valid: [
    { name: '没有身份号码', code: report() },
    { name: '已去标识化的号码', code: overview('2023年，和顺镇公示低保对象张某（身份证号110105********002X）的补助发放情况。') },
    { name: '校验码不对的 18 位数', code: overview('2023年，和顺镇公开栏的资产编号为110105194912310021。') },
    { name: '出生日期不成立的 18 位数', code: overview('2023年，和顺镇公开栏的资产编号为110105194913310027。') },
    { name: '网址里的数字', code: report({ contact: '本报告可在 http://www.pingan.gov.cn/art/11010519491231002X.html 下载，电话：0531-87654321。' }) },
    { name: '更长数字串中的一段', code: overview('2023年，和顺镇系统流水号为911010519491231002X7，已归档。') },
    { name: '写明身份证号、校验码不对，但出生日期不成立', code: overview('2023年，和顺镇公示低保对象张某（身份证号110105194913310027）的补助发放情况。') },
    { name: '写明身份证号、校验码不对，但省份代码不存在', code: overview('2023年，和顺镇公示低保对象张某（身份证号990105194912310021）的补助发放情况。') },
    { name: '写明身份证号、校验码不对，但出生在报告年度之后', code: overview('2023年，和顺镇公示低保对象张某（身份证号110105202412310021）的补助发放情况。') },
    { name: '“身份证”离得远（10 个字以外）', code: overview('2023年，和顺镇收到身份证复印件已归档，档案编号为110105194912310021。') },
    {
      name: '表格里的数不检查',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 编号 |', '| --- | --- |', '| 资产 | 11010519491231002X |', ...OTHER] } }),
      filePath: 'x.md',
    },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，和顺镇公示了低保对象张某（身份证号110105194912310021）的补助发放情况。');
      return {
        name: '写明身份证号、校验码抄错一位：警告',
        code,
        errors: [{ messageId: 'badCheckDigit', message: typo('110105********0021'), severity: 'warn' as const, ...locate(code, '110105194912310021') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇核验了申请人的公民身份号码：440304199003073017，依法答复。');
      return { name: '“公民身份号码：”', code, errors: [{ message: typo('440304********3017'), severity: 'warn' as const, ...locate(code, '440304199003073017') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇公示了低保对象张某（身份证号11010519491231002X）的补助发放情况。');
      return { name: '校验码正确的号码仍是错误', code, errors: [{ messageId: 'found', severity: 'error' as const, ...locate(code, '11010519491231002X') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇公示了低保对象张某（身份证号11010519491231002X）的补助发放情况。');
      return { name: '18 位号码（校验码 X）', code, errors: [{ messageId: 'found', message: message('110105********002X'), ...locate(code, '11010519491231002X') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇公示了低保对象李某（440304199003073016）的补助发放情况。');
      return { name: '18 位号码（数字校验码）', code, errors: [{ message: message('440304********3016'), ...locate(code, '440304199003073016') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇公示了低保对象王某（旧证号110105491231002）的补助发放情况。');
      return { name: '15 位旧号码', code, errors: [{ message: message('110105*****1002'), ...locate(code, '110105491231002') }] };
    })(),
  ],
});
