import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@xxgk-lint/core';
import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { formatCsv } from '../src/formatters/csv.js';
import { formatHtml } from '../src/formatters/html.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { ROOT, SEEDS } from './helpers.js';

const linter = createLinter({ ...nationalDefaults, noConfig: true, cwd: ROOT });
const files = ['002_cff4ace8f11033c3.txt', '004_50046161c6499f8c.txt'].map((f) => path.join(SEEDS, f));
const results = (await Promise.all([
  ...files.map((f) => linter.lintBytes(readFileSync(f), { filePath: f })),
  linter.lintBytes(new Uint8Array(0), { filePath: path.join(ROOT, 'empty.txt') }),
])) as LintResult[];
const rulesMeta = linter.rulesMeta();
const findingCount = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId !== null).length, 0);

describe('--format sarif', () => {
  const log = JSON.parse(formatSarif(results, rulesMeta, ROOT, '0.1.0')) as {
    runs: {
      tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } };
      results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
      columnKind: string;
      invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
    }[];
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // the published schema has a pattern that is only valid without the u flag
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // and the check can fail: a level SARIF does not have
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('names the tool xxgk-lint, carries rule metadata with help URIs, UTF-16 columns', () => {
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('xxgk-lint');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const fee = run.tool.driver.rules.find((r) => r.id === 'national/fee-statement')!;
    expect(fee.helpUri).toMatch(/^file:.*fee-statement\.md$/);
    expect(fee.shortDescription.text).toMatch(/信息处理费/);
  });

  it('one result per finding, with its rule index, level and place; unreadable files as notifications', () => {
    const run = log.runs[0];
    expect(run.results).toHaveLength(findingCount);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const narrative = run.results.find((r) => r.ruleId === 'national/narrative-sum')!;
    expect(narrative.level).toBe('error');
    expect(narrative.locations[0].physicalLocation.artifactLocation.uri).toBe('test/fixtures/corpus/seeds/002_cff4ace8f11033c3.txt');
    expect(narrative.locations[0].physicalLocation.region.startLine).toBe(7);
    expect(run.invocations[0].toolExecutionNotifications.map((n) => n.message.text)).toEqual([expect.stringMatching(/空的/)]);
  });
});

describe('--format csv', () => {
  const csv = formatCsv(results, ROOT);

  it('is UTF-8 with a BOM and CRLF lines, a header and one row per finding', () => {
    expect(csv.startsWith('\ufeff文件,主体,年度,规则,级别,行,列,消息,位置,页,段,表格单元,原文摘录\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + results.reduce((n, r) => n + r.messages.length, 0));
    expect(rows).toContain(
      'test/fixtures/corpus/seeds/002_cff4ace8f11033c3.txt,卫辉市上乐村镇,2023,national/fee-statement,错误,80,1,这里只引用了信息处理费的规定，没有说明结果：请写明本年度收取的金额，或写“本年度未收取信息处理费”。,第80行,,,,2023 年，本单位依据国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知（国办函〔2020〕109 号）。',
    );
  });

  it('quotes commas and quotes, and never lets a cell start a formula', () => {
    const tricky: LintResult = {
      ...results[0],
      filePath: path.join(ROOT, 'a,b.txt'),
      messages: [{ ...results[0].messages[0], message: '=HYPERLINK("x") 说"明"' }],
    };
    const line = formatCsv([tricky], ROOT).split('\r\n')[1];
    expect(line.startsWith('"a,b.txt",')).toBe(true);
    expect(line).toContain(`,"'=HYPERLINK(""x"") 说""明""",`);
  });
});

describe('--format html', () => {
  const html = formatHtml(results, rulesMeta, ROOT, new Date('2025-01-20T08:00:00Z'));

  it('is one self-contained page: no external scripts, styles or images', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|<img/);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('shows a verdict per report, the chart by category and each finding in words (the summary itself: html-summary.test.ts)', () => {
    expect(html).toContain('共 3 份报告');
    expect(html).toMatch(/<tr class="r-fail"><td data-label="结论"><span class="v v-fail">不通过<\/span><\/td><td data-label="单位"><a href="#r-\d">卫辉市上乐村镇<\/a>/);
    expect(html).toContain('<div class="chart"');
    expect(html).toContain('<span class="where">第3行</span>');
    expect(html).toContain('无法读取');
  });

  it('escapes what the reports say', () => {
    const evil: LintResult = { ...results[0], messages: [{ ...results[0].messages[0], message: '<script>alert(1)</script>' }] };
    const page = formatHtml([evil], rulesMeta, ROOT);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });
});
