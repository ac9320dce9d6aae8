/**
 * Keeps the docs honest: every rule has its page at meta.docs.url, Chinese
 * descriptions and messages, the six sections, and examples that the rule
 * itself agrees with (错误示例 → at least one finding, 正确示例 → none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@xxgk-lint/core/testing';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { ruleIndexMarkdown } from '../src/rule-index.js';

const SECTIONS = ['为什么', '依据', '错误示例', '正确示例', '选项', '自动修复'];
const CHINESE = /[\u4e00-\u9fff]/;
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

const tester = new RuleTester();

/** the text of a `## name` section, up to the next `## ` heading */
function section(page: string, name: string): string | undefined {
  const lines = page.split('\n');
  const start = lines.indexOf(`## ${name}`);
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n');
}

/** fenced blocks of a section: info string and content */
function fences(text: string): { info: string; code: string }[] {
  return [...text.matchAll(/^```(.*)\n([\s\S]*?)\n```$/gm)].map((m) => ({ info: m[1].trim(), code: `${m[2]}\n` }));
}

function example(page: string, name: string): string {
  const blocks = fences(section(page, name) ?? '');
  expect(blocks, `“${name}”一节应恰好有一个代码块`).toHaveLength(1);
  expect(blocks[0].info, `“${name}”的代码块应标注为 text`).toBe('text');
  return blocks[0].code;
}

for (const [name, rule] of Object.entries(rules)) {
  const id = `national/${name}`;
  describe(`docs of ${id}`, () => {
    const path = fileURLToPath(rule.meta.docs.url);
    const read = () => readFileSync(path, 'utf8');

    it('has its page at meta.docs.url', () => {
      expect(path.endsWith(`/docs/rules/${name}.md`), path).toBe(true);
      expect(existsSync(path), path).toBe(true);
    });

    it('describes itself and speaks in Chinese', () => {
      expect(rule.meta.docs.description).toMatch(CHINESE);
      const messages = Object.entries(rule.meta.messages ?? {});
      expect(messages.length).toBeGreaterThan(0);
      for (const [messageId, message] of messages) expect(message, messageId).toMatch(CHINESE);
    });

    it('has the title, an English line and the six sections in order', () => {
      const page = read();
      const lines = page.split('\n');
      expect(lines[0]).toBe(`# ${id}`);
      expect(lines[2]).toMatch(/[A-Za-z]{3,}/);
      const order = SECTIONS.map((s) => lines.indexOf(`## ${s}`));
      for (const [i, at] of order.entries()) expect(at, `缺少“## ${SECTIONS[i]}”`).toBeGreaterThan(0);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      for (const s of SECTIONS) expect(section(page, s)?.trim(), `“${s}”一节是空的`).not.toBe('');
    });

    // year-on-year rules compare with the page's 上一年度报告示例
    const previous = () => (section(read(), '上一年度报告示例') === undefined ? {} : { previous: example(read(), '上一年度报告示例') });

    it('its 错误示例 gets at least one finding from this rule', () => {
      const messages = tester.lint(id, rule, { code: example(read(), '错误示例'), ...previous() }).filter((m) => m.ruleId === id);
      expect(messages.length).toBeGreaterThan(0);
    });

    it('its 正确示例 gets none', () => {
      const messages = tester.lint(id, rule, { code: example(read(), '正确示例'), ...previous() }).filter((m) => m.ruleId === id);
      expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    });
  });
}

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
