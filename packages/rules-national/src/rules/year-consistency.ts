import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** 《…关于编制公布2021年政府信息公开工作年度报告有关事项的通知》: the notice of one report year */
const YEARLY_NOTICE = /《([^《》]{0,40}?(?:编制|做好|报送|公布|发布)[^《》]{0,10}?(\d{4})年度?政府信息公开工作年度报告[^《》]{0,20}?通知)》/g;

export const yearConsistency: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '标题年份、统计期限、正文开头的年份一致，发布（落款）日期在报告年度的次年',
      url: docsUrl('year-consistency'),
      basis: ['《中华人民共和国政府信息公开条例》第四十九条（每年公布上一年度的年度报告）'],
      category: 'consistency',
    },
    messages: {
      title: '标题写的是 {{stated}} 年，报告年度是 {{year}} 年：请核对标题年份。',
      period: '统计期限写的是 {{stated}} 年，与报告年度 {{year}} 年不一致：请改为{{year}}年1月1日至{{year}}年12月31日。',
      opening: '“一、总体情况”开头写的是 {{stated}} 年，报告年度是 {{year}} 年：是否沿用了往年的文字？请核对。',
      notice:
        '前言引用的是 {{stated}} 年度报告的编制通知（《{{title}}》），本报告是 {{year}} 年度的：是否沿用了往年的文字？请核对，改为本年度的通知。',
      published: '落款日期是 {{date}}，{{year}} 年度报告应在 {{next}} 年发布：请核对落款日期或报告年度。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const md = report.metadata;
        const year = context.settings.reportYear ?? md.titleYear?.year ?? md.statisticalPeriod?.start.year;
        if (year === undefined) return;
        if (md.titleYear && md.titleYear.year !== year) {
          context.report({ messageId: 'title', data: { stated: md.titleYear.year, year }, range: md.titleYear.range });
        }
        const period = md.statisticalPeriod;
        if (period && (period.start.year !== year || period.end.year !== year)) {
          const stated = period.start.year !== year ? period.start.year : period.end.year;
          context.report({ messageId: 'period', data: { stated, year }, range: period.range });
        }
        const one = report.part(1);
        if (one) {
          const body = report.proseIn(one.bodyRange);
          const m = /^(\d{4})年[，,]/.exec(body.value);
          if (m && Number(m[1]) !== year) context.report({ messageId: 'opening', data: { stated: m[1], year }, range: body.toRange(0, 4) });
        }
        const first = report.parts[0];
        if (first) {
          const preamble = report.proseIn([0, first.range[0]]);
          for (const m of preamble.value.matchAll(YEARLY_NOTICE)) {
            const stated = Number(m[2]);
            if (stated === year) continue;
            const at = m.index ?? 0;
            context.report({
              messageId: 'notice',
              data: { stated, year, title: m[1] },
              range: preamble.toRange(at, at + m[0].length),
              severity: 'warn',
            });
          }
        }
        const date = md.publicationDate ?? md.signature?.date;
        if (date && date.year !== year + 1) {
          context.report({ messageId: 'published', data: { date: `${date.year}年${date.month}月${date.day}日`, year, next: year + 1 }, range: date.range });
        }
      },
    };
  },
};
