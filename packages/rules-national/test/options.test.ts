/**
 * Rule options: every rule that takes options declares a schema and defaults
 * that fit it, and a config with a wrong option is refused when it loads.
 */
import { checkAgainstSchema } from '@xxgk-lint/core';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';

const WITH_OPTIONS = ['overview-topics', 'fee-unit', 'regulation-authority', 'publication-deadline'];

describe('rule options', () => {
  it('the rules that take options declare a schema and defaults', () => {
    const declared = Object.entries(rules)
      .filter(([, r]) => r.meta.schema && r.meta.defaultOptions)
      .map(([n]) => n);
    expect(declared).toEqual(expect.arrayContaining(WITH_OPTIONS));
  });

  for (const name of WITH_OPTIONS) {
    it(`${name}: the defaults fit the schema`, () => {
      const { schema, defaultOptions } = rules[name].meta;
      expect(checkAgainstSchema(defaultOptions, schema!, name)).toBeNull();
    });
  }

  it.each([
    ['overview-topics', { topics: ['平台'] }, /只能是/],
    ['fee-unit', { maxWanYuan: { township: -1 } }, /不能小于 0/],
    ['regulation-authority', { authority: 'maybe' }, /只能是/],
    ['publication-deadline', { township: 220 }, /应为文字/],
  ])('%s: a wrong option is refused', (name, options, problem) => {
    const found = checkAgainstSchema(options, rules[name].meta.schema!, name);
    expect(found?.problem).toMatch(problem);
  });
});
