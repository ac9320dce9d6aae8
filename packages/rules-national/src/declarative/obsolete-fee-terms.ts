import type { NationalSpec } from './compile.js';
import { compileNational } from './compile.js';

export const obsoleteFeeTermsSpec: NationalSpec = {
  type: 'forbid-phrase',
  severity: 'warn',
  docs: {
    description: '2021 年度起的报告不再写“检索费、复制费、邮寄费”“收费及减免”，应写信息处理费',
    basis: [
      '《中华人民共和国政府信息公开条例》第四十二条（2019 年修订：依申请提供政府信息不收费，超过合理范围的收取信息处理费）',
      '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号，2021 年 1 月 1 日起施行）',
    ],
    category: 'fees',
  },
  // the message names the year: a report of an unknown year is not judged
  when: { yearFrom: 2021, unknownYear: 'skip' },
  regex: true,
  phrase: '检索费|复制费|邮寄费|收费及减免',
  messageId: 'obsolete',
  message: '“{{actual}}”是旧条例下的收费项目：{{year}}年度依申请提供政府信息只可能收取信息处理费（国办函〔2020〕109号），请改写为信息处理费的收取情况。',
};

export const obsoleteFeeTerms = compileNational('obsolete-fee-terms', obsoleteFeeTermsSpec);
