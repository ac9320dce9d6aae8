/**
 * Where a finding is, in words a clerk can follow in Word or on paper:
 * 第3页第9行 (PDF), 第12段 (Word), 第12行 (text, Markdown, HTML), and for a
 * value cell of a standard table its row and column labels, e.g.
 * 表三“本年新收政府信息公开申请数量”行“自然人”列. Shared by every front end
 * (the engine sets `message.where`); no Node import.
 */
import type { InputFormat } from '../formats/registry.js';
import type { AnnualReport, Cell, Range, ReportTable, Table2, Table3, Table4 } from '../model/types.js';
import type { LintMessage } from '../types.js';
import {
  chineseNumeral,
  TABLE2_COLUMNS,
  TABLE2_LABELS,
  TABLE2_TRIAL_ROWS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUP_LABELS,
  table3RowSpec,
} from '../vocabulary/labels.js';
import type { Table2Row, Table3Row, Table4Group } from '../vocabulary/types.js';

/** what of a message says where it is */
export type Placed = Pick<LintMessage, 'line' | 'range' | 'ruleId' | 'fatal' | 'page' | 'cell'>;

const TABLE_NAMES: Record<ReportTable['kind'], string> = { table2: '表二', table3: '表三', table4: '表四' };

/** the group a table-三 sub-item belongs to, said before its own label */
const TABLE3_GROUPS: [RegExp, string][] = [
  [/^refused\d$/, '不予公开'],
  [/^unable\d$/, '无法提供'],
  [/^notProcessed\d$/, '不予处理'],
  [/^other\d$/, '其他处理'],
];

function within(range: Range, offset: number): boolean {
  return range[0] === range[1] ? offset === range[0] : range[0] <= offset && offset < range[1];
}

/** a table-三 row as people name it: the label without its numbering and remark, with its group for a sub-item */
export function table3RowWords(key: Table3Row): string {
  if (key === 'resultTotal') return '办理结果总计';
  const label = table3RowSpec(key)
    .label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '')
    .replace(/（[^）]*）$/, '');
  const group = TABLE3_GROUPS.find(([pattern]) => pattern.test(key));
  return group ? `${group[1]}：${label}` : label;
}

function cellIndex(cells: readonly Cell[] | undefined, offset: number): number {
  return cells ? cells.findIndex((c) => within(c.range, offset)) : -1;
}

function inTable3(table: Table3, offset: number): string | undefined {
  for (const row of Object.values(table.rows)) {
    if (!row) continue;
    const i = cellIndex(row.cells, offset);
    if (i >= 0) return `表三“${table3RowWords(row.key)}”行“${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[i]]}”列`;
  }
  return undefined;
}

function inTable4(table: Table4, offset: number): string | undefined {
  for (const [group, cells] of Object.entries(table.groups) as [Table4Group, Cell[] | undefined][]) {
    const i = cellIndex(cells, offset);
    if (i >= 0) return `表四“${TABLE4_GROUP_LABELS[group]}”的“${TABLE4_COLUMN_LABELS[TABLE4_COLUMNS[i]]}”栏`;
  }
  return undefined;
}

function table2Column(row: Table2Row, i: number): string {
  if (row === 'regulation' || row === 'normativeDocument') return TABLE2_COLUMNS.documents[i] ?? `第${i + 1}栏`;
  if (row === 'fee') return '本年收费金额';
  return TABLE2_COLUMNS.decisions;
}

function inTable2(table: Table2, offset: number): string | undefined {
  if (table.trialLayout && table.trial) {
    for (const spec of TABLE2_TRIAL_ROWS) {
      const i = cellIndex(table.trial[spec.key], offset);
      if (i >= 0) return `表二“${spec.label}”行“${spec.columns[i] ?? `第${i + 1}栏`}”列`;
    }
    return undefined;
  }
  for (const [row, cells] of Object.entries(table.rows) as [Table2Row, Cell[] | undefined][]) {
    const i = cellIndex(cells, offset);
    if (i >= 0) return `表二“${TABLE2_LABELS[row]}”行“${table2Column(row, i)}”列`;
  }
  return undefined;
}

/** the value cell of a standard table at this offset, in words */
export function tableCellWords(report: AnnualReport, offset: number): string | undefined {
  const { table2, table3, table4 } = report.tables;
  return (
    (table3 && within(table3.range, offset) ? inTable3(table3, offset) : undefined) ??
    (table4 && within(table4.range, offset) ? inTable4(table4, offset) : undefined) ??
    (table2 && within(table2.range, offset) ? inTable2(table2, offset) : undefined)
  );
}

/** the table-三 row whose labels hold this offset, in words */
function table3RowAt(table: Table3, offset: number): string | undefined {
  for (const row of Object.values(table.rows)) {
    if (row?.labelRange && within(row.labelRange, offset)) return table3RowWords(row.key);
  }
  return undefined;
}

/** the standard table (表二/三/四) this offset is in, and the table-三 row when the offset is on its label */
function standardTableAt(report: AnnualReport, offset: number): { name: string; row?: string } | undefined {
  for (const table of Object.values(report.tables)) {
    if (!table || !within(table.range, offset)) continue;
    return { name: TABLE_NAMES[table.kind], row: table.kind === 'table3' ? table3RowAt(table, offset) : undefined };
  }
  return undefined;
}

/** the place in the document by its format alone: page and line, paragraph, Word table cell, line */
export function placeInWords(message: Placed, format: InputFormat, tableName?: string): string {
  if (format === 'pdf') return message.page !== undefined ? `第${message.page}页第${message.line}行` : `第${message.line}行`;
  if (format === 'docx') {
    const cell = message.cell;
    if (cell) return `${tableName ?? `第${chineseNumeral(cell.table)}个表格`}第${cell.row}行第${cell.column}列`;
    return `第${message.line}段`;
  }
  return `第${message.line}行`;
}

/**
 * A finding's place in words. A message of the whole file (a file that could
 * not be read) is 整个文件.
 */
export function whereInWords(message: Placed, format: InputFormat, report?: AnnualReport): string {
  if (message.ruleId === null && message.fatal) return '整个文件';
  const offset = message.range[0];
  if (report) {
    const cell = tableCellWords(report, offset);
    // in Word the labels and the grid position both help: 表二“行政许可”行“本年处理决定数量”列（第7行第2列）
    if (cell) {
      if (format === 'docx' && message.cell) return `${cell}（第${message.cell.row}行第${message.cell.column}列）`;
      // on paper the page says where to look: 表四“行政复议”的“总计”栏（第4页第21行）
      if (format === 'pdf' && message.page !== undefined) return `${cell}（${placeInWords(message, format)}）`;
      return cell;
    }
    const table = standardTableAt(report, offset);
    if (table) {
      const row = table.row ? `“${table.row}”行` : '';
      if (format === 'docx' && message.cell) return `${table.name}第${message.cell.row}行第${message.cell.column}列${row ? `（${row}）` : ''}`;
      return `${placeInWords(message, format)}（${table.name}${row}）`;
    }
  }
  return placeInWords(message, format);
}

/** set `where` on each message (the engine calls this once per document) */
export function addWhere(messages: LintMessage[], format: InputFormat, report: AnnualReport): void {
  for (const message of messages) message.where = whereInWords(message, format, report);
}
