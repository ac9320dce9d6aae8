import type { Rule, RulePack } from '@xxgk-lint/core';
import { abbreviatedYear } from './rules/abbreviated-year.js';
import { applicationUnit } from './rules/application-unit.js';
import { applicationBalance } from './rules/application-balance.js';
import { bankCard } from './rules/bank-card.js';
import { carryOver } from './rules/carry-over.js';
import { cellValue } from './rules/cell-value.js';
import { contactInfo } from './rules/contact-info.js';
import { copiedText } from './rules/copied-text.js';
import { dateFormat } from './rules/date-format.js';
import { declaredPartCount } from './rules/declared-part-count.js';
import { documentNumber } from './rules/document-number.js';
import { feePlausibility } from './rules/fee-plausibility.js';
import { feeStatement } from './rules/fee-statement.js';
import { feeUnit } from './rules/fee-unit.js';
import { fullwidthPunctuation } from './rules/fullwidth-punctuation.js';
import { governmentAccountability } from './declarative/government-accountability.js';
import { headingNumbering } from './rules/heading-numbering.js';
import { idNumber } from './rules/id-number.js';
import { improvementMeasures } from './rules/improvement-measures.js';
import { legalCitation } from './rules/legal-citation.js';
import { nameTypo } from './rules/name-typo.js';
import { narrativeSum } from './rules/narrative-sum.js';
import { narrativeTable } from './rules/narrative-table.js';
import { numberingSequence } from './rules/numbering-sequence.js';
import { obsoleteFeeTerms } from './declarative/obsolete-fee-terms.js';
import { outdatedTemplate } from './rules/outdated-template.js';
import { overviewTopics } from './declarative/overview-topics.js';
import { pairedPunctuation } from './rules/paired-punctuation.js';
import { partHeading } from './rules/part-heading.js';
import { partOrder } from './rules/part-order.js';
import { partSixItems } from './declarative/part-six-items.js';
import { phoneNumber } from './rules/phone-number.js';
import { publicationDeadline } from './rules/publication-deadline.js';
import { reconciliationNote } from './rules/reconciliation-note.js';
import { regulationAuthority } from './rules/regulation-authority.js';
import { repeatedPhrase } from './rules/repeated-phrase.js';
import { repeatedChar } from './rules/repeated-char.js';
import { reportTitle } from './rules/report-title.js';
import { requiredParts } from './rules/required-parts.js';
import { resultTotal } from './rules/result-total.js';
import { reviewLitigationTotal } from './rules/review-litigation-total.js';
import { rowTotal } from './rules/row-total.js';
import { statisticalPeriod } from './rules/statistical-period.js';
import { tableLabels } from './rules/table-labels.js';
import { stockMovement } from './rules/stock-movement.js';
import { tablePresent } from './rules/table-present.js';
import { tableShape } from './rules/table-shape.js';
import { tableUnreadable } from './rules/table-unreadable.js';
import { yearConsistency } from './rules/year-consistency.js';
import { yearSlip } from './rules/year-slip.js';
import { yearOnYearJump } from './rules/year-on-year-jump.js';

export const rules: Record<string, Rule> = {
  // structure
  'required-parts': requiredParts,
  'part-order': partOrder,
  'part-heading': partHeading,
  'table-present': tablePresent,
  'overview-topics': overviewTopics,
  'government-accountability': governmentAccountability,
  'declared-part-count': declaredPartCount,
  'fee-statement': feeStatement,
  'improvement-measures': improvementMeasures,
  'report-title': reportTitle,
  'part-six-items': partSixItems,
  // template
  'outdated-template': outdatedTemplate,
  'table-labels': tableLabels,
  'table-shape': tableShape,
  'reconciliation-note': reconciliationNote,
  // arithmetic
  'application-balance': applicationBalance,
  'row-total': rowTotal,
  'result-total': resultTotal,
  'review-litigation-total': reviewLitigationTotal,
  'cell-value': cellValue,
  'fee-unit': feeUnit,
  'regulation-authority': regulationAuthority,
  'table-unreadable': tableUnreadable,
  // consistency
  'narrative-sum': narrativeSum,
  'narrative-table': narrativeTable,
  'year-consistency': yearConsistency,
  'year-slip': yearSlip,
  'statistical-period': statisticalPeriod,
  'publication-deadline': publicationDeadline,
  // year on year (when the previous year's report of the same body is given)
  'carry-over': carryOver,
  'stock-movement': stockMovement,
  'copied-text': copiedText,
  'year-on-year-jump': yearOnYearJump,
  // fees
  'fee-plausibility': feePlausibility,
  'obsolete-fee-terms': obsoleteFeeTerms,
  // contact and publication
  'contact-info': contactInfo,
  'legal-citation': legalCitation,
  // writing norms
  'document-number': documentNumber,
  'abbreviated-year': abbreviatedYear,
  'application-unit': applicationUnit,
  'fullwidth-punctuation': fullwidthPunctuation,
  'paired-punctuation': pairedPunctuation,
  'heading-numbering': headingNumbering,
  'numbering-sequence': numberingSequence,
  'repeated-phrase': repeatedPhrase,
  'repeated-char': repeatedChar,
  'name-typo': nameTypo,
  'date-format': dateFormat,
  // privacy
  'id-number': idNumber,
  'phone-number': phoneNumber,
  'bank-card': bankCard,
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

/** what every front end lints with when no config file applies: the national recommended rules, held in memory */
export const nationalDefaults = {
  defaults: { extends: '@xxgk-lint/rules-national/recommended' },
  packs: { '@xxgk-lint/rules-national': nationalPack },
};
