import { RuleTester } from '@xxgk-lint/core/testing';
import { publicationDeadline } from '../src/rules/publication-deadline.js';
import { BODY, locate, report } from './helpers.js';

const tester = new RuleTester();

const signed = (date: string, body = BODY) => report({ title: [`${body}2023年政府信息公开工作年度报告`], signature: [body, date] });

tester.run('national/publication-deadline', publicationDeadline, {
  valid: [
    { name: '镇，1 月 20 日', code: report() },
    { name: '镇，1 月 31 日当天', code: signed('2024年1月31日') },
    { name: '县政府，3 月 31 日', code: signed('2024年3月31日', '平安县人民政府') },
    { name: '部门，1 月 31 日', code: signed('2024年1月31日', '平安县教育局') },
    { name: '镇，本地规定 2 月 20 日（选项）', code: signed('2024年2月20日'), options: { township: '02-20' } },
    { name: '没有落款日期', code: report({ signature: null }) },
  ],
  invalid: [
    (() => {
      const code = signed('2024年2月21日');
      return {
        name: '镇，2 月 21 日（盐锅峡镇 2022 年报告落款 2023 年 2 月 21 日）',
        code,
        errors: [
          {
            messageId: 'late',
            message: '发布日期 2024年2月21日 晚于乡镇（街道）的发布期限 2024年1月31日（条例未规定乡镇的期限，默认同部门，可按本地规定调整）：请按期发布，或核对落款日期。',
            ...locate(code, '2024年2月21日'),
          },
        ],
      };
    })(),
    (() => {
      const code = signed('2024年2月1日', '平安县教育局');
      return { name: '部门，2 月 1 日', code, errors: [{ message: /县级以上人民政府部门的发布期限 2024年1月31日（条例第四十九条第一款）/, ...locate(code, '2024年2月1日') }] };
    })(),
    (() => {
      const code = signed('2024年4月1日', '平安县人民政府');
      return { name: '县政府，4 月 1 日', code, errors: [{ message: /县级以上地方人民政府的发布期限 2024年3月31日（条例第四十九条第二款）/ }] };
    })(),
    (() => {
      const code = signed('2024年2月21日');
      return { name: '镇，本地规定 2 月 20 日', code, options: { township: '2-20' }, errors: [{ message: /发布期限 2024年2月20日（本地规定）/ }] };
    })(),
  ],
});
