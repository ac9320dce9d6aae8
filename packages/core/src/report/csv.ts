/**
 * The findings as CSV, the same bytes for the CLI (`-f csv`) and the web
 * page's export: one row per finding; UTF-8 with a BOM and CRLF line ends, so
 * Excel and WPS open the Chinese correctly with a double click. No Node import:
 * how a path is shown is the caller's.
 */
import type { LintMessage, LintResult } from '../types.js';
import { excerptOf } from './excerpt.js';

export const SEVERITY_NAMES: Record<LintMessage['xxgkSeverity'], string> = { error: '错误', warn: '警告', info: '提示' };

/** the first eight columns as before; the place in words and the quoted words after them */
const HEADER = ['文件', '主体', '年度', '规则', '级别', '行', '列', '消息', '位置', '页', '段', '表格单元', '原文摘录'];

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** the words at a finding, for the 原文摘录 column */
export type ExcerptOf = (result: LintResult, message: LintMessage) => string;

const ownExcerpt: ExcerptOf = (result, message) => excerptOf(result, message);

/** the paragraph of a .docx finding (its line is the paragraph number) */
export function paragraphOf(filePath: string, message: LintMessage): number | undefined {
  return /\.docx$/i.test(filePath) && !message.fatal ? message.line : undefined;
}

/**
 * The table cell of a finding in words: a standard table's value cell by its
 * labels (表三“…”行“自然人”列), else a Word table cell by its place
 * (第2个表格第4行第2列); empty outside tables.
 */
export function tableCellOf(message: LintMessage): string {
  const where = message.where ?? '';
  // the page and line of a PDF cell are in 位置 and 页 already
  if (/^表[二三四]“/.test(where)) return where.replace(/（第\d+页第\d+行）$/, '');
  const cell = message.cell;
  return cell ? `第${cell.table}个表格第${cell.row}行第${cell.column}列` : '';
}

/** the header line, with the BOM that makes Excel and WPS read UTF-8 */
export function findingsCsvHead(): string {
  return `\ufeff${HEADER.join(',')}\r\n`;
}

/** the rows of one result, each ending in CRLF ('' for a result without findings) */
export function findingsCsvRows(result: LintResult, shownPath: (filePath: string) => string = (p) => p, excerpt: ExcerptOf = ownExcerpt): string {
  let out = '';
  for (const m of result.messages) {
    const row = [
      shownPath(result.filePath),
      result.report?.body,
      result.report?.year,
      m.ruleId ?? '（读取）',
      SEVERITY_NAMES[m.xxgkSeverity],
      m.line,
      m.column,
      m.message,
      m.where,
      m.page,
      paragraphOf(result.filePath, m),
      tableCellOf(m),
      excerpt(result, m),
    ];
    out += `${row.map(csvField).join(',')}\r\n`;
  }
  return out;
}

/** the CSV text of the results; `shownPath` turns a result's filePath into the 文件 column, `excerpt` gives the 原文摘录 */
export function findingsCsv(results: readonly LintResult[], shownPath: (filePath: string) => string = (p) => p, excerpt: ExcerptOf = ownExcerpt): string {
  let out = findingsCsvHead();
  for (const r of results) out += findingsCsvRows(r, shownPath, excerpt);
  return out;
}
