import type { ReportDescriptor, Rule, RuleContext, RuleMeta, Visitors } from '../types.js';

/** The options of a rule that takes none. */
export type NoOptions = Record<never, never>;

/** A report whose messageId must be one of the rule's own meta.messages keys. */
export interface TypedReportDescriptor<MessageIds extends string> extends Omit<ReportDescriptor, 'messageId' | 'data'> {
  messageId?: MessageIds;
  data?: Record<string, string | number>;
}

/** What a rule written with defineRule sees: its options typed, its reports checked. */
export interface TypedRuleContext<Options, MessageIds extends string> extends Omit<RuleContext<Options>, 'report'> {
  report(descriptor: TypedReportDescriptor<MessageIds>): void;
}

/**
 * A rule with options has a default for each of them (the engine merges the
 * user's options over meta.defaultOptions, and the config loader checks them
 * against meta.schema), so context.options is always a whole `Options`.
 */
type DefaultOptionsOf<Options> = [keyof Options] extends [never] ? { defaultOptions?: Options } : { defaultOptions: Options };

export type TypedRuleMeta<Options, MessageIds extends string> = Omit<RuleMeta, 'messages' | 'defaultOptions'> & {
  messages: Record<MessageIds, string>;
} & DefaultOptionsOf<Options>;

export interface RuleDefinition<Options, MessageIds extends string> {
  meta: TypedRuleMeta<Options, MessageIds>;
  create(context: TypedRuleContext<Options, MessageIds>): Visitors;
}

/**
 * ESLint's typed rule helper: `defineRule<Options, 'late' | 'missing'>({ meta, create })`.
 * A messageId that is not a key of meta.messages, or a message key no report
 * can use, is a compile error; context.options has the type `Options`.
 */
export function defineRule<Options extends object = NoOptions, MessageIds extends string = never>(rule: RuleDefinition<Options, MessageIds>): Rule {
  const meta: RuleMeta = { ...rule.meta, defaultOptions: rule.meta.defaultOptions as RuleMeta['defaultOptions'] };
  return {
    meta,
    // the engine hands every rule an untyped options record; for this rule it is meta.defaultOptions with the user's schema-checked options over it
    create: (context) => rule.create(context as RuleContext<unknown> as TypedRuleContext<Options, MessageIds>),
  };
}
