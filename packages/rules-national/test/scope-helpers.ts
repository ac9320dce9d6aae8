/**
 * Texts for the year and excerpt scope of rules: the default report of
 * helpers.ts as a report of another year, and its first parts as a web copy
 * gives them (no 落款, the copy's end marker, as in
 * /work/shared/corpus/web-excerpts/).
 */
import { BODY, OVERVIEW, PREAMBLE, YEAR, report, tableLines } from './helpers.js';
import type { PartNo, ReportOptions } from './helpers.js';

export const CUT_MARK = '[…excerpt ends here…]';

/** the parts given, in order, then the end marker */
export function excerpt(parts: PartNo[], options: ReportOptions = {}): string {
  return `${report({ ...options, order: parts, signature: null })}${CUT_MARK}\n`;
}

/**
 * The default report for another year: title, 统计期限, opening and 落款
 * moved to that year; a 2019 or 2020 report cites the trial format
 * 国办公开办函〔2019〕60号 it was written on.
 */
export function reportOfYear(year: number, options: ReportOptions = {}): string {
  const y = (s: string) => s.replaceAll(String(YEAR), String(year));
  const basis = year < 2021 ? (s: string) => s.replace('〔2021〕30号', '〔2019〕60号').replace('工作年度报告格式》', '工作年度报告格式（试行）》') : (s: string) => s;
  return report({
    title: [`${BODY}${year}年政府信息公开工作年度报告`],
    preamble: basis(y(PREAMBLE)),
    signature: [BODY, `${year + 1}年1月20日`],
    ...options,
    bodies: { 1: OVERVIEW.map(y), ...options.bodies },
  });
}

/** table 三 in the 2019 trial layout: （六）其他处理 is one data row */
export function trialTable3(markdown = false): string[] {
  return tableLines('table3', { markdown })
    .filter((l) => !/^\|? ?(1\.申请人无正当理由|2\.申请人逾期|3\.其他)/.test(l))
    .map((l) => (/^\|? ?（六）其他处理/.test(l) ? (markdown ? '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |' : '（六）其他处理\t0\t0\t0\t0\t0\t0\t0') : l));
}

/** table 二 in the 2019 trial layout (国办公开办函〔2019〕60号) */
export const TRIAL_TABLE2 = [
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t5',
  '第二十条第（五）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t10\t0\t36',
  '其他对外管理服务事项\t0\t0\t0',
  '第二十条第（六）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政处罚\t5\t0\t12',
  '行政强制\t0\t0\t0',
  '第二十条第（八）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t',
  '行政事业性收费\t0\t0\t',
];

/** the default report's parts up to 三, the copy stopping after the table-三 row that starts with `lastRow` */
export function cutInTable3(lastRow: string, options: ReportOptions = {}): string {
  const lines = report({ ...options, order: [1, 2, 3], signature: null }).split('\n');
  const at = lines.findIndex((l) => l.startsWith(lastRow));
  return `${lines.slice(0, at + 1).join('\n')}\n${CUT_MARK}\n`;
}
