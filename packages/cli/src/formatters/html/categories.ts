import type { RuleCategory, RuleMeta } from '@xxgk-lint/core';

/**
 * The five headings a leader reads (issue 15), plus 其他 for rules that
 * declare no category (custom packs). Every rule states its own
 * `docs.category`; this is the one place that says which heading each of
 * those categories falls under.
 */
export type SummaryGroup = 'structure' | 'tables' | 'consistency' | 'privacy' | 'other' | 'writing';

export const GROUP_NAMES: Record<SummaryGroup, string> = {
  structure: '结构',
  tables: '表格',
  consistency: '一致性',
  privacy: '隐私',
  other: '其他',
  writing: '写作规范',
};

/** content defects first; writing norms are shown apart so they don't drown them */
export const CONTENT_GROUPS: readonly SummaryGroup[] = ['structure', 'tables', 'consistency', 'privacy', 'other'];

const GROUP_OF_CATEGORY: Record<RuleCategory, SummaryGroup> = {
  structure: 'structure',
  contact: 'structure',
  template: 'tables',
  arithmetic: 'tables',
  consistency: 'consistency',
  fees: 'consistency',
  writing: 'writing',
  privacy: 'privacy',
};

export function groupOf(meta: RuleMeta | undefined): SummaryGroup {
  const category = meta?.docs.category;
  return category && Object.hasOwn(GROUP_OF_CATEGORY, category) ? GROUP_OF_CATEGORY[category] : 'other';
}
