import type { ActiveSeverity, Rule, RuleContext, RuleMeta, Severity } from '../../types.js';
import type { JsonSchema } from '../option-schema.js';
import { PatternTimeout } from '../regex-safety.js';
import type { PatternMatcher } from './patterns.js';
import { PATTERN_BUDGET_MS } from './patterns.js';
import type { DeclarativeRuleSpec, SpecLocation } from './spec.js';
import type { ReportFilter } from './when.js';

/** what a kind's create() is given: the checked spec and what every kind shares */
export interface KindInput {
  spec: DeclarativeRuleSpec;
  loc: SpecLocation;
  severity: Severity;
  matcher: PatternMatcher;
  /** the compiled `when` */
  runsOn: ReportFilter;
  /** the rule's meta from what the kind knows: its default description, fixability, messages */
  meta(parts: { description: string; fixable?: boolean; messages: Record<string, string>; options?: Pick<RuleMeta, 'schema' | 'defaultOptions'> }): RuleMeta;
}

/** One declarative kind: its own fields (a JSON Schema each) and how a spec becomes a rule. */
export interface DeclarativeKind {
  type: string;
  /** 中文一句话，用于 schema 与文档 */
  description: string;
  fields: Record<string, JsonSchema>;
  required?: string[];
  create(input: KindInput): Rule;
}

/** a user's regex that ran past its budget: one finding saying so, the rule stops on this file */
function reportTimeout(context: RuleContext, id: string): void {
  context.report({
    message: `自定义规则 ${id} 的正则表达式在本文件上运行超过 ${PATTERN_BUDGET_MS} 毫秒，已停止：请简化这个表达式。`,
    range: [0, 0],
  });
}

/** run a rule's matching; a pattern timeout becomes that one finding */
export function withinBudget(context: RuleContext, id: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof PatternTimeout) return reportTimeout(context, id);
    throw error;
  }
}

export type { ActiveSeverity };
