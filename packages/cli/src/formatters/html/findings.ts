import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core';
import { SEVERITY_NAMES, excerptOf } from '../common.js';
import { groupOf } from './categories.js';
import { anchorId, escape } from './escape.js';

/** findings of one rule beyond this many in one report are folded into one line */
const SHOWN_PER_RULE = 3;
/** places listed in a folded line */
const FOLDED_PLACES = 12;

interface Folded {
  ruleId: string;
  severity: LintMessage['xxgkSeverity'];
  more: number;
  places: Set<string>;
}

const SEVERITY_RANK = { error: 0, warn: 1, info: 2 } as const;

export function placeOf(m: LintMessage): string {
  return m.where ?? (m.line > 0 ? `第${m.line}行` : '');
}

/** errors first, writing norms after the content defects of the same level, otherwise in document order */
function ordered(messages: readonly LintMessage[], rulesMeta: RulesMeta): LintMessage[] {
  const keyed = messages.map((m, i) => ({ m, i, writing: m.ruleId !== null && groupOf(rulesMeta[m.ruleId]) === 'writing' ? 1 : 0 }));
  keyed.sort((a, b) => SEVERITY_RANK[a.m.xxgkSeverity] - SEVERITY_RANK[b.m.xxgkSeverity] || a.writing - b.writing || a.i - b.i);
  return keyed.map((k) => k.m);
}

/** a report's findings, with a long run of one rule (e.g. 76 half-width commas) folded after the first few */
function shown(messages: readonly LintMessage[]): (LintMessage | Folded)[] {
  const seen = new Map<string, number>();
  const folded = new Map<string, Folded>();
  const out: (LintMessage | Folded)[] = [];
  for (const m of messages) {
    const id = m.ruleId ?? '';
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n <= SHOWN_PER_RULE || m.ruleId === null) {
      out.push(m);
      continue;
    }
    let f = folded.get(id);
    if (!f) {
      f = { ruleId: id, severity: m.xxgkSeverity, more: 0, places: new Set() };
      folded.set(id, f);
      out.push(f);
    }
    f.more++;
    const place = placeOf(m);
    if (place) f.places.add(place);
  }
  return out;
}

/** the rule's Chinese name, linked to its docs further down the page */
export function ruleName(ruleId: string | null, rulesMeta: RulesMeta): string {
  if (ruleId === null) return '读取文件';
  const name = rulesMeta[ruleId]?.docs.description || ruleId;
  return `<a href="#${anchorId('doc', ruleId)}">${escape(name)}</a>`;
}

function item(result: LintResult, entry: LintMessage | Folded, rulesMeta: RulesMeta): string {
  if ('more' in entry) {
    const places = [...entry.places].slice(0, FOLDED_PLACES).join('、');
    const rest = entry.places.size > FOLDED_PLACES ? ' 等' : '';
    return `<li class="f s-${entry.severity}"><span class="sev">${SEVERITY_NAMES[entry.severity]}</span>${ruleName(entry.ruleId, rulesMeta)}<div class="msg">另有 ${entry.more} 处同类问题${places ? `：${escape(places)}${rest}` : ''}</div></li>`;
  }
  const m = entry;
  const place = placeOf(m);
  const excerpt = excerptOf(result, m);
  const where = [place ? `<span class="where">${escape(place)}</span>` : '', excerpt ? `<q>${escape(excerpt)}</q>` : ''].filter(Boolean).join(' ');
  return `<li class="f s-${m.xxgkSeverity}"><span class="sev">${SEVERITY_NAMES[m.xxgkSeverity]}</span>${ruleName(m.ruleId, rulesMeta)}<div class="msg">${escape(m.message)}</div>${where ? `<div class="loc">${where}</div>` : ''}</li>`;
}

/** one report's findings as a list: place in words, the quoted words, the message */
export function findingsList(result: LintResult, rulesMeta: RulesMeta): string {
  const items = shown(ordered(result.messages, rulesMeta)).map((entry) => item(result, entry, rulesMeta));
  return `<ol class="findings">${items.join('')}</ol>`;
}
