import type { LintResult, RulesMeta } from '@xxgk-lint/core';
import { summarize } from '../format.js';
import { safeLinkUrl } from '@xxgk-lint/core';
import { terminalSafe } from './terminal-text.js';

type PrettyFormatter = (results: never[], data?: { rulesMeta: RulesMeta; cwd?: string }) => string;

/** the rules' meta with only http(s)/file docs URLs (others empty: no link): the formatter makes them terminal hyperlinks */
function linkableMeta(rulesMeta: RulesMeta): RulesMeta {
  const out: RulesMeta = {};
  for (const [id, meta] of Object.entries(rulesMeta)) out[id] = { ...meta, docs: { ...meta.docs, url: safeLinkUrl(meta.docs.url) ?? '' } };
  return out;
}

/**
 * eslint-formatter-pretty with our rulesMeta (docs links). It sorts arrays in
 * place, so it gets copies. 'info' findings (severity 1, not in warningCount)
 * are marked “提示：”. When only info findings exist the formatter would print
 * nothing, so they are passed as warnings and its English count line is cut.
 * Report text, file names and rule ids reach the terminal with their control
 * and bidi characters made visible (terminalSafe).
 */
export async function formatPretty(results: readonly LintResult[], rulesMeta: RulesMeta, cwd?: string): Promise<string> {
  const { default: pretty } = (await import('eslint-formatter-pretty')) as unknown as { default: PrettyFormatter };
  const copies = results.map((r) => ({
    ...r,
    filePath: terminalSafe(r.filePath),
    messages: r.messages.map((m) => ({
      ...m,
      ruleId: m.ruleId === null ? null : terminalSafe(m.ruleId),
      message: terminalSafe(m.xxgkSeverity === 'info' ? `提示：${m.message}` : m.message),
    })),
  }));
  const s = summarize(results);
  const infoOnly = s.errors + s.warnings === 0 && s.infos > 0;
  if (infoOnly) for (const c of copies) c.warningCount = c.infoCount;
  let out = pretty(copies as never[], { rulesMeta: linkableMeta(rulesMeta), cwd });
  if (infoOnly) out = out.slice(0, out.lastIndexOf('\n\n') + 2);
  return out;
}
