import type { RulePack, RuleSet, RulesMeta, SeverityInput } from '../types.js';
import { normalizeSeverity } from './severity.js';

export type RuleConfigValue = SeverityInput | [SeverityInput, Record<string, unknown>?];

/**
 * Rules of packs (namespaced "pack/rule") with their severities and options
 * from a named config of each pack, then `overrides` on top: a severity alone
 * keeps the earlier options; a [severity, options] pair replaces them.
 */
export function resolveRuleSet(
  packs: RulePack[],
  configName = 'recommended',
  overrides: Record<string, RuleConfigValue> = {},
): RuleSet {
  const all = new Map<string, RulePack['rules'][string]>();
  for (const pack of packs) {
    for (const [name, rule] of Object.entries(pack.rules)) all.set(`${pack.meta.namespace}/${name}`, rule);
  }
  const configured: Record<string, RuleConfigValue> = {};
  for (const pack of packs) {
    const config = pack.configs[configName];
    if (config) Object.assign(configured, config.rules);
  }
  const set: RuleSet = {};
  const apply = (id: string, value: RuleConfigValue) => {
    const rule = all.get(id);
    if (!rule) throw new Error(`未知的规则：${id}`);
    const [severityInput, options] = Array.isArray(value) ? value : [value, undefined];
    const severity = normalizeSeverity(severityInput);
    const earlier = set[id]?.options;
    if (severity === 'off') {
      delete set[id];
      return;
    }
    set[id] = { rule, severity, options: options ?? earlier ?? {} };
  };
  for (const [id, value] of Object.entries(configured)) apply(id, value);
  for (const [id, value] of Object.entries(overrides)) apply(id, value);
  return set;
}

export function getRulesMeta(rules: RuleSet): RulesMeta {
  const meta: RulesMeta = {};
  for (const [id, entry] of Object.entries(rules)) meta[id] = entry.rule.meta;
  return meta;
}
