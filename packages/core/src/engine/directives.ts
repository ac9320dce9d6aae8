/**
 * Inline control, as ESLint and markdownlint do it, in HTML comments:
 *
 *   <!-- xxgk-lint-disable national/contact-info -- 联系方式见网站首页 -->
 *   …
 *   <!-- xxgk-lint-enable national/contact-info -->
 *   <!-- xxgk-lint-disable-next-line national/narrative-sum -- 含跨年度申请 -->
 *   某段文字 <!-- xxgk-lint-disable-line national/fullwidth-punctuation -->
 *   <!-- xxgk-lint-disable-file national/report-title -->
 *
 * Rule ids are separated by spaces or commas; none means every rule. Text
 * after " -- " is the justification. A comment is a directive only where the
 * Markdown parser sees an HTML comment (an `html` node): in .md files, and in
 * .txt files too, which are parsed the same way (a comment on its own line, or
 * inside a paragraph); never inside code blocks or recovered text tables.
 *
 * A finding is suppressed by the directives in force at its start: a
 * `disable` before it (by offset) not re-enabled since, a `disable-line` on
 * its line, a `disable-next-line` on the line before, a `disable-file`
 * anywhere. Suppressed findings go to `LintResult.suppressedMessages` with
 * `suppressions: [{ kind: 'directive', justification }]` (ESLint's shape).
 * Fatal findings are never suppressed. Unknown rule ids and unknown
 * `xxgk-lint-…` comments are warnings (ruleId null); with
 * `reportUnusedDisableDirectives`, so is a directive that suppressed nothing
 * (with a fix that removes it, or the unused ids from it).
 */
import type { Html, Root } from 'mdast';
import type { Node as UnistNode, Parent } from 'unist';
import type { LineIndex } from '../text/line-index.js';
import type { ActiveSeverity, LintMessage, LintSuppression, TextEdit } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface DirectiveRuleId {
  id: string;
  range: [number, number];
}

export interface Directive {
  kind: DirectiveKind;
  /** the rule ids named, in order; empty: every rule */
  ruleIds: DirectiveRuleId[];
  /** the text after " -- " ('' when none) */
  justification: string;
  /** the whole comment, <!-- … --> */
  range: [number, number];
  /** 1-based lines of the comment's start and end */
  line: number;
  endLine: number;
}

export interface DirectiveSource {
  text: string;
  ast: Root;
  lines: LineIndex;
}

export interface DirectiveOptions {
  /**
   * Every rule id that exists, on or off; a directive naming another id gets
   * an "unknown rule" warning. Default: the ids of the rules that are on.
   */
  knownRuleIds?: Iterable<string>;
  /** report directives that suppressed nothing: true / 'warn' (a warning), 'error', false / 'off' (default) */
  reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error';
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^\s*xxgk-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;
const LOOKS_LIKE = /^\s*xxgk-lint[-\w]*/;

/** every HTML comment the Markdown parser found, with its offsets */
function htmlNodes(ast: Root): Html[] {
  const out: Html[] = [];
  const walk = (node: UnistNode) => {
    if (node.type === 'html') out.push(node as Html);
    const children = (node as Parent).children;
    if (children) for (const child of children) walk(child);
  };
  walk(ast);
  return out;
}

export interface ParsedDirectives {
  directives: Directive[];
  /** comments that start with "xxgk-lint" but are no directive */
  malformed: { text: string; range: [number, number] }[];
}

export function parseDirectives(source: DirectiveSource): ParsedDirectives {
  const directives: Directive[] = [];
  const malformed: ParsedDirectives['malformed'] = [];
  for (const node of htmlNodes(source.ast)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const raw = source.text.slice(start, end);
    for (const m of raw.matchAll(COMMENT)) {
      const at = start + m.index;
      const range: [number, number] = [at, at + m[0].length];
      const d = DIRECTIVE.exec(m[1]);
      if (!d) {
        if (LOOKS_LIKE.test(m[1])) malformed.push({ text: m[1].trim().split(/\s/)[0], range });
        continue;
      }
      const bodyStart = at + 4 + m[1].length - d[2].length;
      const body = d[2];
      const separator = /(?:^|\s)--(?:\s|$)/.exec(body);
      const idsText = separator ? body.slice(0, separator.index) : body;
      const justification = separator ? body.slice(separator.index + separator[0].length).trim() : '';
      const ruleIds: DirectiveRuleId[] = [];
      for (const id of idsText.matchAll(/[^\s,，、]+/g)) {
        ruleIds.push({ id: id[0], range: [bodyStart + id.index, bodyStart + id.index + id[0].length] });
      }
      directives.push({
        kind: d[1] as DirectiveKind,
        ruleIds,
        justification,
        range,
        line: source.lines.locate(range[0]).line,
        endLine: source.lines.locate(range[1]).line,
      });
    }
  }
  directives.sort((a, b) => a.range[0] - b.range[0]);
  return { directives, malformed };
}

/** a rule id no directive names: only directives without ids apply to it */
const EVERY_RULE = '\u0000every rule';

const names = (d: Directive, id: string) => d.ruleIds.length === 0 || d.ruleIds.some((r) => r.id === id);

/** the disable directive in force for a rule at an offset (the last matching disable not re-enabled), if any */
function blockSuppressor(blocks: Directive[], ruleId: string, offset: number): Directive | undefined {
  let current: Directive | undefined;
  for (const d of blocks) {
    if (d.range[0] > offset) break;
    if (!names(d, ruleId)) continue;
    current = d.kind === 'disable' ? d : undefined;
  }
  return current;
}

function severityOf(option: DirectiveOptions['reportUnusedDisableDirectives']): ActiveSeverity | null {
  if (option === true || option === 'warn') return 'warn';
  if (option === 'error') return 'error';
  return null;
}

function problem(source: DirectiveSource, range: [number, number], message: string, severity: ActiveSeverity, fix?: TextEdit): LintMessage {
  const start = source.lines.locate(range[0]);
  const end = source.lines.locate(range[1]);
  const out: LintMessage = {
    ruleId: null,
    severity: severity === 'error' ? 2 : 1,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    xxgkSeverity: severity,
    range,
  };
  if (fix) out.fix = fix;
  return out;
}

/** the edit that removes a comment: its whole line when it stands alone there, else the comment and one space before it */
function removal(source: DirectiveSource, d: Directive): TextEdit {
  const { text, lines } = source;
  const [lineStart] = lines.lineRange(d.line);
  const [, lineEnd] = lines.lineRange(d.endLine);
  if (text.slice(lineStart, d.range[0]).trim() === '' && text.slice(d.range[1], lineEnd).trim() === '') {
    let end = lineEnd;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    return { range: [lineStart, end], text: '' };
  }
  const start = d.range[0] > 0 && /[ \t]/.test(text[d.range[0] - 1]) ? d.range[0] - 1 : d.range[0];
  return { range: [start, d.range[1]], text: '' };
}

/** the comment rewritten without some of its rule ids */
function withoutIds(d: Directive, unused: Set<DirectiveRuleId>): TextEdit {
  const keep = d.ruleIds.filter((r) => !unused.has(r)).map((r) => r.id);
  const first = d.ruleIds[0].range[0];
  const last = d.ruleIds[d.ruleIds.length - 1].range[1];
  return { range: [first, last], text: keep.join(' ') };
}

function closest(id: string, known: string[]): string | undefined {
  const bare = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
  const same = known.filter((k) => k.endsWith(`/${bare}`));
  return same.length === 1 ? same[0] : undefined;
}

const quote = (ids: string[]) => ids.map((id) => `“${id}”`).join('、');

export interface DirectiveOutcome {
  /** the findings left, plus the directives' own warnings */
  messages: LintMessage[];
  /** the findings suppressed, each with its suppressions */
  suppressedMessages: LintMessage[];
}

/**
 * Split findings into reported and suppressed by the file's directives, and
 * add the directives' own problems. `activeRuleIds` are the rules that ran.
 */
export function applyDirectives(
  messages: LintMessage[],
  source: DirectiveSource,
  activeRuleIds: Iterable<string>,
  options: DirectiveOptions = {},
): DirectiveOutcome {
  const { directives, malformed } = parseDirectives(source);
  if (directives.length === 0 && malformed.length === 0) return { messages, suppressedMessages: [] };

  const known = [...new Set([...activeRuleIds, ...(options.knownRuleIds ?? [])])];
  const knownSet = new Set(known);
  const own: LintMessage[] = [];
  for (const m of malformed) {
    own.push(
      problem(
        source,
        m.range,
        `无法识别的行内控制注释“${m.text}”：可用 xxgk-lint-disable、xxgk-lint-enable、xxgk-lint-disable-line、xxgk-lint-disable-next-line、xxgk-lint-disable-file。这条注释不起作用。`,
        'warn',
      ),
    );
  }
  const unknown = new Set<DirectiveRuleId>();
  for (const d of directives) {
    for (const r of d.ruleIds) {
      if (knownSet.has(r.id)) continue;
      unknown.add(r);
      const hint = closest(r.id, known);
      const advice = hint
        ? `是否指“${hint}”？${r.id.includes('/') ? '' : '规则要写全名。'}`
        : r.id.includes('/')
          ? '请检查规则名的拼写（--print-config 可列出适用的规则）。'
          : '请写规则的全名，如“national/contact-info”。';
      own.push(problem(source, r.range, `行内控制注释中的规则“${r.id}”不存在，对它的控制不起作用。${advice}`, 'warn'));
    }
  }

  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const used = new Map<Directive, Set<string>>();
  const use = (d: Directive, ruleId: string) => {
    const set = used.get(d) ?? new Set<string>();
    set.add(ruleId);
    used.set(d, set);
  };
  const kept: LintMessage[] = [];
  const suppressedMessages: LintMessage[] = [];
  for (const m of messages) {
    if (m.fatal || m.ruleId === null) {
      kept.push(m);
      continue;
    }
    const ruleId = m.ruleId;
    const line = source.lines.locate(m.range[0]).line;
    const by: Directive[] = [];
    const block = blockSuppressor(blocks, ruleId, m.range[0]);
    if (block) by.push(block);
    for (const d of directives) {
      if (!names(d, ruleId)) continue;
      if (
        d.kind === 'disable-file' ||
        (d.kind === 'disable-line' && d.line === line) ||
        (d.kind === 'disable-next-line' && d.endLine + 1 === line)
      ) {
        by.push(d);
      }
    }
    if (by.length === 0) {
      kept.push(m);
      continue;
    }
    for (const d of by) use(d, ruleId);
    const suppressions: LintSuppression[] = by.map((d) => ({ kind: 'directive', justification: d.justification }));
    suppressedMessages.push({ ...m, suppressions });
  }

  const severity = severityOf(options.reportUnusedDisableDirectives);
  if (severity) {
    for (const d of directives) {
      const name = `xxgk-lint-${d.kind}`;
      if (d.kind === 'enable') {
        const disabledBefore = (ruleId: string) => blockSuppressor(blocks, ruleId, d.range[0] - 1) !== undefined;
        if (d.ruleIds.length === 0) {
          const earlier = blocks.filter((b) => b.kind === 'disable' && b.range[0] < d.range[0]).flatMap((b) => b.ruleIds.map((r) => r.id));
          if (!disabledBefore(EVERY_RULE) && !earlier.some(disabledBefore)) {
            own.push(problem(source, d.range, `多余的行内控制注释：${name} 之前没有仍在生效的 xxgk-lint-disable，这条注释不起作用，可以删除。`, severity, removal(source, d)));
          }
          continue;
        }
        const unusedIds = d.ruleIds.filter((r) => !unknown.has(r) && !disabledBefore(r.id));
        if (unusedIds.length === 0) continue;
        const whole = unusedIds.length === d.ruleIds.length;
        own.push(
          problem(
            source,
            d.range,
            whole
              ? `多余的行内控制注释：${name} 之前没有屏蔽 ${quote(unusedIds.map((r) => r.id))}，这条注释不起作用，可以删除。`
              : `行内控制注释 ${name} 中的 ${quote(unusedIds.map((r) => r.id))} 之前并未屏蔽，可以去掉。`,
            severity,
            whole ? removal(source, d) : withoutIds(d, new Set(unusedIds)),
          ),
        );
        continue;
      }
      const usedIds = used.get(d) ?? new Set<string>();
      if (d.ruleIds.length === 0) {
        if (usedIds.size === 0) {
          own.push(problem(source, d.range, `多余的行内控制注释：${name} 没有屏蔽任何问题，可以删除。`, severity, removal(source, d)));
        }
        continue;
      }
      const candidates = d.ruleIds.filter((r) => !unknown.has(r));
      const unusedIds = candidates.filter((r) => !usedIds.has(r.id));
      if (unusedIds.length === 0) continue;
      const whole = unusedIds.length === d.ruleIds.length;
      own.push(
        problem(
          source,
          d.range,
          whole
            ? `多余的行内控制注释：${name} 没有屏蔽任何问题（此处没有 ${quote(unusedIds.map((r) => r.id))} 的问题），可以删除。`
            : `行内控制注释 ${name} 中的 ${quote(unusedIds.map((r) => r.id))} 没有屏蔽任何问题，可以去掉。`,
          severity,
          whole ? removal(source, d) : withoutIds(d, new Set(unusedIds)),
        ),
      );
    }
  }
  return { messages: [...kept, ...own], suppressedMessages };
}
