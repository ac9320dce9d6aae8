import type { LintMessage } from '../types.js';
import { sameBodyName } from './body-names.js';
import type { ResolvedBatch } from './types.js';

export const EXPECTED_BODIES_RULE = 'national/expected-bodies';

const squeeze = (name: string) => name.replace(/\s+/g, '');

/** one warning on the config file for each listed body with no report in the run (matched by sameBodyName) */
export function missingBodies(batch: ResolvedBatch, bodies: readonly (string | undefined)[]): LintMessage[] {
  const present = bodies.filter((b): b is string => b !== undefined && b !== '');
  // most names are written as the reports write them: found at once, the others compared one by one
  const exact = new Set(present.map(squeeze));
  const expected = batch.config.expectedBodies ?? [];
  const messages: LintMessage[] = [];
  expected.forEach((name, i) => {
    if (exact.has(squeeze(name)) || present.some((body) => sameBodyName(name, body))) return;
    const line = batch.bodyLines[i] ?? batch.line ?? 1;
    messages.push({
      ruleId: EXPECTED_BODIES_RULE,
      severity: 1,
      xxgkSeverity: 'warn',
      message: `应报送年度报告的“${name}”在本次检查的报告中没有找到：请催报，或确认它的报告已放进检查的目录、能够读取（按报告标题中的机关名称匹配）。`,
      line,
      column: 1,
      range: [0, 0],
      where: `第${line}行`,
    });
  });
  return messages;
}
