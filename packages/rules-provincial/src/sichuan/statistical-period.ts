import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const PERIOD = /(\d{4})年(度)?1月1日(起)?(至|到|—|－|-|~|～)(\d{4}年)?12月31日/;

export const statisticalPeriod: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '写明统计期限为报告年度的 1 月 1 日至 12 月 31 日（四川省地方标准）',
      url: docsUrl('sichuan', 'statistical-period'),
      basis: ['DB51/T 2660-2019《政府信息公开工作年度报告编制发布规范》§2.1（四川省市场监督管理局 2019-12-30 发布，2020-02-01 实施）'],
      category: 'consistency',
    },
    messages: {
      missing: '没有写明统计期限：按 DB51/T 2660-2019 §2.1，请写明“本报告所列数据的统计期限为{{year}}年1月1日至{{year}}年12月31日”。',
      wrongYear: '统计期限写的是 {{stated}} 年，报告年度是 {{year}} 年：请改为{{year}}年1月1日至12月31日。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const year = report.metadata.year;
        const m = PERIOD.exec(report.prose.value);
        if (!m) {
          context.report({ messageId: 'missing', data: { year: year ?? 'YYYY' }, range: report.metadata.title?.range ?? [0, 0] });
          return;
        }
        const stated = Number(m[1]);
        if (year !== undefined && stated !== year) {
          context.report({ messageId: 'wrongYear', data: { stated, year }, range: report.prose.toRange(m.index, m.index + m[0].length) });
        }
      },
    };
  },
};
