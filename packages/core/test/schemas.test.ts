/**
 * schemas/xxgklintrc.schema.json and schemas/rule.schema.json: written from
 * the objects the loader checks with (no second copy), valid draft-07 for
 * editors (ajv), accepting every config and rule file of the repo's fixtures
 * and docs, and refusing broken ones with the key and a Chinese message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../src/config/config-schema.js';
import { RULE_FILE_SCHEMA } from '../src/config/declarative/schema.js';
import { findSchemaProblem } from '../src/config/option-schema.js';
import { checkConfigShape } from '../src/config/shape.js';
import { parseConfigText } from '../src/config/source-map.js';
import { governmentAccountabilitySpec } from '../../rules-national/src/declarative/government-accountability.js';
import { obsoleteFeeTermsSpec } from '../../rules-national/src/declarative/obsolete-fee-terms.js';
import { overviewTopicsSpec } from '../../rules-national/src/declarative/overview-topics.js';
import { partSixItemsSpec } from '../../rules-national/src/declarative/part-six-items.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const schemaFile = (name: string) => JSON.parse(read(`packages/core/schemas/${name}.schema.json`)) as object;

const ajv = new Ajv({ strict: false, allErrors: false });
const editorConfig = ajv.compile(schemaFile('xxgklintrc'));
const editorRule = ajv.compile(schemaFile('rule'));

/** the ```yaml blocks of a docs page that are configs (they start with a config key) */
function yamlBlocks(path: string): unknown[] {
  return [...read(path).matchAll(/^```ya?ml\n([\s\S]*?)\n```$/gm)].map((m) => parse(m[1]) as unknown);
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(REPO.length));
}

const accept = (value: unknown) => {
  expect(findSchemaProblem(value, CONFIG_SCHEMA)).toBeNull();
  expect(editorConfig(value), JSON.stringify(editorConfig.errors)).toBe(true);
};

describe('the schema files', () => {
  it('are the loader\'s schema objects, written out (npm run schemas -w @xxgk-lint/core after a change)', () => {
    expect(schemaFile('xxgklintrc')).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
    expect(schemaFile('rule')).toEqual(JSON.parse(JSON.stringify(RULE_FILE_SCHEMA)));
  });

  it('are published by the package and contributed to VS Code', () => {
    const pkg = JSON.parse(read('packages/core/package.json')) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain('schemas');
    expect(pkg.exports['./schemas/xxgklintrc.schema.json']).toBe('./schemas/xxgklintrc.schema.json');
    const vscode = JSON.parse(read('packages/vscode/package.json')) as { contributes: Record<string, { fileMatch: string[]; url: string }[]> };
    const matched = [...vscode.contributes.jsonValidation, ...vscode.contributes.yamlValidation].flatMap((v) => v.fileMatch.map((f) => `${f} → ${v.url}`));
    expect(matched).toEqual(expect.arrayContaining(['.xxgklintrc → ./dist/server/node_modules/@xxgk-lint/core/schemas/xxgklintrc.schema.json', '.xxgklintrc.yml → ./dist/server/node_modules/@xxgk-lint/core/schemas/xxgklintrc.schema.json', '**/rules/*.yml → ./dist/server/node_modules/@xxgk-lint/core/schemas/rule.schema.json']));
  });
});

describe('every config in the repo fits', () => {
  const configs = filesUnder('test/fixtures', /^\.xxgklintrc/);
  it.each(configs)('%s', (path) => accept(parse(read(path))));

  it.each(['docs/configuration.md', 'docs/guide-county-rules.md'])('the examples of %s', (path) => {
    const blocks = yamlBlocks(path);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) accept(block);
  });

  const ruleFiles = [...filesUnder('test/fixtures/packs', /\.ya?ml$/), ...filesUnder('packages/rules-provincial/packs', /\.ya?ml$/)].filter((f) => /\/rules\//.test(f));
  it.each(ruleFiles)('rule file %s', (path) => {
    const value = parse(read(path)) as unknown;
    expect(findSchemaProblem(value, RULE_FILE_SCHEMA)).toBeNull();
    expect(editorRule(value), JSON.stringify(editorRule.errors)).toBe(true);
  });

  it('the national rules written as data', () => {
    for (const [name, spec] of Object.entries({ 'government-accountability': governmentAccountabilitySpec, 'part-six-items': partSixItemsSpec, 'overview-topics': overviewTopicsSpec, 'obsolete-fee-terms': obsoleteFeeTermsSpec })) {
      const rule = { id: `national/${name}`, ...spec };
      expect(findSchemaProblem(rule, RULE_FILE_SCHEMA), name).toBeNull();
      expect(editorRule(rule), `${name} ${JSON.stringify(editorRule.errors)}`).toBe(true);
    }
  });
});

describe('a broken config is refused, with its key, line and a Chinese message', () => {
  const cases: [string, string, string, RegExp][] = [
    ['an unknown key', 'root: true\nrule: {}\n', 'rule', /不是配置项/],
    ['root not a boolean', 'root: yes please\n', 'root', /应为 true 或 false/],
    ['a bad severity', 'rules:\n  national/x: warning\n', 'rules.national/x', /级别只能是.*"warning"/],
    ['options not an object', 'rules:\n  national/x: [warn, 3]\n', 'rules.national/x.1', /应为对象/],
    ['three items for a rule', 'rules:\n  national/x: [warn, {}, {}]\n', 'rules.national/x', /应写成 级别 或 \[级别, \{选项\}\]/],
    ['a bad body kind', 'settings:\n  bodyKind: county\n', 'settings.bodyKind', /只能是 township/],
    ['a two-digit year', 'settings:\n  reportYear: 24\n', 'settings.reportYear', /四位年份/],
    ['an override without files', 'overrides:\n  - rules: {}\n', 'overrides.0.files', /须写明文件模式/],
    ['an unknown override key', 'overrides:\n  - files: a\n    ignores: [b]\n', 'overrides.0.ignores', /不是 overrides 的配置项/],
    ['ignores as a string', 'ignores: 草稿/**\n', 'ignores', /文件模式的列表/],
    ['a custom rule of no kind', 'customRules:\n  - id: c/x\n    type: forbid\n', 'customRules.0.type', /只能是 require-phrase/],
    ['a custom rule with a field of another kind', 'customRules:\n  - id: c/x\n    type: forbid-phrase\n    phrase: a\n    max: 3\n', 'customRules.0.max', /不是 forbid-phrase 规则的字段/],
    ['a custom rule without its phrase', 'customRules:\n  - id: c/x\n    type: forbid-phrase\n', 'customRules.0.phrase', /须写明 phrase/],
  ];
  it.each(cases)('%s', (_name, yaml, key, detail) => {
    const { value, lineOf } = parseConfigText(yaml, '.xxgklintrc.yml');
    let error: { key?: string; message: string; line?: number } | undefined;
    try {
      checkConfigShape(value, { file: '.xxgklintrc.yml', lineOf });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.key).toBe(key);
    expect(error?.message).toMatch(detail);
    expect(error?.message).toMatch(/^配置文件 \.xxgklintrc\.yml 第 \d+ 行/);
    expect(editorConfig(value)).toBe(false);
  });
});
