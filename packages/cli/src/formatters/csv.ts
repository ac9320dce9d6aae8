import type { LintResult } from '@xxgk-lint/core';
import { SEVERITY_NAMES, displayPath } from './common.js';

const HEADER = ['文件', '主体', '年度', '规则', '级别', '行', '列', '消息'];

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula */
function field(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per finding; UTF-8 with a BOM and CRLF line ends, so Excel and WPS
 * open the Chinese correctly with a double click.
 */
export function formatCsv(results: readonly LintResult[], cwd: string): string {
  const rows = [HEADER.join(',')];
  for (const r of results) {
    for (const m of r.messages) {
      rows.push(
        [displayPath(r.filePath, cwd), r.report?.body, r.report?.year, m.ruleId ?? '（读取）', SEVERITY_NAMES[m.xxgkSeverity], m.line, m.column, m.message]
          .map(field)
          .join(','),
      );
    }
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
