import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '@xxgk-lint/core';
import type { FormatterContext, LintResult, StreamingFormatter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { BUILTIN_FORMATTERS, BUILTIN_STREAMS } from '../src/formatters/registry.js';
import type { BuiltinFormatterName } from '../src/formatters/registry.js';
import { REAL, SEEDS } from './helpers.js';

/**
 * Issue 14's streaming contract: a builtin with a stream prints, result by
 * result, byte for byte what its whole-array function prints for the same
 * results — with sources and without (a batch drops them), none, one, many.
 */

const linter = createLinter({ ...nationalDefaults, cwd: SEEDS, noConfig: true });
const files = [...readdirSync(SEEDS).slice(0, 4).map((f) => path.join(SEEDS, f)), ...readdirSync(REAL).filter((f) => f.endsWith('.txt')).slice(0, 2).map((f) => path.join(REAL, f))];
const linted = (await Promise.all(files.map((f) => linter.lintFile(f)))).filter((r): r is LintResult => r !== null);
/** a result with the controls JSON leaves raw (C1, bidi) in its message */
const hostile: LintResult = { ...linted[0], messages: [{ ...linted[0].messages[0], message: 'a\u0085b\u202ec\u001bd' }] };
const context: FormatterContext = { rulesMeta: linter.rulesMeta(), cwd: SEEDS, version: '0.0.0' };

function streamed(make: () => StreamingFormatter, results: LintResult[]): string {
  const stream = make();
  return (stream.start?.(context) ?? '') + results.map((r) => stream.result(r, context)).join('') + (stream.end?.(context) ?? '');
}

const sets: Record<string, LintResult[]> = {
  none: [],
  one: linted.slice(0, 1),
  many: linted,
  'many, without sources': linted.map((r) => ({ ...r, source: undefined })),
  'terminal controls in a message': [hostile, ...linted.slice(1)],
};

describe('streams print what the whole-array formatters print', () => {
  const names = Object.keys(BUILTIN_STREAMS) as BuiltinFormatterName[];
  it('json has a stream', () => expect(names).toContain('json'));
  for (const name of names) {
    for (const [label, results] of Object.entries(sets)) {
      it(`${name}: ${label}`, async () => {
        expect(results.length === 0 || results[0].messages.length > 0).toBe(true);
        const whole = await BUILTIN_FORMATTERS[name](results, context);
        expect(streamed(BUILTIN_STREAMS[name]!, results)).toBe(whole);
      });
    }
  }
  it('json: a stream is new each time (no state carried from one output to the next)', () => {
    const make = BUILTIN_STREAMS.json!;
    expect(streamed(make, linted.slice(0, 2))).toBe(streamed(make, linted.slice(0, 2)));
    expect(JSON.parse(streamed(make, linted.slice(0, 2)))).toHaveLength(2);
  });
});
