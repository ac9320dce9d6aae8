import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/types.js';
import { RuleTester } from '../src/testing/index.js';

/** reports the first `times` lines; its options say what to call them */
const firstLine: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: { description: '首行', url: 'https://example.invalid/first-line' },
    messages: { first: '首行：{{label}}' },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { label: { type: 'string' }, times: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: { label: '默认', times: 1 },
  },
  create: (context) => ({
    Report: () => {
      for (let line = 1; line <= Number(context.options.times); line++) {
        context.report({ messageId: 'first', data: { label: String(context.options.label) }, range: context.sourceCode.lines.lineRange(line) });
      }
    },
  }),
};

const noOptions: Rule = { ...firstLine, meta: { ...firstLine.meta, schema: undefined, defaultOptions: undefined } };
const AT = { line: 1, column: 1, endLine: 1, endColumn: 3 };

describe('RuleTester: options against meta.schema', () => {
  const tester = new RuleTester();

  it('runs a case whose options fit the schema', () => {
    expect(() => tester.checkInvalid('t/first', firstLine, { code: 'ab\n', options: { label: '甲' }, errors: [{ message: '首行：甲', ...AT }] })).not.toThrow();
    expect(() => tester.checkInvalid('t/first', firstLine, { code: 'ab\ncd\n', options: { times: 2 }, errors: 2 })).not.toThrow();
  });

  it('fails a case whose options a config could not give, saying which option and why', () => {
    expect(() => tester.checkInvalid('t/first', firstLine, { code: 'ab\n', options: { label: 1 }, errors: 1 })).toThrow(
      /测试用例的选项不符合规则的 meta\.schema：options\.label 应为文字/,
    );
    expect(() => tester.checkInvalid('t/first', firstLine, { code: 'ab\n', options: { times: 0 }, errors: 0 })).toThrow(/options\.times 不能小于 1/);
    expect(() => tester.checkValid('t/first', firstLine, { code: 'ab\n', options: { colour: 'red' } })).toThrow(/options\.colour 不是这条规则的选项/);
  });

  it('fails options given to a rule that declares none', () => {
    expect(() => tester.checkInvalid('t/first', noOptions, { code: 'ab\n', options: { label: '甲' }, errors: 1 })).toThrow(/规则没有声明选项/);
  });

  it('fails an expected messageId the rule does not have', () => {
    expect(() => tester.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: [{ messageId: 'frist' }] })).toThrow(/messageId “frist” 不在规则的 meta\.messages 中/);
  });
});

describe('RuleTester: requirePositions', () => {
  const strict = new RuleTester({ requirePositions: true });
  const loose = new RuleTester();

  it('passes errors that give line, column, endLine and endColumn', () => {
    expect(() => strict.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: [AT] })).not.toThrow();
  });

  it('fails an error without its end, listing where the findings really are', () => {
    expect(() => strict.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: [{ line: 1, column: 1 }] })).toThrow(/errors\[0\] 缺少 endLine、endColumn；实际报告：\n {2}1:1-1:3 首行：默认/);
  });

  it('fails a count in place of the errors', () => {
    expect(() => strict.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: 1 })).toThrow(/不能只写条数 1/);
  });

  it('checks every error, not only the first', () => {
    expect(() => strict.checkInvalid('t/first', firstLine, { code: 'ab\ncd\n', options: { times: 2 }, errors: [AT, { message: '首行：默认' }] })).toThrow(/errors\[1\] 缺少 line、column、endLine、endColumn/);
  });

  it('is set per case too: a case can ask for it, or be let off it', () => {
    expect(() => loose.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: 1 })).not.toThrow();
    expect(() => loose.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: 1, requirePositions: true })).toThrow(/不能只写条数/);
    expect(() => strict.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: 1, requirePositions: false })).not.toThrow();
  });

  it('still compares the positions it is given', () => {
    expect(() => strict.checkInvalid('t/first', firstLine, { code: 'ab\n', errors: [{ ...AT, endColumn: 2 }] })).toThrow(/endColumn 应为 2，实际 3/);
  });
});
