/**
 * The table figures a reviewer compares, across years (national/year-on-year-jump)
 * and across the reports of a batch (peer outliers): not every cell, the ones
 * that say how much a body did.
 */
import type { AnnualReport, Cell, Table2, Table3, Table4 } from '../model/types.js';

export interface ReviewFigure {
  key: string;
  /** its name in messages: 表二“行政许可”处理决定数量 */
  name: string;
  /** the cell in a report, when its table is read with confidence */
  cell(report: AnnualReport): Cell | undefined;
}

function confident<T extends Table2 | Table3 | Table4>(table: T | undefined): T | undefined {
  return table?.confidence === 'high' ? table : undefined;
}

const t2 = (r: AnnualReport) => confident(r.tables.table2);
const t3 = (r: AnnualReport) => confident(r.tables.table3);
const t4 = (r: AnnualReport) => confident(r.tables.table4);

/** 总计 is the last column of table 三 and of each table-四 group */
export const REVIEW_FIGURES: ReviewFigure[] = [
  { key: 'regulationInForce', name: '表二“规章”现行有效件数', cell: (r) => t2(r)?.rows.regulation?.[2] },
  { key: 'normativeInForce', name: '表二“行政规范性文件”现行有效件数', cell: (r) => t2(r)?.rows.normativeDocument?.[2] },
  { key: 'license', name: '表二“行政许可”处理决定数量', cell: (r) => t2(r)?.rows.license?.[0] },
  { key: 'penalty', name: '表二“行政处罚”处理决定数量', cell: (r) => t2(r)?.rows.penalty?.[0] },
  { key: 'enforcement', name: '表二“行政强制”处理决定数量', cell: (r) => t2(r)?.rows.enforcement?.[0] },
  { key: 'newApplications', name: '表三“一、本年新收政府信息公开申请数量”总计', cell: (r) => t3(r)?.rows.new?.cells[6] },
  { key: 'granted', name: '表三“（一）予以公开”总计', cell: (r) => t3(r)?.rows.granted?.cells[6] },
  { key: 'review', name: '表四“行政复议”总计', cell: (r) => t4(r)?.groups.review?.[4] },
  { key: 'litigationDirect', name: '表四“行政诉讼（未经复议直接起诉）”总计', cell: (r) => t4(r)?.groups.litigationDirect?.[4] },
  { key: 'litigationAfterReview', name: '表四“行政诉讼（复议后起诉）”总计', cell: (r) => t4(r)?.groups.litigationAfterReview?.[4] },
];

export const FIGURE_NAMES: Record<string, string> = Object.fromEntries(REVIEW_FIGURES.map((f) => [f.key, f.name]));
