/**
 * Findings grouped by the part of the report they are in: 一…六 by the part
 * headings in the text view, the standard tables (表二/表三/表四) by the
 * finding's place in words, and 其他 for what lies before the first part.
 */
import type { LintMessage, LintResult } from '@xxgk-lint/core/browser';

export const GROUP_ORDER = ['一', '二', '表二', '三', '表三', '四', '表四', '五', '六', '其他'] as const;
export type GroupKey = (typeof GROUP_ORDER)[number];

export const GROUP_TITLES: Record<GroupKey, string> = {
  一: '一、总体情况',
  二: '二、主动公开政府信息情况',
  表二: '表二（主动公开）',
  三: '三、收到和处理政府信息公开申请情况',
  表三: '表三（收到和处理申请）',
  四: '四、政府信息公开行政复议、行政诉讼情况',
  表四: '表四（复议、诉讼）',
  五: '五、存在的主要问题及改进情况',
  六: '六、其他需要报告的事项',
  其他: '其他（标题、落款及全文）',
};

/** a part heading at the start of a line: "一、", "## 二、", "三．" */
const PART_HEADING = /^[ \t\u3000#*]*([一二三四五六])[ \t\u3000]*[、.．]/gm;

/** where each part starts in the text, in order */
export function partStarts(source: string): { key: GroupKey; start: number }[] {
  const starts: { key: GroupKey; start: number }[] = [];
  let last = 0;
  for (const m of source.matchAll(PART_HEADING)) {
    const key = m[1] as GroupKey;
    const rank = GROUP_ORDER.indexOf(key);
    // a numbered list inside a part ("一、" again in 五) does not open an earlier part
    if (rank < last) continue;
    last = rank;
    starts.push({ key, start: m.index });
  }
  return starts;
}

export function groupOf(message: LintMessage, starts: readonly { key: GroupKey; start: number }[]): GroupKey {
  const table = /^(表[二三四])|（(表[二三四])）$/.exec(message.where ?? '');
  if (table) return (table[1] ?? table[2]) as GroupKey;
  if (message.ruleId === null) return '其他';
  let key: GroupKey = '其他';
  for (const s of starts) if (s.start <= message.range[0]) key = s.key;
  return key;
}

/** the result's findings by group, groups in report order, empty groups left out */
export function groupByPart(result: LintResult): { key: GroupKey; title: string; messages: LintMessage[] }[] {
  const starts = partStarts(result.source ?? '');
  const groups = new Map<GroupKey, LintMessage[]>();
  for (const message of result.messages) {
    const key = groupOf(message, starts);
    groups.set(key, [...(groups.get(key) ?? []), message]);
  }
  return GROUP_ORDER.filter((k) => groups.has(k)).map((key) => ({ key, title: GROUP_TITLES[key], messages: groups.get(key)! }));
}
