import { HAN_CLASS } from '../text/chars.js';
import type { Rule } from '../types.js';
import { RuleTester, assert } from './rule-tester.js';

/** The sections every rule page has, in this order. */
export const DOCS_SECTIONS = ['为什么', '依据', '错误示例', '正确示例', '选项', '自动修复'] as const;

const CHINESE = new RegExp(`[${HAN_CLASS}]`);

export interface DocsPagesOptions {
  /** the pack's namespace: rule ids are `${namespace}/${name}` */
  namespace: string;
  rules: Record<string, Rule>;
  /** the page at a meta.docs.url, or undefined when there is none (the checker itself reads no files) */
  readPage: (url: string) => string | undefined;
  /** where a rule's page sits, as the end of its URL's path; default `/${name}.md` */
  pagePath?: (name: string) => string;
  /** each rule declares its messages in meta.messages (code rules; data rules carry theirs in the rule file); default true */
  requireMessageIds?: boolean;
  /** the 依据 section links its source (`来源：https://…`): places' rules, whose source is a local notice */
  requireSourceLink?: boolean;
}

/** the text of a `## name` section, up to the next `## ` heading */
export function docsSection(page: string, name: string): string | undefined {
  const lines = page.split('\n');
  const start = lines.indexOf(`## ${name}`);
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n');
}

/** the one ```text block of a section, with its final newline */
function example(page: string, name: string): string {
  const blocks = [...(docsSection(page, name) ?? '').matchAll(/^```(.*)\n([\s\S]*?)\n```$/gm)];
  assert(blocks.length === 1, `“${name}”一节应恰好有一个代码块，实际 ${blocks.length} 个`);
  assert(blocks[0][1].trim() === 'text', `“${name}”的代码块应标注为 text，实际 “${blocks[0][1].trim()}”`);
  return `${blocks[0][2]}\n`;
}

function pathOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname);
}

/**
 * The docs contract of a rule pack, as tests (describe/it as RuleTester's):
 * every rule has its page at meta.docs.url — `# id`, an English line, the six
 * sections in order, none empty — a Chinese description and messages, and
 * examples the rule agrees with: 错误示例 gets at least one finding, each in
 * Chinese; 正确示例 none. Year-on-year rules compare with the page's
 * 上一年度报告示例.
 */
export function checkDocsPages(options: DocsPagesOptions): void {
  const { describe, it } = RuleTester.framework();
  const tester = new RuleTester();
  const pagePath = options.pagePath ?? ((name: string) => `/${name}.md`);
  for (const [name, rule] of Object.entries(options.rules)) {
    const id = `${options.namespace}/${name}`;
    const read = (): string => {
      const page = options.readPage(rule.meta.docs.url);
      assert(page !== undefined, `${id} 的文档页不存在：${rule.meta.docs.url}`);
      return page;
    };
    const previous = (page: string) => (docsSection(page, '上一年度报告示例') === undefined ? {} : { previous: example(page, '上一年度报告示例') });
    const findings = (section: '错误示例' | '正确示例') => {
      const page = read();
      return tester.lint(id, rule, { code: example(page, section), ...previous(page) }).filter((m) => m.ruleId === id);
    };

    describe(`docs of ${id}`, () => {
      it('has its page at meta.docs.url', () => {
        const path = pathOf(rule.meta.docs.url);
        assert(path.endsWith(pagePath(name)), `文档页应在 …${pagePath(name)}，meta.docs.url 是 ${rule.meta.docs.url}`);
        read();
      });

      it('describes itself and speaks in Chinese', () => {
        assert(CHINESE.test(rule.meta.docs.description), `meta.docs.description 应为中文：${rule.meta.docs.description}`);
        const messages = Object.entries(rule.meta.messages ?? {});
        if (options.requireMessageIds ?? true) assert(messages.length > 0, '规则应在 meta.messages 中写出它的消息');
        for (const [messageId, message] of messages) assert(CHINESE.test(message), `消息 ${messageId} 应为中文：${message}`);
      });

      it('has the title, an English line and the six sections in order', () => {
        const page = read();
        const lines = page.split('\n');
        assert(lines[0] === `# ${id}`, `第一行应为 “# ${id}”，实际 “${lines[0]}”`);
        assert(/[A-Za-z]{3,}/.test(lines[2] ?? ''), `标题下空一行应有一句英文说明，实际 “${lines[2]}”`);
        const at = DOCS_SECTIONS.map((s) => lines.indexOf(`## ${s}`));
        DOCS_SECTIONS.forEach((s, i) => assert(at[i] > 0, `缺少“## ${s}”`));
        assert(
          at.every((line, i) => i === 0 || line > at[i - 1]),
          `各节应按 ${DOCS_SECTIONS.join('、')} 的顺序`,
        );
        for (const s of DOCS_SECTIONS) assert(docsSection(page, s)?.trim(), `“${s}”一节是空的`);
        if (options.requireSourceLink) assert(/来源：https?:\/\//.test(docsSection(page, '依据') ?? ''), '“依据”一节应写明来源：来源：https://…');
      });

      it('its 错误示例 gets at least one finding from this rule, in Chinese', () => {
        const messages = findings('错误示例');
        assert(messages.length > 0, '错误示例没有得到这条规则的任何提示');
        for (const m of messages) assert(CHINESE.test(m.message), `提示应为中文：${m.message}`);
      });

      it('its 正确示例 gets none', () => {
        const messages = findings('正确示例');
        assert(messages.length === 0, `正确示例得到了 ${messages.length} 条提示：\n${messages.map((m) => `  ${m.line}:${m.column} ${m.message}`).join('\n')}`);
      });
    });
  }
}
