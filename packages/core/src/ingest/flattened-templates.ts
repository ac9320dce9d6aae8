import { TABLE2_COLUMNS, TABLE2_LABELS, TABLE2_TRIAL_ROWS, TABLE3_ROWS_2019, TABLE3_ROWS_2021, TABLE4_COLUMN_LABELS } from '../vocabulary/labels.js';
import type { Table2TrialRow, Table3Row } from '../vocabulary/types.js';
import type { SplitOptions } from './digit-splits.js';

/**
 * The label sequences of the three standard tables as a crawler runs them
 * into one line: headers and row labels in reading order. A row label is
 * followed by its digits; a header by more header text.
 */
export interface TemplateToken {
  label: string;
  /** a data row: how many cells its digits hold */
  row?: { id: string; cells: number; name: string; options?: SplitOptions };
  /** a group label that some tables leave out ("三、本年度办理结果") */
  optional?: boolean;
}

export type FlattenedKind = 'table2' | 'table3' | 'table4';

export interface Template {
  kind: FlattenedKind;
  layout: '2021' | '2019';
  tokens: TemplateToken[];
  /** header words between the tokens, to cut header text into cells */
  vocabulary: string[];
  /** rows that must be found for the text to count as this table at all */
  minRows: number;
}

const row = (label: string, id: string, cells: number, options?: SplitOptions): TemplateToken => ({ label, row: { id, cells, name: label, ...(options ? { options } : {}) } });

const L = TABLE2_LABELS;
/** a 2019 trial row: its label and width from the trial layout (labels.ts) */
const trial = (key: Table2TrialRow, options?: SplitOptions) => {
  const spec = TABLE2_TRIAL_ROWS.find((r) => r.key === key)!;
  return row(spec.label, key, spec.columns.length, options);
};

export const TABLE2_2021: Template = {
  kind: 'table2',
  layout: '2021',
  minRows: 3,
  tokens: [
    { label: '第二十条第（一）项' },
    row(L.regulation, 'regulation', 3),
    row(L.normativeDocument, 'normativeDocument', 3),
    { label: '第二十条第（五）项' },
    row(L.license, 'license', 1),
    { label: '第二十条第（六）项' },
    row(L.penalty, 'penalty', 1),
    row(L.enforcement, 'enforcement', 1),
    { label: '第二十条第（八）项' },
    row(L.fee, 'fee', 1, { decimalLast: true }),
  ],
  vocabulary: ['信息内容', ...TABLE2_COLUMNS.documents, TABLE2_COLUMNS.decisions, TABLE2_COLUMNS.fee, '本年收费金额'],
};

/** 国办公开办函〔2019〕60号 (domain.md §3.1) */
export const TABLE2_2019: Template = {
  kind: 'table2',
  layout: '2019',
  minRows: 3,
  tokens: [
    { label: '第二十条第（一）项' },
    trial('regulation'),
    trial('normativeDocument'),
    { label: '第二十条第（五）项' },
    trial('license', { negative: true }),
    trial('otherServices', { negative: true }),
    { label: '第二十条第（六）项' },
    trial('penalty', { negative: true }),
    trial('enforcement', { negative: true }),
    { label: '第二十条第（八）项' },
    trial('fee', { negative: true }),
    { label: '第二十条第（九）项' },
    trial('procurement', { decimalLast: true }),
  ],
  vocabulary: ['信息内容', ...new Set(TABLE2_TRIAL_ROWS.flatMap((r) => r.columns))],
};

/** group labels standing before the first row they group */
const GROUP_BEFORE: Partial<Record<Table3Row, string>> = {
  granted: '三、本年度办理结果',
  refused1: '（三）不予公开',
  unable1: '（四）无法提供',
  notProcessed1: '（五）不予处理',
  other1: '（六）其他处理',
};

function table3(layout: '2021' | '2019'): Template {
  const specs = layout === '2021' ? TABLE3_ROWS_2021 : TABLE3_ROWS_2019;
  const tokens: TemplateToken[] = [{ label: '申请人情况' }];
  for (const spec of specs) {
    const group = GROUP_BEFORE[spec.key];
    if (group) tokens.push({ label: group, optional: true });
    tokens.push({ label: spec.label, row: { id: spec.key, cells: 7, name: spec.short } });
  }
  return {
    kind: 'table3',
    layout,
    minRows: 5,
    tokens,
    vocabulary: ['自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  };
}

export const TABLE3_2021 = table3('2021');
export const TABLE3_2019 = table3('2019');

/** 表四 has one data row and no row label: its header words, then 15 digits */
export const TABLE4_HEADER = {
  anchor: '行政复议',
  vocabulary: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...Object.values(TABLE4_COLUMN_LABELS)],
  required: ['行政诉讼', '直接起诉', '复议后起诉', '结果维持', '尚未审结', '总计'],
};
