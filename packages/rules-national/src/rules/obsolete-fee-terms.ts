import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const TERMS = /检索费|复制费|邮寄费|收费及减免/g;

export const obsoleteFeeTerms: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '2021 年度起的报告不再写“检索费、复制费、邮寄费”“收费及减免”，应写信息处理费',
      url: docsUrl('obsolete-fee-terms'),
      basis: [
        '《中华人民共和国政府信息公开条例》第四十二条（2019 年修订：依申请提供政府信息不收费，超过合理范围的收取信息处理费）',
        '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号，2021 年 1 月 1 日起施行）',
      ],
      category: 'fees',
    },
    messages: {
      obsolete: '“{{term}}”是旧条例下的收费项目：{{year}}年度依申请提供政府信息只可能收取信息处理费（国办函〔2020〕109号），请改写为信息处理费的收取情况。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const year = report.metadata.year;
        if (year === undefined || year < 2021) return;
        const prose = report.prose;
        for (const m of prose.value.matchAll(TERMS)) {
          const at = m.index ?? 0;
          context.report({ messageId: 'obsolete', data: { term: m[0], year }, range: prose.toRange(at, at + m[0].length) });
        }
      },
    };
  },
};
