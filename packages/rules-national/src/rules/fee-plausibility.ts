import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { before2021 } from '../util.js';

/** "收取信息处理费 3940 元", "信息处理费共计 0.394 万元", "收取……300元信息处理费" */
const AMOUNTS = [
  /(信息处理费|处理费)[^。\d]{0,20}?(\d+(?:\.\d+)?)(万元|元)/g,
  /收取[^。\d]{0,20}?(\d+(?:\.\d+)?)(万元|元)[^。]{0,10}?(信息处理费|处理费)/g,
];

export const feePlausibility: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '写明的信息处理费金额是 10 元的整数倍，且表三有申请（没有申请就不会收费）',
      url: docsUrl('fee-plausibility'),
      basis: ['《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条、第五条：按件 100 元/件起、按量 10 元/页起，均为 10 元的整数倍'],
      category: 'fees',
    },
    messages: {
      notMultiple: '信息处理费 {{amount}} 元不是 10 元的整数倍，按 109号文的标准收不出这个数：请核对金额。',
      noApplications: '写明收取信息处理费 {{amount}} 元，但表三本年新收和上年结转的申请都是 0：没有申请就不会产生信息处理费，请核对。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const part = report.part(6);
        const prose = part ? report.proseIn(part.bodyRange) : report.prose;
        const t3 = report.tables.table3;
        const applications =
          t3?.confidence === 'high' ? [t3.rows.new?.cells[6]?.value, t3.rows.carriedOver?.cells[6]?.value] : [];
        const seen = new Set<number>();
        // 109号's tariff (multiples of 10 元) applies from 2021
        const tariff = !before2021(report);
        for (const pattern of AMOUNTS) {
          for (const m of prose.value.matchAll(pattern)) {
            const number = m[0].match(/(\d+(?:\.\d+)?)(万元|元)/)!;
            const at = (m.index ?? 0) + (number.index ?? 0);
            if (seen.has(at)) continue;
            seen.add(at);
            const yuan = Math.round(Number(number[1]) * (number[2] === '万元' ? 10000 : 1) * 100) / 100;
            const range = prose.toRange(at, at + number[0].length);
            const amount = Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
            if (tariff && Math.round(yuan * 100) % 1000 !== 0) context.report({ messageId: 'notMultiple', data: { amount }, range });
            else if (yuan > 0 && applications.length === 2 && applications.every((v) => v === 0)) {
              context.report({ messageId: 'noApplications', data: { amount }, range });
            }
          }
        }
      },
    };
  },
};
