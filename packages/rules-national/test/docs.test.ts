/**
 * Keeps the docs honest: the shared docs-page check (core's checkDocsPages:
 * every rule has its page at meta.docs.url with the six sections, Chinese
 * descriptions and messages, and examples the rule itself agrees with), then
 * this pack's generated rule index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDocsPages } from '@xxgk-lint/core/testing';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { ruleIndexMarkdown } from '../src/rule-index.js';

const CATEGORY: Record<string, string> = {
  structure: '结构',
  template: '模板',
  arithmetic: '表格算术',
  consistency: '文表一致',
  fees: '收费',
  contact: '联系与发布',
  writing: '文字规范',
  privacy: '隐私',
};

checkDocsPages({
  namespace: 'national',
  rules,
  readPage: (url) => (existsSync(fileURLToPath(url)) ? readFileSync(fileURLToPath(url), 'utf8') : undefined),
  pagePath: (name) => `/docs/rules/${name}.md`,
});

describe('docs/README.md', () => {
  const readme = readFileSync(fileURLToPath(new URL('../docs/README.md', import.meta.url)), 'utf8');
  const rows = new Map(
    [...readme.matchAll(/^\| \[([a-z-]+)\]\(rules\/([a-z-]+)\.md\) \| (.+?) \| (\w+) \| (.+?) \| (.+?) \|$/gm)].map((m) => [
      m[1],
      { file: m[2], category: m[3], severity: m[4], fixable: m[5], description: m[6] },
    ]),
  );

  it('is the generated index, up to date (run npm run rule-index after changing a rule)', () => {
    expect(readme).toBe(ruleIndexMarkdown(rules));
  });

  it('lists every rule of the pack, and nothing else', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(rules).sort());
  });

  for (const [name, rule] of Object.entries(rules)) {
    it(`${name}: link, category, default severity, fixability and description match the rule`, () => {
      const row = rows.get(name);
      expect(row).toBeDefined();
      expect(row!.file).toBe(name);
      expect(row!.category).toBe(CATEGORY[rule.meta.docs.category ?? '']);
      expect(row!.severity).toBe(rule.meta.defaultSeverity);
      expect(row!.fixable).toBe(rule.meta.fixable ? '修复' : rule.meta.hasSuggestions ? '建议' : '—');
      expect(row!.description).toBe(rule.meta.docs.description);
    });
  }
});
