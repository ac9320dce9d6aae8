import { RuleTester } from '@xxgk-lint/core/testing';
import { obsoleteFeeTerms } from '../src/declarative/obsolete-fee-terms.js';
import { BODY, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

tester.run('national/obsolete-fee-terms', obsoleteFeeTerms, {
  valid: [
    { name: '信息处理费', code: report() },
    { name: '2020 年度的报告', code: report({ title: [`${BODY}2020年政府信息公开工作年度报告`], fee: '（一）本年度未收取检索费、复制费、邮寄费。' }) },
  ],
  invalid: [
    (() => {
      const code = report({ fee: '（一）本年度未收取检索费、复制费、邮寄费。' });
      return {
        name: '三个旧收费项目：各报一条',
        code,
        errors: [
          { messageId: 'obsolete', message: '“检索费”是旧条例下的收费项目：2023年度依申请提供政府信息只可能收取信息处理费（国办函〔2020〕109号），请改写为信息处理费的收取情况。', ...locate(code, '检索费') },
          { messageId: 'obsolete', ...locate(code, '复制费') },
          { messageId: 'obsolete', ...locate(code, '邮寄费') },
        ],
      };
    })(),
    (() => {
      const code = report({ fee: '（一）政府信息公开的收费及减免情况：无。' });
      return { name: '“收费及减免”', code, errors: [{ message: /^“收费及减免”是旧条例下的收费项目/, ...locate(code, '收费及减免') }] };
    })(),
  ],
});
