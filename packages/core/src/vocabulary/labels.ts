import type { PartNumber, Table2Row, Table2TrialRow, Table3Column, Table3Row, Table4Column, Table4Group } from './types.js';

/** 国办公开办函〔2021〕30号: the six parts (domain.md §2.2) */
export const PART_TITLES: Record<PartNumber, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};

/** wordings seen in compliant reports (domain.md §2.2), compared after labelKey() */
export const PART_TITLE_VARIANTS: Record<PartNumber, string[]> = {
  1: [],
  2: ['行政机关主动公开政府信息情况'],
  3: ['行政机关收到和处理政府信息公开申请情况'],
  4: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议和行政诉讼情况'],
  5: ['政府信息公开工作存在的主要问题及改进情况'],
  6: [],
};

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function chineseNumeral(n: number): string {
  return CHINESE_NUMERALS[n - 1] ?? String(n);
}

/** 一 … 九十九 as a number ("十二" 12, "二十" 20); anything else ("一二", "") undefined */
export function chineseNumeralValue(numeral: string | undefined): number | undefined {
  if (!numeral) return undefined;
  /** 一 … 九 as 1 … 9, anything else 0 */
  const digit = (c: string) => (c.length === 1 ? CHINESE_NUMERALS.indexOf(c) + 1 : 0) % 10;
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? digit(numeral) || undefined : undefined;
  const before = numeral.slice(0, ten);
  const after = numeral.slice(ten + 1);
  const tens = before === '' ? 1 : digit(before);
  const ones = after === '' ? 0 : digit(after);
  return tens > 0 && (after === '' || ones > 0) ? tens * 10 + ones : undefined;
}

export const TABLE2_LABELS: Record<Table2Row, string> = {
  regulation: '规章',
  normativeDocument: '行政规范性文件',
  license: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fee: '行政事业性收费',
};

const TRIAL_DOCUMENTS = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];
const TRIAL_ITEMS = ['上一年项目数量', '本年增/减', '处理决定数量'];

/** the 2019 trial table 二 (国办公开办函〔2019〕60号, domain.md §3.1): each row's label and value columns */
export const TABLE2_TRIAL_ROWS: { key: Table2TrialRow; label: string; columns: string[] }[] = [
  { key: 'regulation', label: '规章', columns: TRIAL_DOCUMENTS },
  { key: 'normativeDocument', label: '规范性文件', columns: TRIAL_DOCUMENTS },
  { key: 'license', label: '行政许可', columns: TRIAL_ITEMS },
  { key: 'otherServices', label: '其他对外管理服务事项', columns: TRIAL_ITEMS },
  { key: 'penalty', label: '行政处罚', columns: TRIAL_ITEMS },
  { key: 'enforcement', label: '行政强制', columns: TRIAL_ITEMS },
  { key: 'fee', label: '行政事业性收费', columns: TRIAL_ITEMS.slice(0, 2) },
  { key: 'procurement', label: '政府集中采购', columns: ['采购项目数量', '采购总金额'] },
];

export const TABLE2_COLUMNS = {
  documents: ['本年制发件数', '本年废止件数', '现行有效件数'],
  decisions: '本年处理决定数量',
  fee: '本年收费金额（单位：万元）',
};

export const TABLE3_COLUMNS: Table3Column[] = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];

export const TABLE3_COLUMN_LABELS: Record<Table3Column, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

export interface Table3RowSpec {
  key: Table3Row;
  /** short name used in messages: "一", "（三）4", "（七）总计" */
  short: string;
  /** canonical label text (without the group label) */
  label: string;
}

const RESULT_ROWS: Table3RowSpec[] = [
  { key: 'granted', short: '三（一）', label: '（一）予以公开' },
  { key: 'partlyGranted', short: '三（二）', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { key: 'refused1', short: '三（三）1', label: '1.属于国家秘密' },
  { key: 'refused2', short: '三（三）2', label: '2.其他法律行政法规禁止公开' },
  { key: 'refused3', short: '三（三）3', label: '3.危及“三安全一稳定”' },
  { key: 'refused4', short: '三（三）4', label: '4.保护第三方合法权益' },
  { key: 'refused5', short: '三（三）5', label: '5.属于三类内部事务信息' },
  { key: 'refused6', short: '三（三）6', label: '6.属于四类过程性信息' },
  { key: 'refused7', short: '三（三）7', label: '7.属于行政执法案卷' },
  { key: 'refused8', short: '三（三）8', label: '8.属于行政查询事项' },
  { key: 'unable1', short: '三（四）1', label: '1.本机关不掌握相关政府信息' },
  { key: 'unable2', short: '三（四）2', label: '2.没有现成信息需要另行制作' },
  { key: 'unable3', short: '三（四）3', label: '3.补正后申请内容仍不明确' },
  { key: 'notProcessed1', short: '三（五）1', label: '1.信访举报投诉类申请' },
  { key: 'notProcessed2', short: '三（五）2', label: '2.重复申请' },
  { key: 'notProcessed3', short: '三（五）3', label: '3.要求提供公开出版物' },
  { key: 'notProcessed4', short: '三（五）4', label: '4.无正当理由大量反复申请' },
  { key: 'notProcessed5', short: '三（五）5', label: '5.要求行政机关确认或重新出具已获取信息' },
];

const HEAD_ROWS: Table3RowSpec[] = [
  { key: 'new', short: '一', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', short: '二', label: '二、上年结转政府信息公开申请数量' },
];

const TAIL_ROWS: Table3RowSpec[] = [
  { key: 'resultTotal', short: '三（七）总计', label: '（七）总计' },
  { key: 'carriedForward', short: '四', label: '四、结转下年度继续办理' },
];

/** 2021 layout: 25 data rows */
export const TABLE3_ROWS_2021: Table3RowSpec[] = [
  ...HEAD_ROWS,
  ...RESULT_ROWS,
  { key: 'other1', short: '三（六）1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  { key: 'other2', short: '三（六）2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  { key: 'other3', short: '三（六）3', label: '3.其他' },
  ...TAIL_ROWS,
];

/** 2019 trial layout: 23 data rows, （六）其他处理 is one row */
export const TABLE3_ROWS_2019: Table3RowSpec[] = [
  ...HEAD_ROWS,
  ...RESULT_ROWS,
  { key: 'otherSingle', short: '三（六）', label: '（六）其他处理' },
  ...TAIL_ROWS,
];

/** every result sub-item that （七）总计 adds up, per layout */
export function resultItemRows(layout: '2021' | '2019'): Table3Row[] {
  const rows = layout === '2021' ? TABLE3_ROWS_2021 : TABLE3_ROWS_2019;
  return rows.map((r) => r.key).filter((k) => !['new', 'carriedOver', 'resultTotal', 'carriedForward'].includes(k));
}

export function table3RowSpec(key: Table3Row): Table3RowSpec {
  return [...TABLE3_ROWS_2021, ...TABLE3_ROWS_2019].find((r) => r.key === key)!;
}

export const TABLE4_GROUPS: Table4Group[] = ['review', 'litigationDirect', 'litigationAfterReview'];
export const TABLE4_COLUMNS: Table4Column[] = ['upheld', 'corrected', 'other', 'pending', 'total'];

export const TABLE4_GROUP_LABELS: Record<Table4Group, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

export const TABLE4_COLUMN_LABELS: Record<Table4Column, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const RECONCILIATION_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
