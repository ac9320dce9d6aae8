import type { LintResult, RulesMeta } from '@xxgk-lint/core';
import { summarize } from '../format.js';

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
