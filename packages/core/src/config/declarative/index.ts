/**
 * Declarative rules: data (YAML, JSON or a TS object) compiled into code
 * rules. The common fields are read here, each kind's own in kinds/. Nothing
 * here touches the file system: what depends on files (the docs page's URL,
 * the regex time budget) is passed in by the caller (see ../declarative-file.ts).
 */
import { applyFixes } from '../../engine/fixes.js';
import { lintText } from '../../engine/linter.js';
import { normalizeSeverity } from '../../engine/severity.js';
import type { Rule, RuleMeta, Severity } from '../../types.js';
import { findSchemaProblem } from '../option-schema.js';
import type { KindInput } from './kind.js';
import { KINDS } from './kinds/index.js';
import type { PatternMatcher } from './patterns.js';
import { unbudgetedMatcher } from './patterns.js';
import { kindSchema, TYPE_FIELD } from './schema.js';
import type { DeclarativeRuleSpec, SpecLocation } from './spec.js';
import { fail } from './spec.js';
import { compileWhen } from './when.js';

export { DECLARATIVE_TYPES, KINDS } from './kinds/index.js';
export { PATTERN_BUDGET_MS } from './patterns.js';
export type { Match, PatternMatcher } from './patterns.js';
export { parsePart } from './scope.js';
export { RULE_FILE_SCHEMA, RULE_SCHEMA } from './schema.js';
export type { DeclarativeRuleSpec, ItemSpec, SpecLocation, WhenSpec } from './spec.js';
export type { DeclarativeKind, KindInput } from './kind.js';

export interface CompiledDeclarative {
  id: string;
  rule: Rule;
  severity: Severity;
}

export interface CompileOptions {
  /** the namespace of a rule whose id has none (a pack's rules/*.yml) */
  namespace?: string;
  /** the docs page: `docs.url` as written (maybe relative to the rule's file) → an absolute URL; by default kept as written, else the file */
  docsUrl?: (written: string | undefined) => string;
  /** how user regexes run (Node passes one with a time budget) */
  matcher?: PatternMatcher;
  /** run the rule's `examples` (default true) */
  runExamples?: boolean;
}

function checked(raw: unknown, loc: SpecLocation): DeclarativeRuleSpec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(loc, undefined, '每条自定义规则应为一个对象（id、type、…）');
  const type = (raw as { type?: unknown }).type;
  if (type === undefined) fail(loc, 'type', `须写明 type（${Object.keys(KINDS).join('、')} 之一）`);
  const typeProblem = findSchemaProblem(type, TYPE_FIELD, ['type']);
  if (typeProblem) fail(loc, typeProblem.path, typeProblem.problem);
  const problem = findSchemaProblem(raw, kindSchema(KINDS[type as string]));
  if (problem) fail(loc, problem.path, problem.problem);
  return raw as DeclarativeRuleSpec;
}

/** A declarative rule (YAML/JSON data) → a code rule, checked against its kind's schema and with its examples run. */
export function compileDeclarative(raw: unknown, loc: SpecLocation, options: CompileOptions = {}): CompiledDeclarative {
  const spec = checked(raw, loc);
  const { namespace } = options;
  const id = spec.id.includes('/') ? spec.id : namespace ? `${namespace}/${spec.id}` : fail(loc, 'id', `应带命名空间，如 “county/${spec.id}”`);
  const severity = spec.severity === undefined ? 'warn' : normalizeSeverity(spec.severity);
  const docsUrl = options.docsUrl ?? ((written) => written ?? loc.file);
  const input: KindInput = {
    spec: { ...spec, id },
    loc,
    severity,
    matcher: options.matcher ?? unbudgetedMatcher,
    runsOn: compileWhen(spec.when),
    meta: ({ description, fixable, messages, options: optionMeta }): RuleMeta => ({
      type: 'suggestion',
      defaultSeverity: severity,
      fixable: fixable ? 'text' : undefined,
      docs: {
        description: spec.docs?.description ?? spec.description ?? description,
        url: docsUrl(spec.docs?.url),
        basis: spec.docs?.basis,
        category: spec.docs?.category,
      },
      messages,
      ...optionMeta,
    }),
  };
  const rule = KINDS[spec.type].create(input);
  if (options.runExamples !== false) runExamples(id, rule, spec, loc);
  return { id, rule, severity };
}

/** A rule's own examples must behave as written; a rule that can't match them is a config error. */
function runExamples(id: string, rule: Rule, spec: DeclarativeRuleSpec, loc: SpecLocation): void {
  const examples = spec.examples;
  if (!examples) return;
  const lint = (text: string) => lintText(text, { filePath: 'example.txt', rules: { [id]: { rule, severity: 'error', options: rule.meta.defaultOptions ?? {} } }, checkReportShape: false });
  (examples.valid ?? []).forEach((text, i) => {
    const found = lint(text).messages;
    if (found.length > 0) fail(loc, ['examples', 'valid', i], `示例应无问题，规则却报告了：${found[0].message}`);
  });
  (examples.invalid ?? []).forEach((example, i) => {
    const { text, output } = typeof example === 'string' ? { text: example, output: undefined } : example;
    const found = lint(text).messages;
    if (found.length === 0) fail(loc, ['examples', 'invalid', i], '示例应被规则发现，规则却没有报告：请检查 phrase、part 等是否写对。');
    if (output !== undefined) {
      const fixed = applyFixes(text, found.flatMap((m) => (m.fix ? [m.fix] : []))).output;
      if (fixed !== output) fail(loc, ['examples', 'invalid', i], `修复后应为 “${output}”，实际为 “${fixed}”`);
    }
  });
}
