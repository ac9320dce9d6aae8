import type { RuleSet, RulesMeta } from '../types.js';

export function getRulesMeta(rules: RuleSet): RulesMeta {
  const meta: RulesMeta = {};
  for (const [id, entry] of Object.entries(rules)) meta[id] = entry.rule.meta;
  return meta;
}
