/** The findings of one file as HTML (its section of the page). */
import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core/browser';
import { groupByPart } from './group.js';
import { escapeHtml } from './markdown.js';

const SEVERITY_WORDS = { error: '错误', warn: '警告', info: '提示' } as const;

/** the words at the finding: the document's own excerpt, or its line of the text */
export function quoteOf(result: LintResult, message: LintMessage, max = 60): string {
  if (message.excerpt) return message.excerpt;
  const source = result.source ?? '';
  const [from, to] = message.range;
  if (to > from && to - from <= max) return source.slice(from, to);
  const lineStart = source.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
  let lineEnd = source.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = source.length;
  const line = source.slice(lineStart, lineEnd).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function findingHtml(result: LintResult, message: LintMessage, index: number, fixable: boolean, meta: RulesMeta): string {
  const rule = message.ruleId ?? '（读取）';
  const title = message.ruleId ? (meta[message.ruleId]?.docs.description ?? '') : '';
  const quote = quoteOf(result, message);
  const fix = fixable && message.fix ? '<button type="button" class="apply-fix">应用此修正</button>' : '';
  return `<li class="finding" tabindex="0" data-index="${index}" data-rule="${escapeHtml(rule)}" data-severity="${message.xxgkSeverity}">
<span class="badge ${message.xxgkSeverity}">${SEVERITY_WORDS[message.xxgkSeverity]}</span>
<span class="where">${escapeHtml(message.where ?? (message.fatal && message.ruleId === null ? "整个文件" : `第${message.line}行`))}</span>
<span class="rule" title="${escapeHtml(title)}">${escapeHtml(rule)}</span>
<div class="message">${escapeHtml(message.message)}</div>
${quote ? `<div class="quote">${escapeHtml(quote)}</div>` : '<div class="quote"></div>'}
${fix}</li>`;
}

export function fileSectionHtml(name: string, result: LintResult, fixable: boolean, meta: RulesMeta): string {
  const index = new Map(result.messages.map((m, i) => [m, i]));
  const groups = groupByPart(result)
    .map(
      (g) =>
        `<section class="part" data-part="${g.key}"><h3>${escapeHtml(g.title)}<span class="part-count">${g.messages.length}</span></h3><ol class="findings">${g.messages
          .map((m) => findingHtml(result, m, index.get(m)!, fixable, meta))
          .join('')}</ol></section>`,
    )
    .join('');
  const body = result.report?.body ? `<span class="body">${escapeHtml(result.report.body)}${result.report.year ? ` ${result.report.year} 年度` : ''}</span>` : '';
  const none = result.messages.length === 0 ? '<p class="clean">没有发现问题。</p>' : '';
  return `<header><h2>${escapeHtml(name)}</h2>${body}
<p class="counts">错误 <b class="count-error">${result.errorCount}</b> · 警告 <b class="count-warn">${result.warningCount}</b> · 提示 <b class="count-info">${result.infoCount}</b></p></header>${none}${groups}`;
}

/** the text view with the finding's range highlighted (an empty range: its whole line) */
export function textViewHtml(source: string, range?: readonly [number, number]): string {
  if (!range) return escapeHtml(source);
  let [from, to] = range;
  if (to <= from) {
    from = source.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    to = source.indexOf('\n', from);
    if (to < 0) to = source.length;
  }
  return `${escapeHtml(source.slice(0, from))}<span class="highlight">${escapeHtml(source.slice(from, to)) || '\u2003'}</span>${escapeHtml(source.slice(to))}`;
}
