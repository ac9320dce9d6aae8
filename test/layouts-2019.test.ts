/**
 * A 2019 report on the 2019 trial format (国办公开办函〔2019〕60号) is right for
 * its year: the trial tables, the single （六）其他处理 row, no 信息处理费
 * statement. Linted with the whole national pack, it gets no finding a reader
 * would not write. Sources: fixtures/layouts/README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@xxgk-lint/core';
import { lintText, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';

const rules = resolveRuleSet([nationalPack]);
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/layouts/${name}`, import.meta.url)), 'utf8');

/** the constructed fixture's text after its header comment */
const constructed = () => fixture('2019-format.txt');

const lint = (text: string, filePath = 'report.txt'): LintResult => lintText(text, { filePath, rules });

/** "ruleId@line severity" for each finding, half-width punctuation left out */
const findings = (result: LintResult) =>
  result.messages.filter((m) => m.ruleId !== 'national/fullwidth-punctuation').map((m) => `${m.ruleId}@${m.line} ${m.xxgkSeverity}`);

describe('2019 trial format', () => {
  it('the constructed 2019 report: its tables read in the trial layout; the contact warning (a phone, no address, e-mail or URL) and the 1 application the text never mentions', () => {
    const result = lint(constructed());
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(findings(result)).toEqual(['national/contact-info@1 warn', 'national/narrative-table@47 warn']);
    expect(result.messages[0].message).toContain('没有写明地址、电子邮箱或网址');
  });

  it('the same report dated 2021: the trial tables are outdated-template errors, the fee statement and an overview topic are missing', () => {
    const text = constructed().replaceAll('2019年', '2021年').replace('2020年1月13日', '2022年1月13日');
    const result = lint(text);
    expect(findings(result)).toEqual([
      'national/contact-info@1 warn',
      'national/overview-topics@7 warn',
      'national/outdated-template@24 error',
      'national/narrative-table@47 warn',
      'national/outdated-template@71 error',
      'national/fee-statement@100 error',
    ]);
  });

  it('the real crawled 2019 report (平潭 市场监督管理局): no error, no fee statement asked for', () => {
    const result = lint(fixture('pingtan_shichangjianguanju_2019.txt'));
    const errors = result.messages.filter((m) => m.xxgkSeverity === 'error');
    expect(errors.map((m) => m.ruleId)).toEqual([]);
    expect(result.messages.some((m) => m.ruleId === 'national/fee-statement')).toBe(false);
    expect(result.messages.some((m) => m.ruleId === 'national/overview-topics')).toBe(false);
  });
});
