/**
 * Inline control: <!-- xxgk-lint-disable/enable/disable-line/disable-next-line/disable-file ids -- 理由 -->
 */
import { describe, expect, it } from 'vitest';
import type { LintOptions, LintResult, Rule, RuleSet } from '../src/index.js';
import { applyFixes, ingestText, lintText } from '../src/index.js';
import { parseDirectives } from '../src/engine/directives.js';

/** a rule reporting every occurrence of one character */
function charRule(ch: string): Rule {
  return {
    meta: { type: 'problem', defaultSeverity: 'error', docs: { description: `测试：“${ch}”`, url: 'file:///x.md' } },
    create: (context) => ({
      Report: () => {
        const text = context.sourceCode.text;
        for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) context.report({ message: `发现“${ch}”`, range: [i, i + 1] });
      },
    }),
  };
}

const RULES: RuleSet = {
  't/jia': { rule: charRule('甲'), severity: 'error', options: {} },
  't/yi': { rule: charRule('乙'), severity: 'warn', options: {} },
};

function lint(lines: string[], options: Partial<LintOptions> = {}, filePath = 'r.md'): LintResult {
  return lintText(lines.join('\n'), { filePath, rules: RULES, checkReportShape: false, ...options });
}

/** "ruleId line" of each reported finding */
const shown = (r: LintResult) => r.messages.map((m) => `${m.ruleId ?? 'null'} ${m.line}`);
const hidden = (r: LintResult) => r.suppressedMessages.map((m) => `${m.ruleId} ${m.line}`);

describe('parsing', () => {
  it('reads kind, rule ids (spaces or commas), justification and position', () => {
    const text = ['# 标题', '', '<!-- xxgk-lint-disable t/jia, t/yi -- 原文如此 -->', '', '段落 <!-- xxgk-lint-disable-line -->', ''].join('\n');
    const { directives } = parseDirectives(ingestText(text, 'r.md'));
    expect(directives.map((d) => ({ kind: d.kind, ids: d.ruleIds.map((r) => r.id), justification: d.justification, line: d.line }))).toEqual([
      { kind: 'disable', ids: ['t/jia', 't/yi'], justification: '原文如此', line: 3 },
      { kind: 'disable-line', ids: [], justification: '', line: 5 },
    ]);
    const id = directives[0].ruleIds[1];
    expect(text.slice(id.range[0], id.range[1])).toBe('t/yi');
  });

  it('a comment inside a code block, or an ordinary comment, is no directive', () => {
    const text = ['```', '<!-- xxgk-lint-disable -->', '```', '', '<!-- 普通注释 -->', ''].join('\n');
    expect(parseDirectives(ingestText(text, 'r.md'))).toEqual({ directives: [], malformed: [] });
  });
});

describe('suppressing findings', () => {
  it('disable … enable: everything in between, for every rule', () => {
    const r = lint(['甲乙', '<!-- xxgk-lint-disable -->', '', '甲乙', '', '<!-- xxgk-lint-enable -->', '', '甲乙']);
    expect(shown(r)).toEqual(['t/jia 1', 't/yi 1', 't/jia 8', 't/yi 8']);
    expect(hidden(r)).toEqual(['t/jia 4', 't/yi 4']);
  });

  it('disable one rule: the other is still reported; counts leave the suppressed out', () => {
    const r = lint(['<!-- xxgk-lint-disable t/jia -- 名称照录原文 -->', '', '甲乙甲']);
    expect(shown(r)).toEqual(['t/yi 3']);
    expect(hidden(r)).toEqual(['t/jia 3', 't/jia 3']);
    expect(r.errorCount).toBe(0);
    expect(r.warningCount).toBe(1);
    expect(r.suppressedMessages[0]).toMatchObject({
      ruleId: 't/jia',
      message: '发现“甲”',
      severity: 2,
      suppressions: [{ kind: 'directive', justification: '名称照录原文' }],
    });
  });

  it('enable with ids after disabling all: only those come back', () => {
    const r = lint(['<!-- xxgk-lint-disable -->', '', '甲乙', '', '<!-- xxgk-lint-enable t/yi -->', '', '甲乙']);
    expect(shown(r)).toEqual(['t/yi 7']);
    expect(hidden(r)).toEqual(['t/jia 3', 't/yi 3', 't/jia 7']);
  });

  it('enable without ids ends every disable', () => {
    const r = lint(['<!-- xxgk-lint-disable t/jia -->', '<!-- xxgk-lint-disable t/yi -->', '', '甲乙', '', '<!-- xxgk-lint-enable -->', '', '甲乙']);
    expect(shown(r)).toEqual(['t/jia 8', 't/yi 8']);
  });

  it('disable-next-line: only the line after the comment', () => {
    const r = lint(['<!-- xxgk-lint-disable-next-line t/jia -- 引用文件原文 -->', '甲乙', '甲']);
    expect(shown(r)).toEqual(['t/yi 2', 't/jia 3']);
    expect(r.suppressedMessages[0].suppressions).toEqual([{ kind: 'directive', justification: '引用文件原文' }]);
  });

  it('disable-line: the comment’s own line, comment at its end', () => {
    const r = lint(['甲乙 <!-- xxgk-lint-disable-line t/yi -->', '甲乙']);
    expect(shown(r)).toEqual(['t/jia 1', 't/jia 2', 't/yi 2']);
    expect(hidden(r)).toEqual(['t/yi 1']);
  });

  it('disable-file: the whole file, wherever the comment is', () => {
    const r = lint(['甲乙', '', '<!-- xxgk-lint-disable-file t/jia -->', '', '甲']);
    expect(shown(r)).toEqual(['t/yi 1']);
    expect(hidden(r)).toEqual(['t/jia 1', 't/jia 5']);
  });

  it('a finding suppressed twice lists both suppressions', () => {
    const r = lint(['<!-- xxgk-lint-disable t/jia -- 理由一 -->', '<!-- xxgk-lint-disable-next-line t/jia -- 理由二 -->', '甲']);
    expect(r.suppressedMessages.map((m) => m.suppressions)).toEqual([
      [
        { kind: 'directive', justification: '理由一' },
        { kind: 'directive', justification: '理由二' },
      ],
    ]);
  });

  it('plain text (.txt) is read the same way: a comment on its own line', () => {
    const r = lint(['<!-- xxgk-lint-disable-next-line t/jia -->', '甲乙'], {}, 'r.txt');
    expect(shown(r)).toEqual(['t/yi 2']);
  });

  it('a rule crash (fatal) is never suppressed', () => {
    const crash: Rule = {
      meta: { type: 'problem', defaultSeverity: 'error', docs: { description: '会崩溃', url: 'file:///x.md' } },
      create: () => ({
        Report: () => {
          throw new Error('boom');
        },
      }),
    };
    const r = lintText('<!-- xxgk-lint-disable -->\n\n甲\n', { filePath: 'r.md', rules: { 't/crash': { rule: crash, severity: 'error', options: {} } }, checkReportShape: false });
    expect(r.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['t/crash', true]]);
  });

  it('no directive: nothing changes', () => {
    const r = lint(['甲乙']);
    expect(shown(r)).toEqual(['t/jia 1', 't/yi 1']);
    expect(r.suppressedMessages).toEqual([]);
  });
});

describe('problems with the directives themselves', () => {
  it('an unknown rule id: a warning (ruleId null) at the id, with the full name when it is a short one', () => {
    const r = lint(['<!-- xxgk-lint-disable jia t/nope -->', '', '甲']);
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message])).toEqual([
      [null, 1, 1, 24, '行内控制注释中的规则“jia”不存在，对它的控制不起作用。是否指“t/jia”？规则要写全名。'],
      [null, 1, 1, 28, '行内控制注释中的规则“t/nope”不存在，对它的控制不起作用。请检查规则名的拼写（--print-config 可列出适用的规则）。'],
      ['t/jia', 2, 3, 1, '发现“甲”'],
    ]);
  });

  it('a rule that exists but is off (knownRuleIds) is not unknown', () => {
    const r = lint(['<!-- xxgk-lint-disable t/off -->', '', '甲'], { knownRuleIds: ['t/jia', 't/yi', 't/off'] });
    expect(shown(r)).toEqual(['t/jia 3']);
  });

  it('a misspelt directive: a warning, and it does nothing', () => {
    const r = lint(['<!-- xxgk-lint-disabel t/jia -->', '', '甲']);
    expect(r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['null 1:1', 't/jia 3:1']);
    expect(r.messages[0].message).toBe(
      '无法识别的行内控制注释“xxgk-lint-disabel”：可用 xxgk-lint-disable、xxgk-lint-enable、xxgk-lint-disable-line、xxgk-lint-disable-next-line、xxgk-lint-disable-file。这条注释不起作用。',
    );
  });
});

describe('reportUnusedDisableDirectives', () => {
  // the first directive expects a 甲 on line 2, which has none; the second suppresses the 乙 of line 6
  const code = ['<!-- xxgk-lint-disable-next-line t/jia -->', '丙', '', '<!-- xxgk-lint-disable t/yi -- 用到了 -->', '', '乙', ''];

  it('off by default', () => {
    expect(shown(lint(code))).toEqual([]);
    expect(hidden(lint(code))).toEqual(['t/yi 6']);
  });

  it('a directive that suppressed nothing: a warning with a fix removing its line', () => {
    const r = lint(code, { reportUnusedDisableDirectives: true });
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      [null, 1, 1, '多余的行内控制注释：xxgk-lint-disable-next-line 没有屏蔽任何问题（此处没有 “t/jia” 的问题），可以删除。'],
    ]);
    expect(applyFixes(code.join('\n'), [r.messages[0].fix!]).output).toBe(code.slice(1).join('\n'));
  });

  it("'error' makes it an error", () => {
    expect(lint(code, { reportUnusedDisableDirectives: 'error' }).messages[0]).toMatchObject({ severity: 2, xxgkSeverity: 'error' });
  });

  it('some ids unused: the fix removes just those ids', () => {
    const text = ['<!-- xxgk-lint-disable t/jia, t/yi -- 只有乙 -->', '', '乙', ''];
    const r = lint(text, { reportUnusedDisableDirectives: 'warn' });
    expect(r.messages.map((m) => m.message)).toEqual(['行内控制注释 xxgk-lint-disable 中的 “t/jia” 没有屏蔽任何问题，可以去掉。']);
    expect(applyFixes(text.join('\n'), [r.messages[0].fix!]).output).toBe(['<!-- xxgk-lint-disable t/yi -- 只有乙 -->', '', '乙', ''].join('\n'));
  });

  it('a directive at the end of a line: the fix removes the comment and the space before it', () => {
    const text = ['甲 <!-- xxgk-lint-disable-line t/yi -->', ''];
    const r = lint(text, { reportUnusedDisableDirectives: true });
    const unused = r.messages.find((m) => m.ruleId === null)!;
    expect(applyFixes(text.join('\n'), [unused.fix!]).output).toBe('甲\n');
  });

  it('an enable with nothing to enable is reported too; a used pair is not', () => {
    const used = lint(['<!-- xxgk-lint-disable -->', '', '甲', '', '<!-- xxgk-lint-enable -->', ''], { reportUnusedDisableDirectives: true });
    expect(used.messages).toEqual([]);
    const stray = lint(['甲', '', '<!-- xxgk-lint-enable t/jia -->', ''], { reportUnusedDisableDirectives: true });
    expect(stray.messages.map((m) => `${m.ruleId} ${m.line} ${m.message}`)).toEqual([
      't/jia 1 发现“甲”',
      'null 3 多余的行内控制注释：xxgk-lint-enable 之前没有屏蔽 “t/jia”，这条注释不起作用，可以删除。',
    ]);
  });

  it('an unknown id is not also reported as unused', () => {
    const r = lint(['<!-- xxgk-lint-disable t/nope t/jia -->', '', '甲'], { reportUnusedDisableDirectives: true });
    expect(r.messages.map((m) => m.message)).toEqual(['行内控制注释中的规则“t/nope”不存在，对它的控制不起作用。请检查规则名的拼写（--print-config 可列出适用的规则）。']);
  });
});
