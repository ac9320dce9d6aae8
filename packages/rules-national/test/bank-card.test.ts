import { RuleTester } from '@xxgk-lint/core/testing';
import { bankCard } from '../src/rules/bank-card.js';
import { OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });

tester.run('national/bank-card', bankCard, {
  valid: [
    { name: '没有卡号', code: report() },
    { name: '不通过 Luhn 校验的 19 位数', code: overview('2023年，和顺镇系统流水号为6222021234567890121。') },
    { name: '身份号码不算卡号（由 id-number 提示）', code: overview('2023年，和顺镇公示张某（11010519491231002X）补助发放情况。') },
    { name: '不以 3–6 开头的数', code: overview('2023年，和顺镇档案号为1234567812345670。') },
    { name: '网址里的数字', code: report({ contact: '本报告可在 http://www.pingan.gov.cn/art/6217000012345678907.html 下载，电话：0531-87654321。' }) },
    { name: '已去标识化的卡号', code: overview('2023年，补助发放至张某尾号8907的银行卡（6217********8907）。') },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，补助发放至张某的银行卡6217000012345678907。');
      return {
        name: '19 位银联卡号',
        code,
        errors: [{ messageId: 'found', message: '这串 19 位数字（6217***********8907）像银行卡号（通过 Luhn 校验）：年度报告不应公开个人账号，请删除或去标识化。', ...locate(code, '6217000012345678907') }],
      };
    })(),
    (() => {
      const code = overview('2023年，补助发放至账户4111111111111111。');
      return { name: '16 位卡号', code, errors: [{ ...locate(code, '4111111111111111') }] };
    })(),
  ],
});
