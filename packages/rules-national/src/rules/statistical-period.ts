import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { quotedTitles } from '../quoted-titles.js';
import { scanProse } from '../scan.js';

/** "今年以来，共发布……": a mid-year summary's words in an annual report */
const SINCE_THIS_YEAR = /今年以来|本年以来|年初以来/g;

/** an explicit statement: "统计期限为2023年1月1日至2023年12月31日", "统计周期自2023年1月1日起至12月31日止" */
const PERIOD_STATEMENT = /统计(?:期限|周期|时限)[^。；;\d]{0,8}?(\d{4})年(\d{1,2})月(\d{1,2})日[^。；;\d]{1,6}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;

export const statisticalPeriod: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '写明统计期限：报告年度的 1 月 1 日至 12 月 31 日',
      url: docsUrl('statistical-period'),
      basis: ['DB51/T 2660—2019 §2.1（统计期限为上一年 1 月 1 日至 12 月 31 日）', '各地报告前言的通行写法：“本报告所列数据的统计期限自YYYY年1月1日起至YYYY年12月31日止”'],
      category: 'consistency',
    },
    messages: {
      missing: '报告没有写明统计期限：请在前言写明“本报告所列数据的统计期限为{{year}}年1月1日至{{year}}年12月31日”。',
      sinceThisYear: '年度报告说的是整个 {{year}} 年，“{{written}}”是年中总结的说法：请改为“{{year}}年”或“全年”。',
      repeated: '统计期限在前言已经写明，这里又写了一次：可删去。',
      partial: '统计期限写的是“{{written}}”，不是整个年度：请写明{{year}}年1月1日至{{year}}年12月31日。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const md = report.metadata;
        const year = md.year ?? 'YYYY';
        const scan = scanProse(context);
        // a quoted title keeps its own words
        const titles = quotedTitles(scan.prose.value);
        for (const m of scan.prose.value.matchAll(SINCE_THIS_YEAR)) {
          const at = m.index ?? 0;
          if (scan.skipped(at, at + m[0].length) || titles.some((t) => at >= t.start && at < t.end)) continue;
          context.report({ messageId: 'sinceThisYear', data: { year, written: m[0] }, range: scan.range(at, at + m[0].length) });
        }
        // the same period stated in the preamble and again further on: said once is enough
        const partsStart = report.parts[0]?.heading.range[0];
        const inPreamble = new Set<string>();
        for (const m of scan.prose.value.matchAll(PERIOD_STATEMENT)) {
          const at = m.index ?? 0;
          const dates = `${m[1]}-${Number(m[2])}-${Number(m[3])}/${m[4] ?? m[1]}-${Number(m[5])}-${Number(m[6])}`;
          const range = scan.range(at, at + m[0].length);
          if (partsStart === undefined || range[1] <= partsStart) inPreamble.add(dates);
          else if (inPreamble.has(dates)) context.report({ messageId: 'repeated', range, severity: 'info' });
        }
        const period = md.statisticalPeriod;
        if (!period) {
          const at = md.title?.range ?? report.parts[0]?.heading.range ?? [0, 0];
          context.report({ messageId: 'missing', data: { year }, range: at });
          return;
        }
        const whole = period.start.month === 1 && period.start.day === 1 && period.end.month === 12 && period.end.day === 31;
        if (whole) return;
        const written = context.sourceCode.getText(period.range).replace(/\s+/g, '');
        context.report({ messageId: 'partial', data: { written, year: md.year ?? period.start.year }, range: period.range });
      },
    };
  },
};
