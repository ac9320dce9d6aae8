import type { LintResult } from '@xxgk-lint/core';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** files not checked to the end: unreadable, over the budget, or under a broken config (a fatal message without a rule) */
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
  if (s.unreadable > 0) line += `（其中 ${s.unreadable} 个文件无法读取或没有检查完）`;
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
