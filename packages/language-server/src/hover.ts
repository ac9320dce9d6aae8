import type { ActiveSeverity, LintMessage, RulesMeta } from '@xxgk-lint/core';
import { safeLinkUrl } from '@xxgk-lint/core/editor';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import { rangeOf } from './diagnostics.js';

const SEVERITY_NAME: Record<ActiveSeverity, string> = { error: '错误', warn: '警告', info: '提示' };

function covers(document: TextDocument, message: LintMessage, position: Position): boolean {
  const offset = document.offsetAt(position);
  const [start, end] = message.range;
  if (start === end) return document.positionAt(start).line === position.line;
  return offset >= start && offset <= end;
}

/** one rule's card: id and severity, what it checks, the clause it rests on, its docs page */
function ruleCard(ruleId: string, severity: ActiveSeverity, rulesMeta: RulesMeta): string {
  const docs = rulesMeta[ruleId]?.docs;
  const lines = [`**xxgk-lint · ${ruleId}**（${SEVERITY_NAME[severity]}）`];
  if (docs?.description) lines.push('', docs.description);
  if (docs?.basis?.length) lines.push('', `依据：${docs.basis.join('；')}`);
  const url = safeLinkUrl(docs?.url);
  if (url) lines.push('', `[规则说明](${url})`);
  return lines.join('\n');
}

/** The docs summary and legal basis of the rules whose findings cover `position`. */
export function hoverAt(document: TextDocument, messages: LintMessage[], rulesMeta: RulesMeta, position: Position): Hover | null {
  const hits = messages.filter((m) => m.ruleId && covers(document, m, position));
  if (hits.length === 0) return null;
  const seen = new Set<string>();
  const cards: string[] = [];
  for (const m of hits) {
    const ruleId = m.ruleId as string;
    if (seen.has(ruleId)) continue;
    seen.add(ruleId);
    cards.push(ruleCard(ruleId, m.xxgkSeverity, rulesMeta));
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: cards.join('\n\n---\n\n') },
    range: rangeOf(document, hits[0].range),
  };
}
