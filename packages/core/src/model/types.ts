import type { Table as MdastTable } from 'mdast';
import type { Range } from '../range.js';
import type { NormalizedText } from '../text/normalize.js';
import type { BodyKind, PartNumber, Table2Row, Table2TrialRow, Table3Column, Table3Row, Table4Group } from '../vocabulary/types.js';

export type { Range } from '../range.js';
export type { BodyKind, PartNumber, Table2Row, Table2TrialRow, Table3Column, Table3Row, Table4Column, Table4Group } from '../vocabulary/types.js';

export interface ModelNode {
  type: 'Report' | 'Part' | 'Table';
  range: Range;
}

/**
 * How a part was found: on a heading line of its own; inline, in a line of
 * running text (a crawler's flattened page); or inferred from its content
 * with no heading at all. Rules lower an error to a warning when what they
 * stand on was not read from a heading line.
 */
export type PartProvenance = 'heading' | 'inline' | 'inferred';

/**
 * How a table was found: a table as written (markdown, tabs, HTML, Word,
 * PDF layout); several fragments joined into one ('merged': split by a PDF
 * conversion, sub-tables under headings); or cells run together in running
 * text ('flattened': digits split only where the table's identities leave
 * one way).
 */
export type TableProvenance = 'table' | 'merged' | 'flattened';

/** the format the report year calls for: 2021 on 国办公开办函〔2021〕30号, 2019–2020 the trial format 〔2019〕60号, before that the old template */
export type ExpectedFormat = '2021' | '2019' | 'pre-2019';

export interface PartHeading {
  /** original text of the heading (without markdown markers) */
  text: string;
  range: Range;
  /** the numeral as written ("二、" → 2); null when the heading has none */
  writtenNumber: number | null;
  /** the title after the numeral, whitespace removed */
  title: string;
  /** exactly the 30号 wording */
  canonical: boolean;
  /** a wording accepted in practice (domain.md §2.2) */
  acceptedVariant: boolean;
  /** range of the title part (after the numeral and its separator) */
  titleRange: Range;
}

export interface Part extends ModelNode {
  type: 'Part';
  /** which statutory part this is, recognised by its wording */
  number: PartNumber;
  heading: PartHeading;
  /** from the end of the heading to the start of the next part (or the end of the report) */
  bodyRange: Range;
  found: PartProvenance;
}

export type CellKind = 'number' | 'blank' | 'placeholder' | 'text';

export interface Cell {
  /** the cell's text as written (trimmed) */
  raw: string;
  kind: CellKind;
  /** the number read from the cell; null for blank, placeholder or text */
  value: number | null;
  /** text around the number, e.g. "（营业执照）" in "50（营业执照）" */
  note?: string;
  /** a unit written in the cell ("元", "万元", "件") */
  unit?: string;
  range: Range;
}

export type TableKind = 'table2' | 'table3' | 'table4';

/** a piece of text as written, with its place in the original */
export interface TextSpan {
  text: string;
  range: Range;
}

export interface TableBase extends ModelNode {
  type: 'Table';
  kind: TableKind;
  /**
   * every non-empty cell that is not a value cell of a data row, as written:
   * headers, row labels and group labels (also of a low-confidence table)
   */
  labelCells: TextSpan[];
  /** low: rows or columns could not be matched to the national labels */
  confidence: 'high' | 'low';
  /** why the table is not read with confidence (Chinese, for the message) */
  problems: string[];
  /** the mdast tables this model table was read from */
  nodes: MdastTable[];
  found: TableProvenance;
  /** the text stops inside this table (an excerpt): it is read as far as it goes, and no arithmetic is done on it */
  truncated?: boolean;
}

export interface Table2 extends TableBase {
  kind: 'table2';
  /**
   * in the 2021 columns: 规章/行政规范性文件 [本年制发, 本年废止, 现行有效];
   * the others [value]. In the trial layout only the cells that mean the
   * same: 行政许可/处罚/强制 [处理决定数量]
   */
  rows: Partial<Record<Table2Row, Cell[]>>;
  /** the 2019 trial layout was recognised (本年新制作数量, 第（九）项…) */
  trialLayout: boolean;
  /** in the trial layout: each row's value cells in the trial columns (TABLE2_TRIAL_ROWS) */
  trial?: Partial<Record<Table2TrialRow, Cell[]>>;
  /** label text found for each row, as written */
  labels: Partial<Record<Table2Row, { text: string; range: Range }>>;
  /**
   * every row with a label and at least one number after it, in order, with
   * all the value cells after the label (blank trailing cells dropped): rows
   * the national format lacks have no key
   */
  dataRows: { label: TextSpan; key?: Table2Row; values: Cell[]; range: Range }[];
}

export interface Table3RowData {
  key: Table3Row;
  /** 7 cells in column order */
  cells: Cell[];
  /** label as written in the report (may be empty when the layout lost it) */
  labelText: string;
  labelRange?: Range;
  /** the label cells of the row, one by one */
  labels: TextSpan[];
  range: Range;
}

export interface Table3 extends TableBase {
  kind: 'table3';
  layout: '2021' | '2019';
  rows: Partial<Record<Table3Row, Table3RowData>>;
  /** row keys in the order they appear */
  order: Table3Row[];
  /** the 勾稽关系 note was found */
  hasReconciliationNote: boolean;
  /** the note as written (the cells or prose holding it), when found */
  reconciliationNote?: TextSpan;
  /**
   * every row read as a data row (seven values at its end), in order, also
   * when the table is not read with confidence: the raw material for checks
   * of the table's shape
   */
  dataRows: { labels: TextSpan[]; values: Cell[]; range: Range }[];
  /** the table-三 identities and the single wrong cell, when the table is read with confidence */
  arithmetic?: Table3Arithmetic;
}

export interface Table4 extends TableBase {
  kind: 'table4';
  /** each group: 5 cells in Table4Column order */
  groups: Partial<Record<Table4Group, Cell[]>>;
  range: Range;
  /** each group's total, when the table is read with confidence */
  arithmetic?: Table4Arithmetic;
}

// ------------------------------------------------------------------ table arithmetic (model/tables/*-arithmetic.ts)

/** Σ left = Σ right over value cells of one table */
export interface TableIdentity {
  left: Cell[];
  right: Cell[];
  /** unchecked: a cell is not a number (blank, placeholder, words), so the identity cannot be checked */
  status: 'holds' | 'fails' | 'unchecked';
  /** Σ left − Σ right, when the identity fails */
  residual?: number;
}

/** T3-ROW: in one row, the six applicant columns (left) add up to 总计 (right) */
export interface Table3RowIdentity extends TableIdentity {
  kind: 'row';
  row: Table3Row;
}

/**
 * In one column, T3-SUB: the result items （一）…（六） (left) add up to
 * （七）总计 (right); T3-BAL: 一 + 二 (left) = （七）总计 + 四 (right)
 */
export interface Table3ColumnIdentity extends TableIdentity {
  kind: 'result' | 'balance';
  column: Table3Column;
}

export type Table3Identity = Table3RowIdentity | Table3ColumnIdentity;

/** a cell and the value that would make the identities hold */
export interface CellFix {
  cell: Cell;
  from: number;
  to: number;
}

/**
 * The one cell of table 三 whose change to a non-negative integer makes
 * every checked identity hold, when no other cell can do the same.
 */
export interface Table3Pinpoint extends CellFix {
  row: Table3Row;
  column: Table3Column;
  /** the identities that fail (all of them through this cell), row first, then result, then balance */
  failing: Table3Identity[];
  /** some identities could not be checked */
  partial: boolean;
}

export interface Table3Arithmetic {
  /** the row identities in table order, then each column's result and balance identities */
  identities: Table3Identity[];
  pinpoint?: Table3Pinpoint;
}

/** T4-SUM: in one group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (left) = 总计 (right) */
export interface Table4GroupIdentity extends TableIdentity {
  group: Table4Group;
  /** the only cell whose change mends the group, when there is one */
  fix?: CellFix;
}

export interface Table4Arithmetic {
  /** the groups the table has, in TABLE4_GROUPS order */
  groups: Table4GroupIdentity[];
}

export type ReportTable = Table2 | Table3 | Table4;

export interface DateValue {
  year: number;
  month: number;
  day: number;
  range: Range;
}

/** a 文号 such as 国办公开办函〔2021〕30号, as written (GB/T 9704 §7.2.5) */
export interface DocumentNumber {
  /** as written, whitespace removed: "国办公开办函2021]30号" */
  text: string;
  /** the Chinese characters before the year: the issuer's code, possibly with words before it ("依据国办函") */
  prefix: string;
  year: number;
  /** the serial number as written, digits only ("030") */
  serial: string;
  /** the brackets around the year as written, "" when missing */
  open: string;
  close: string;
  /** "第" before the serial */
  ordinal: boolean;
  /** 〔year〕serial号: six-cornered brackets, no 第, no leading zero */
  canonical: boolean;
  /** from the first character of the prefix to 号 */
  range: Range;
  /** from just after the prefix (with the spaces between) to 号: what GB/T 9704 governs */
  numberRange: Range;
}

/** 统计期限: "2023年1月1日至12月31日" */
export interface StatisticalPeriod {
  start: { year: number; month: number; day: number };
  /** the end's year is the start's when not written */
  end: { year: number; month: number; day: number };
  range: Range;
}

export interface ReportMetadata {
  title?: { text: string; normalized: string; range: Range };
  /** the four-digit year in the title, where it is */
  titleYear?: { year: number; range: Range };
  /** the stated 统计期限 (the first date range near 统计/数据/期限, else the first 1月1日…12月31日) */
  statisticalPeriod?: StatisticalPeriod;
  /**
   * the report's own contact statements: sentences with a contact label
   * (电话, 地址, 邮箱…) before 一、总体情况, or in or after 六 when they read as
   * contact details (联系, 咨询, 如对本报告…)
   */
  contactStatements: TextSpan[];
  /** 主体名称, e.g. 淮安市洪泽区人民政府 */
  body?: string;
  bodyKind?: BodyKind;
  bodyKindSource: 'settings' | 'title' | 'text' | 'unknown';
  year?: number;
  yearSource: 'settings' | 'title' | 'text' | 'unknown';
  publicationDate?: DateValue;
  /** the format the report's year calls for (undefined when the year is unknown) */
  expectedFormat?: ExpectedFormat;
  /** the 落款 at the end: the issuing body's name and the date, each if present */
  signature?: { body?: { text: string; range: Range }; date?: DateValue };
}

export interface AnnualReport extends ModelNode {
  type: 'Report';
  metadata: ReportMetadata;
  /** the parts found, in document order (a part may be missing, or appear twice) */
  parts: Part[];
  tables: { table2?: Table2; table3?: Table3; table4?: Table4 };
  /** prose of the whole report outside tables, normalised, with a map to the original */
  prose: NormalizedText;
  /** 文号 written in the prose (outside tables), in order */
  documentNumbers: DocumentNumber[];
  /** what no prose rule looks inside: URLs, e-mail, code, links and (on request) 文号 */
  skip: SkipMask;
  /**
   * The text seems to be an excerpt: it stops before the end of the report
   * (a clerk pasted part 一 only, a copy cut off mid-table). The parts after
   * the last one present are missing as a run; `missing` lists them.
   */
  excerpt?: {
    missing: PartNumber[];
    reason: string;
    /** the copy visibly stops mid-way (a marker, mid-sentence, mid-table): its last part is cut off too */
    cut: boolean;
    /** where the report's text stops (trailing whitespace and page chrome left out) */
    end: number;
  };
  /** ranges of page or crawler chrome (位置导航, 索引号 block, 打印 关闭…), outside the report */
  chrome: Range[];
  /** first part found with this number */
  part(number: PartNumber): Part | undefined;
  /** prose inside a range (e.g. a part's body) */
  proseIn(range: Range): NormalizedText;
}

export interface SkipOptions {
  /** also skip the 文号 written in the prose (国办公开办函〔2021〕30号) */
  documentNumbers?: boolean;
}

/** where the prose is not Chinese running text: URLs, e-mail, code, links (built by skip-mask.ts) */
export interface SkipMask {
  /** any prose index in [start, end) is inside a URL, e-mail, code, link or (when asked) a 文号 */
  inProse(start: number, end: number, options?: SkipOptions): boolean;
  /** the same for offsets into the source text (sourceCode.text) */
  inSource(start: number, end: number, options?: SkipOptions): boolean;
  /** mask[i] = 1: prose character i is skipped (read-only; shared by every rule) */
  proseMask(options?: SkipOptions): Uint8Array;
  /** mask[i] = 1: source character i is skipped (read-only; shared by every rule) */
  sourceMask(options?: SkipOptions): Uint8Array;
}
