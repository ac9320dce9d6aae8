import type { AnnualReport } from './types.js';

const REPORT_TITLE = /政府信息公开.*(年度)?报告|信息公开.*年报/;
const CITES_REGULATION = /《中华人民共和国政府信息公开条例》/;

/**
 * A file is taken for an annual report when it has the title near the top
 * (page chrome skipped), cites the 条例 and speaks of a 年度报告, has a part
 * heading of the national format (inline ones count). Tables alone don't:
 * a note about reports may quote their rows.
 */
export function looksLikeReport(report: AnnualReport): boolean {
  if (REPORT_TITLE.test(report.metadata.title?.normalized ?? '')) return true;
  if (report.parts.some((p) => p.found !== 'inferred')) return true;
  const prose = report.prose.value;
  return CITES_REGULATION.test(prose) && /年度报告|年报/.test(prose);
}

/**
 * A report for a year before 2019 follows the old template (国办发〔2008〕…):
 * the current checks don't apply. Only a year the report states (title,
 * 统计期限, settings) decides, never one counted from the text.
 */
export function isPre2019(report: AnnualReport): boolean {
  const md = report.metadata;
  if (md.expectedFormat !== 'pre-2019') return false;
  return md.yearSource === 'title' || md.yearSource === 'settings' || (md.statisticalPeriod?.start.year ?? 9999) < 2019;
}
