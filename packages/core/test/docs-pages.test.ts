import { afterEach, describe, expect, it } from 'vitest';
import type { Rule } from '../src/types.js';
import { RuleTester, checkDocsPages } from '../src/testing/index.js';

/** flags a report that says 违规 */
const noViolation: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: { description: '不得出现“违规”二字', url: 'file:///pack/docs/demo/no-violation.md' },
    messages: { found: '出现了“违规”：请改写。' },
  },
  create: (context) => ({
    Report: () => {
      const at = context.sourceCode.text.indexOf('违规');
      if (at >= 0) context.report({ messageId: 'found', range: [at, at + 2] });
    },
  }),
};

const example = (text: string) => `\`\`\`text\n${text}\n\`\`\``;

function page(overrides: Partial<Record<string, string>> = {}): string {
  const sections: Record<string, string> = {
    为什么: '年报不得出现违规字样。',
    依据: '某市通知。来源：https://example.invalid/notice',
    错误示例: example('某镇2024年政府信息公开工作年度报告\n\n本年度有违规情况。'),
    正确示例: example('某镇2024年政府信息公开工作年度报告\n\n本年度工作正常。'),
    选项: '无。',
    自动修复: '不修复。',
    ...overrides,
  };
  return ['# demo/no-violation', '', 'No 违规 in the report.', '', ...Object.entries(sections).flatMap(([name, body]) => [`## ${name}`, '', body, ''])].join('\n');
}

/** runs checkDocsPages with a recording describe/it; the failures by test name */
function failures(pageText: string | undefined, options: { rule?: Rule; requireSourceLink?: boolean } = {}): Record<string, string> {
  const tests: { name: string; fn: () => void }[] = [];
  RuleTester.describe = (_name, fn) => fn();
  RuleTester.it = (name, fn) => void tests.push({ name, fn });
  checkDocsPages({
    namespace: 'demo',
    rules: { 'no-violation': options.rule ?? noViolation },
    readPage: () => pageText,
    requireSourceLink: options.requireSourceLink,
  });
  const failed: Record<string, string> = {};
  for (const t of tests) {
    try {
      t.fn();
    } catch (error) {
      failed[t.name] = (error as Error).message;
    }
  }
  expect(tests).toHaveLength(5);
  return failed;
}

describe('checkDocsPages', () => {
  const saved = { describe: RuleTester.describe, it: RuleTester.it };
  afterEach(() => Object.assign(RuleTester, saved));

  it('passes a whole page whose examples the rule agrees with', () => {
    expect(failures(page(), { requireSourceLink: true })).toEqual({});
  });

  it('fails a missing page', () => {
    expect(failures(undefined)['has its page at meta.docs.url']).toMatch(/文档页不存在/);
  });

  it('fails a page at another file than the rule name', () => {
    const moved = { ...noViolation, meta: { ...noViolation.meta, docs: { ...noViolation.meta.docs, url: 'file:///pack/docs/demo/other.md' } } };
    expect(failures(page(), { rule: moved })['has its page at meta.docs.url']).toMatch(/no-violation\.md/);
  });

  it('fails a missing or empty section, and sections out of order', () => {
    expect(failures(page().replace('## 选项', '## 参数'))['has the title, an English line and the six sections in order']).toMatch(/缺少“## 选项”/);
    expect(failures(page({ 为什么: '' }))['has the title, an English line and the six sections in order']).toMatch(/“为什么”一节是空的/);
    const swapped = page().replace('## 为什么', '## TMP').replace('## 依据', '## 为什么').replace('## TMP', '## 依据');
    expect(failures(swapped)['has the title, an English line and the six sections in order']).toMatch(/顺序/);
  });

  it('fails a wrong title and a missing source link when one is required', () => {
    expect(failures(page().replace('# demo/no-violation', '# demo/other'))['has the title, an English line and the six sections in order']).toMatch(/第一行应为/);
    expect(failures(page({ 依据: '某市通知。' }), { requireSourceLink: true })['has the title, an English line and the six sections in order']).toMatch(/来源/);
  });

  it('fails examples the rule disagrees with', () => {
    const swapped = page({
      错误示例: example('某镇2024年政府信息公开工作年度报告\n\n本年度工作正常。'),
      正确示例: example('某镇2024年政府信息公开工作年度报告\n\n本年度有违规情况。'),
    });
    const failed = failures(swapped);
    expect(failed['its 错误示例 gets at least one finding from this rule, in Chinese']).toMatch(/没有得到/);
    expect(failed['its 正确示例 gets none']).toMatch(/得到了 1 条提示/);
  });

  it('fails an example that is not one text block', () => {
    expect(failures(page({ 错误示例: '本年度有违规情况。' }))['its 错误示例 gets at least one finding from this rule, in Chinese']).toMatch(/恰好有一个代码块/);
  });

  it('fails English messages and a rule without messages', () => {
    const english = { ...noViolation, meta: { ...noViolation.meta, messages: { found: 'Found it.' } } };
    expect(failures(page(), { rule: english })['describes itself and speaks in Chinese']).toMatch(/应为中文/);
    const none = { ...noViolation, meta: { ...noViolation.meta, messages: undefined } };
    expect(failures(page(), { rule: none })['describes itself and speaks in Chinese']).toMatch(/meta\.messages/);
  });
});
