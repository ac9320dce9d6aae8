import type { Rule, RulePack } from '@xxgk-lint/core';
import { requiredParts } from './rules/required-parts.js';

export const rules: Record<string, Rule> = {
  'required-parts': requiredParts,
};

function configOf(pick: (rule: Rule) => Rule['meta']['defaultSeverity']): RulePack['configs'][string] {
  const out: RulePack['configs'][string] = { rules: {} };
  for (const [name, rule] of Object.entries(rules)) out.rules[`national/${name}`] = pick(rule);
  return out;
}

export const nationalPack: RulePack = {
  meta: { name: '@xxgk-lint/rules-national', version: '0.1.0', namespace: 'national' },
  rules,
  configs: {
    recommended: configOf((rule) => rule.meta.defaultSeverity),
    all: configOf((rule) => (rule.meta.defaultSeverity === 'off' ? 'warn' : rule.meta.defaultSeverity)),
  },
};

export default nationalPack;
