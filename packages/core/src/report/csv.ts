/**
 * The findings as CSV, the same bytes for the CLI (`-f csv`) and the web
 * page's export: one row per finding; UTF-8 with a BOM and CRLF line ends, so
 * Excel and WPS open the Chinese correctly with a double click. No Node import:
 * how a path is shown is the caller's.
 */
import type { LintMessage, LintResult } from '../types.js';

export const SEVERITY_NAMES: Record<LintMessage['xxgkSeverity'], string> = { error: '错误', warn: '警告', info: '提示' };

const HEADER = ['文件', '主体', '年度', '规则', '级别', '行', '列', '消息'];

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** the CSV text of the results; `shownPath` turns a result's filePath into the 文件 column */
export function findingsCsv(results: readonly LintResult[], shownPath: (filePath: string) => string = (p) => p): string {
  const rows = [HEADER.join(',')];
  for (const r of results) {
    for (const m of r.messages) {
      rows.push(
        [shownPath(r.filePath), r.report?.body, r.report?.year, m.ruleId ?? '（读取）', SEVERITY_NAMES[m.xxgkSeverity], m.line, m.column, m.message]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
