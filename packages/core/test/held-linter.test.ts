/**
 * The linter with config held in memory (the browser's): the same results
 * as the Node linter for the same rules, a county's YAML config loaded as
 * text, and Chinese messages for configs it cannot use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHeldLinter } from '@xxgk-lint/core/browser';
import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED_003 = path.join(repo, 'test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt');
const text = readFileSync(SEED_003, 'utf8');
const shape = (r: { messages: { ruleId: string | null; line: number; column: number; message: string }[] } | null) =>
  r?.messages.map((m) => `${m.ruleId}@${m.line}:${m.column} ${m.message}`);

describe('createHeldLinter', () => {
  it('gives the Node linter\'s results for the national defaults', async () => {
    const held = await createHeldLinter(nationalDefaults).lintText(text, { filePath: '003.txt' });
    const node = await createLinter({ ...nationalDefaults, noConfig: true }).lintText(text, { filePath: '003.txt' });
    expect(shape(held)).toEqual(shape(node));
    expect(held?.messages.some((m) => m.ruleId === 'national/fee-statement')).toBe(true);
  });

  it('loads a county config from its text: its declarative rule and severities apply', async () => {
    const county = [
      'extends: "@xxgk-lint/rules-national/recommended"',
      'rules:',
      '  national/contact-info: "off"',
      'customRules:',
      '  - id: county/no-jiang',
      '    type: forbid-phrase',
      '    phrase: "依申请"',
      '    message: "请勿写“依申请”"',
      '    severity: warn',
    ].join('\n');
    const linter = createHeldLinter({ ...nationalDefaults, configs: [{ name: '.xxgklintrc.yml', text: county }] });
    const result = await linter.lintText(text, { filePath: '003.txt' });
    const ids = new Set(result?.messages.map((m) => m.ruleId));
    expect(ids.has('county/no-jiang')).toBe(true);
    expect(ids.has('national/contact-info')).toBe(false);
  });

  it('says in Chinese, with the line, what in a loaded config it cannot use', async () => {
    const lint = (config: string) => createHeldLinter({ ...nationalDefaults, configs: [{ name: '.xxgklintrc.yml', text: config }] }).lintText(text);
    await expect(lint('extends: "./base.yml"\n')).rejects.toThrow(/配置文件 \.xxgklintrc\.yml 第 1 行 “extends”：“\.\/base\.yml” 只能使用随检查工具提供的规则包/);
    await expect(lint('extends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/contact-inf: warn\n')).rejects.toThrow(/第 3 行 “national\/contact-inf”：未知的规则 id（是不是 “national\/contact-info”？）/);
    await expect(lint('rules: [\n')).rejects.toThrow(/配置文件 \.xxgklintrc\.yml 第 \d+ 行：语法错误/);
  });
});
