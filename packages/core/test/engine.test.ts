import { describe, expect, it } from 'vitest';
import type { Rule, RulePack } from '../src/index.js';
import { applyFixes, getRulesMeta, lintText, resolveRuleSet } from '../src/index.js';
import { RuleTester } from '../src/testing/index.js';

const REPORT = ['某镇2023年政府信息公开工作年度报告', '', '一、总体情况', '', '本年度工作正常。', '', '六、其他需要报告的事项', '', '本年度未收取信息处理费。', ''].join('\n');

function rule(create: Rule['create'], meta: Partial<Rule['meta']> = {}): Rule {
  return {
    meta: { type: 'problem', defaultSeverity: 'error', docs: { description: '测试规则', url: 'file:///x.md' }, ...meta },
    create,
  };
}

const run = (r: Rule, options = {}, severity: 'error' | 'warn' | 'info' = 'error', text = REPORT) =>
  lintText(text, { filePath: 'r.txt', rules: { 't/r': { rule: r, severity, options } } });

describe('engine', () => {
  it('visits the model first, then the mdast, then Report:exit, in one pass', () => {
    const order: string[] = [];
    run(
      rule(() => ({
        Report: () => order.push('Report'),
        Part: (p) => order.push(`Part${p.number}`),
        root: () => order.push('root'),
        'root:exit': () => order.push('root:exit'),
        'Report:exit': () => order.push('Report:exit'),
      })),
    );
    expect(order).toEqual(['Report', 'Part1', 'Part6', 'root', 'root:exit', 'Report:exit']);
  });

  it('reports with data, exact positions and ESLint counts', () => {
    const result = run(
      rule(
        (ctx) => ({
          Part: (p) => ctx.report({ messageId: 'm', data: { n: p.number }, range: p.heading.range }),
        }),
        { messages: { m: '第{{n}}部分' } },
      ),
    );
    expect(result.messages.map((m) => [m.message, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['第1部分', 3, 1, 3, 7],
      ['第6部分', 7, 1, 7, 12],
    ]);
    expect(result.errorCount).toBe(2);
    expect(result.warningCount).toBe(0);
  });

  it('lets a finding lower its severity but never raise it', () => {
    const r = rule((ctx) => ({ Report: () => ctx.report({ message: '低', range: [0, 1], severity: 'warn' }) }));
    expect(run(r).messages[0].xxgkSeverity).toBe('warn');
    expect(run(r, {}, 'info').messages[0].xxgkSeverity).toBe('info');
    const info = run(r, {}, 'info');
    expect([info.warningCount, info.infoCount, info.messages[0].severity]).toEqual([0, 1, 1]);
  });

  it('turns a crashing rule into one fatal message for that rule and keeps the others', () => {
    const result = lintText(REPORT, {
      filePath: 'r.txt',
      rules: {
        't/crash': { rule: rule(() => ({ paragraph: () => { throw new Error('boom'); } })), severity: 'error', options: {} },
        't/ok': { rule: rule((ctx) => ({ 'Report:exit': () => ctx.report({ message: '好', range: [0, 2] }) })), severity: 'warn', options: {} },
      },
    });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['t/crash', 't/ok']);
    expect(result.messages[0].fatal).toBe(true);
    expect(result.messages[0].message).toContain('boom');
  });

  it('refuses a fix from a rule that does not declare meta.fixable', () => {
    const r = rule((ctx) => ({ Report: () => ctx.report({ message: 'x', range: [0, 1], fix: (f) => f.removeRange([0, 1]) }) }));
    expect(run(r).messages[0]).toMatchObject({ fatal: true, ruleId: 't/r' });
  });

  it('merges default options under user options', () => {
    let seen: unknown;
    const r = rule((ctx) => { seen = ctx.options; return {}; }, { defaultOptions: { a: 1, b: 2 } });
    run(r, { b: 3 });
    expect(seen).toEqual({ a: 1, b: 3 });
  });

  it('deduplicates identical findings', () => {
    const r = rule((ctx) => ({ Report: () => { ctx.report({ message: '同', range: [0, 1] }); ctx.report({ message: '同', range: [0, 1] }); } }));
    expect(run(r).messages).toHaveLength(1);
  });

  it('gives one fatal, Chinese message for an empty text', () => {
    const result = lintText('  \n', { filePath: 'e.txt', rules: {} });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 });
    expect(result.messages[0].message).toMatch(/空白/);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping edits and skips overlapping ones', () => {
    const out = applyFixes('abcdef', [
      { range: [0, 1], text: 'A' },
      { range: [0, 2], text: 'X' },
      { range: [4, 6], text: 'EF' },
    ]);
    expect(out.output).toBe('AbcdEF');
    expect(out.skipped).toHaveLength(1);
  });
});

describe('resolveRuleSet', () => {
  const r = rule(() => ({}), { schema: { type: 'object' } });
  const pack: RulePack = {
    meta: { name: 'p', version: '1', namespace: 'p' },
    rules: { a: r, b: r },
    configs: { recommended: { rules: { 'p/a': ['warn', { x: 1 }], 'p/b': 'error' } } },
  };

  it('namespaces rules and applies the named config', () => {
    const set = resolveRuleSet([pack]);
    expect(Object.keys(set)).toEqual(['p/a', 'p/b']);
    expect(set['p/a']).toMatchObject({ severity: 'warn', options: { x: 1 } });
  });

  it('keeps earlier options for a severity-only override, replaces them with a tuple, drops "off"', () => {
    expect(resolveRuleSet([pack], 'recommended', { 'p/a': 2 })['p/a']).toMatchObject({ severity: 'error', options: { x: 1 } });
    expect(resolveRuleSet([pack], 'recommended', { 'p/a': ['info', { y: 2 }] })['p/a']).toMatchObject({ severity: 'info', options: { y: 2 } });
    expect(resolveRuleSet([pack], 'recommended', { 'p/b': 'off' })['p/b']).toBeUndefined();
  });

  it('rejects an unknown rule id', () => {
    expect(() => resolveRuleSet([pack], 'recommended', { 'p/zzz': 'warn' })).toThrow(/p\/zzz/);
  });

  it('exposes rule meta for formatters', () => {
    expect(getRulesMeta(resolveRuleSet([pack]))['p/a'].docs.url).toBe('file:///x.md');
  });
});

describe('RuleTester', () => {
  const flagFirstLine = rule(
    (ctx) => ({ Report: () => ctx.report({ message: '首行', range: ctx.sourceCode.lines.lineRange(1), fix: (f) => f.insertTextBeforeRange([0, 0], '#') }) }),
    { fixable: 'text' },
  );
  const tester = new RuleTester();

  it('passes a matching invalid case and fails on a wrong column, a missing output, or an unknown key', () => {
    expect(() => tester.checkInvalid('t/r', flagFirstLine, { code: 'ab\n', errors: [{ message: '首行', line: 1, column: 1, endColumn: 3 }], output: '#ab\n' })).not.toThrow();
    expect(() => tester.checkInvalid('t/r', flagFirstLine, { code: 'ab\n', errors: [{ line: 1, column: 2 }], output: '#ab\n' })).toThrow(/column/);
    expect(() => tester.checkInvalid('t/r', flagFirstLine, { code: 'ab\n', errors: 1 })).toThrow(/output/);
    expect(() => tester.checkInvalid('t/r', flagFirstLine, { code: 'ab\n', errors: [{ lin: 1 } as never], output: '#ab\n' })).toThrow(/未知字段/);
  });

  it('fails a valid case that reports', () => {
    expect(() => tester.checkValid('t/r', flagFirstLine, { code: 'ab\n' })).toThrow(/应无问题/);
  });
});
