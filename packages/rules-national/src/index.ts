import type { Rule, RulePack } from '@xxgk-lint/core';
import { applicationBalance } from './rules/application-balance.js';
import { cellValue } from './rules/cell-value.js';
import { contactInfo } from './rules/contact-info.js';
import { feeStatement } from './rules/fee-statement.js';
import { narrativeSum } from './rules/narrative-sum.js';
import { partHeading } from './rules/part-heading.js';
import { partOrder } from './rules/part-order.js';
import { reportTitle } from './rules/report-title.js';
import { requiredParts } from './rules/required-parts.js';
import { resultTotal } from './rules/result-total.js';
import { reviewLitigationTotal } from './rules/review-litigation-total.js';
import { rowTotal } from './rules/row-total.js';
import { tablePresent } from './rules/table-present.js';
import { tableUnreadable } from './rules/table-unreadable.js';

export const rules: Record<string, Rule> = {
  'required-parts': requiredParts,
  'part-order': partOrder,
  'part-heading': partHeading,
  'table-present': tablePresent,
  'table-unreadable': tableUnreadable,
  'application-balance': applicationBalance,
  'row-total': rowTotal,
  'result-total': resultTotal,
  'review-litigation-total': reviewLitigationTotal,
  'cell-value': cellValue,
  'fee-statement': feeStatement,
  'contact-info': contactInfo,
  'report-title': reportTitle,
  'narrative-sum': narrativeSum,
};

type Config = RulePack['configs'][string];

function configOf(pick: (rule: Rule) => Rule['meta']['defaultSeverity']): Config {
  const out: Config = { rules: {} };
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
