import type { LintResult, RulesMeta } from '@xxgk-lint/core';
import { formatCsv } from './formatters/csv.js';
import { formatHtml } from './formatters/html.js';
import { formatSarif } from './formatters/sarif.js';

export const FORMATS = ['pretty', 'json', 'sarif', 'csv', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormatName(value: string): value is FormatName {
  return (FORMATS as readonly string[]).includes(value);
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** files that could not be read (a fatal message without a rule) */
  unreadable: number;
}

export function summarize(results: readonly LintResult[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const r of results) {
    s.errors += r.errorCount;
    s.warnings += r.warningCount;
    s.infos += r.infoCount;
    if (r.messages.some((m) => m.fatal && m.ruleId === null)) s.unreadable++;
  }
  return s;
}

/** e.g. "共检查 5 个文件：3 个错误，4 个警告" */
export function summaryLine(s: Summary, quiet = false): string {
  const head = `共检查 ${s.files} 个文件：`;
  if (s.errors + s.warnings + s.infos === 0) {
    return head + (quiet ? '没有发现错误（--quiet：不显示警告）' : '没有发现问题');
  }
  let line = `${head}${s.errors} 个错误`;
  if (quiet) line += '（--quiet：不显示警告）';
  else line += `，${s.warnings} 个警告`;
  if (s.infos > 0 && !quiet) line += `，${s.infos} 个提示`;
  if (s.unreadable > 0) line += `（其中 ${s.unreadable} 个文件无法读取）`;
  return line;
}

/** ESLint's getErrorResults: only severity-2 messages, warning counts zeroed. */
export function errorsOnly(results: readonly LintResult[]): LintResult[] {
  return results.map((r) => ({
    ...r,
    messages: r.messages.filter((m) => m.severity === 2),
    warningCount: 0,
    infoCount: 0,
    fixableWarningCount: 0,
  }));
}

/** The results array, as ESLint's `json` formatter prints it. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}

/** The formats for machines and reviewers (everything but pretty); each ends with a newline. */
export function formatForFile(format: Exclude<FormatName, 'pretty'>, results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string, version: string): string {
  switch (format) {
    case 'json':
      return `${formatJson(results)}\n`;
    case 'sarif':
      return `${formatSarif(results, rulesMeta, cwd, version)}\n`;
    case 'csv':
      return formatCsv(results, cwd);
    case 'html':
      return formatHtml(results, rulesMeta, cwd);
  }
}

type PrettyFormatter = (results: never[], data?: { rulesMeta: RulesMeta; cwd?: string }) => string;

/**
 * eslint-formatter-pretty with our rulesMeta (docs links). It sorts arrays in
 * place, so it gets copies. 'info' findings (severity 1, not in warningCount)
 * are marked “提示：”. When only info findings exist the formatter would print
 * nothing, so they are passed as warnings and its English count line is cut.
 */
export async function formatPretty(results: readonly LintResult[], rulesMeta: RulesMeta, cwd?: string): Promise<string> {
  const { default: pretty } = (await import('eslint-formatter-pretty')) as unknown as { default: PrettyFormatter };
  const copies = results.map((r) => ({
    ...r,
    messages: r.messages.map((m) => (m.xxgkSeverity === 'info' ? { ...m, message: `提示：${m.message}` } : { ...m })),
  }));
  const s = summarize(results);
  const infoOnly = s.errors + s.warnings === 0 && s.infos > 0;
  if (infoOnly) for (const c of copies) c.warningCount = c.infoCount;
  let out = pretty(copies as never[], { rulesMeta, cwd });
  if (infoOnly) out = out.slice(0, out.lastIndexOf('\n\n') + 2);
  return out;
}
