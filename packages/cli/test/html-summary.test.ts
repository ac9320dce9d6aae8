/**
 * `--format html`, the summary for leaders (issue 15 item 2), on results
 * built here: worst first, verdicts, categories, the year check, batch
 * checks listed apart, rule docs embedded, findings placed in words without
 * the result's source. The page in a browser: test/web/summary.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult, RuleMeta, RulesMeta } from '@xxgk-lint/core';
import { buildResult } from '@xxgk-lint/core';
import { rules as nationalRules } from '@xxgk-lint/rules-national';
import { packs as provincialPacks } from '@xxgk-lint/rules-provincial';
import { formatHtml } from '../src/formatters/html.js';
import { groupOf } from '../src/formatters/html/categories.js';
import { readShippedDocs } from '../src/formatters/html/docs.js';

const CWD = '/batch';
const RULES_META: RulesMeta = Object.fromEntries([
  ...Object.entries(nationalRules).map(([name, rule]) => [`national/${name}`, rule.meta]),
  ...provincialPacks.flatMap((pack) => Object.entries(pack.rules).map(([name, rule]) => [`${pack.meta.namespace}/${name}`, rule.meta])),
]);

function finding(ruleId: string | null, xxgkSeverity: LintMessage['xxgkSeverity'], extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity: xxgkSeverity === 'error' ? 2 : 1, message: `${ruleId} 的问题`, line: 1, column: 1, xxgkSeverity, range: [0, 1], ...extra };
}

function report(name: string, body: string, year: number | undefined, messages: LintMessage[]): LintResult {
  return { ...buildResult(`${CWD}/${name}`, messages), report: { body, year, title: `${body}${year ?? ''}年政府信息公开工作年度报告` } };
}

const unreadable = buildResult(`${CWD}/坏.pdf`, [{ ...finding(null, 'error'), fatal: true, message: '不是年度报告：没有找到报告的标题和六个部分' }]);
const clean = report('甲.txt', '甲镇', 2023, []);
const warned = report('乙.txt', '乙镇', 2023, [finding('national/fullwidth-punctuation', 'warn'), finding('national/contact-info', 'warn')]);
const oneError = report('丙.txt', '丙镇', 2023, [finding('national/fee-statement', 'error')]);
const twoErrors = report('丁.docx', '丁镇', 2022, [
  finding('national/row-total', 'error', { where: '表三“（一）予以公开”行“总计”列', excerpt: '（一）予以公开 3 1 0' }),
  finding('national/phone-number', 'error', { where: '第12段', excerpt: '联系电话：138…' }),
]);
const batchCheck = buildResult(`${CWD}/.xxgklintrc.yml`, [
  finding('national/expected-bodies', 'error', { message: '应报送的“戊镇”没有报告', line: 4, where: '第4行' }),
]);

function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr class="r-(\w+)">.*?<a href="#r-\d+">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
}

describe('--format html: the summary for leaders', () => {
  const html = formatHtml([clean, warned, unreadable, oneError, batchCheck, twoErrors], RULES_META, CWD, new Date(0));

  it('lists the worst reports first: errors (most first), then unreadable, then warnings, then clean', () => {
    expect(rowsOf(html)).toEqual(['fail 丁镇', 'fail 丙镇', 'unreadable （未识别单位）', 'pass 乙镇', 'pass 甲镇']);
  });

  it('gives each report a verdict and says what the verdicts mean', () => {
    expect(html).toContain('<div class="card fail"><b>2</b><span>份不通过</span></div>');
    expect(html).toContain('<div class="card unreadable"><b>1</b><span>份无法读取</span></div>');
    expect(html).toContain('<div class="card pass"><b>2</b><span>份通过（其中 1 份有警告或提示）</span></div>');
    expect(html).toContain('<b>不通过</b> = 至少有一个错误');
    expect(html).toContain('不是年度报告：没有找到报告的标题和六个部分');
  });

  it('lists a batch check apart (批次核对), not as a report with a verdict', () => {
    expect(html).toContain('<h2>批次核对</h2>');
    expect(html).toContain('<li>应报送的“戊镇”没有报告<div class="loc">.xxgklintrc.yml 第4行</div></li>');
    expect(rowsOf(html).join()).not.toContain('xxgklintrc');
    expect(html).toContain('<b>1</b><span>项批次核对问题（如未报送的单位）</span>');
  });

  it('flags a report whose year is not the batch majority year', () => {
    expect(html).toContain('本批多数报告为 2023 年度');
    expect(html).toMatch(/<li><a href="#r-5">丁镇<\/a>：2022 年<\/li>/);
    expect(html.match(/<span class="tag" title="本批多数报告为 2023 年度">年度不符<\/span>/g)).toHaveLength(2); // in the table and in the details
    const tie = formatHtml([report('a.txt', '甲镇', 2022, []), report('b.txt', '乙镇', 2023, [])], RULES_META, CWD);
    expect(tie).toContain('本批报告的年度不一');
    expect(tie).not.toContain('class="tag"');
  });

  it('charts reports per category, writing norms in a block of their own', () => {
    const chart = html.slice(html.indexOf('<div class="chart"'), html.indexOf('<h3>最常见的内容问题</h3>'));
    const labels = [...chart.matchAll(/<span class="bar-label">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(['结构', '表格', '一致性', '隐私', '写作规范']);
    expect(chart.indexOf('<h3>写作规范')).toBeLessThan(chart.indexOf('data-group="writing"'));
    expect(chart.indexOf('data-group="privacy"')).toBeLessThan(chart.indexOf('<h3>写作规范'));
    // 表格: 丁镇 has an error (1 of 4 reports… scaled to all 5 rows); 结构: 丙镇's error and 乙镇's warning
    expect(chart).toMatch(/data-group="tables">.*width:20%.*1 份（1 份有错误）/);
    expect(chart).toMatch(/data-group="structure">.*width:20%.*width:20%.*2 份（1 份有错误）/);
  });

  it('names the rules in Chinese, in full, linked to their docs in the page', () => {
    const name = RULES_META['national/fee-statement'].docs.description;
    expect(html).toContain(`<a href="#doc-national_2f_fee-statement">${name}</a>`);
    expect(html).toContain(`<details id="doc-national_2f_fee-statement"><summary>${name}`);
  });

  it('embeds each rule docs page that occurred, and links no file', () => {
    const docs = html.slice(html.indexOf('<h2>规则说明</h2>'));
    expect(docs).toContain('<h3>为什么</h3>');
    expect(docs).toContain('本年度未收取信息处理费');
    expect(docs.match(/<details id="doc-/g)).toHaveLength(5);
    expect(html).not.toMatch(/href="file:/);
  });

  it('says where each finding is in words, with the quoted text, from the message alone', () => {
    expect(twoErrors.source).toBeUndefined();
    expect(html).toContain('<div class="loc"><span class="where">表三“（一）予以公开”行“总计”列</span> <q>（一）予以公开 3 1 0</q></div>');
    expect(html).toContain('<span class="where">第12段</span> <q>联系电话：138…</q>');
    expect(html).toContain('<span class="where">第1行</span>'); // a message without `where`: its line
  });

  it('does not change a thing when the results carry their source', () => {
    const withSource = [warned, oneError].map((r) => ({ ...r, source: 'x' }));
    const without = [warned, oneError];
    const strip = (s: string) => s.replace(/ <q>[^<]*<\/q>/g, '');
    expect(strip(formatHtml(withSource, RULES_META, CWD, new Date(0)))).toBe(strip(formatHtml(without, RULES_META, CWD, new Date(0))));
  });

  it('says so when nothing was found', () => {
    const page = formatHtml([clean], RULES_META, CWD, new Date(0));
    expect(page).toContain('<p>没有发现问题。</p>');
    expect(page).not.toContain('<h2>规则说明</h2>');
  });

  it('folds a long run of one rule in one report after the first three, naming the places', () => {
    const many = report('多.txt', '多镇', 2023, Array.from({ length: 10 }, (_, i) => finding('national/fullwidth-punctuation', 'warn', { line: i + 1, where: `第${i + 1}行`, message: `半角 ${i}` })));
    const page = formatHtml([many], RULES_META, CWD);
    expect(page.match(/半角 \d/g)).toEqual(['半角 0', '半角 1', '半角 2']);
    expect(page).toContain('另有 7 处同类问题：第4行、第5行、第6行、第7行、第8行、第9行、第10行');
  });

  it('puts errors first in a report, and writing norms after the content defects of the same level', () => {
    const mixed = report('混.txt', '混镇', 2023, [
      finding('national/fullwidth-punctuation', 'warn', { message: '甲' }),
      finding('national/contact-info', 'warn', { message: '乙' }),
      finding('national/fee-statement', 'error', { message: '丙' }),
    ]);
    const page = formatHtml([mixed], RULES_META, CWD);
    expect([...page.matchAll(/<div class="msg">(.)<\/div>/g)].map((m) => m[1])).toEqual(['丙', '乙', '甲']);
  });
});

describe('categories', () => {
  it('every shipped rule, national and provincial, declares a category the summary knows', () => {
    const missing = Object.entries(RULES_META).filter(([, meta]) => groupOf(meta) === 'other').map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('a rule without a category (a custom pack) goes to 其他', () => {
    const custom = { type: 'problem', docs: { description: '本地规则', url: 'https://example.org/r' }, defaultSeverity: 'error' } as RuleMeta;
    expect(groupOf(custom)).toBe('other');
    const page = formatHtml([report('a.txt', '甲镇', 2023, [finding('local/r', 'error')])], { 'local/r': custom }, CWD);
    expect(page).toContain('<span class="bar-label">其他</span>');
    expect(page).toContain('规则说明：<a href="https://example.org/r">https://example.org/r</a>');
  });
});

describe('rule docs read from disk', () => {
  it('only a shipped docs page: a .md file whose first line names the rule', () => {
    const url = RULES_META['national/fee-statement'].docs.url;
    expect(readShippedDocs('national/fee-statement', url)).toContain('## 为什么');
    expect(readShippedDocs('national/row-total', url)).toBeUndefined();
    expect(readShippedDocs('x', new URL('../package.json', import.meta.url).href)).toBeUndefined();
    expect(readShippedDocs('x', 'file:///nonexistent/x.md')).toBeUndefined();
    expect(readShippedDocs('x', 'https://example.org/x.md')).toBeUndefined();
  });

  it('a file: docs URL that is not a docs page is neither embedded nor linked nor shown', () => {
    const meta = { type: 'problem', docs: { description: '本地规则', url: 'file:///etc/passwd.md' }, defaultSeverity: 'error' } as RuleMeta;
    const page = formatHtml([report('a.txt', '甲镇', 2023, [finding('local/r', 'error')])], { 'local/r': meta }, CWD, new Date(0), { readDocs: () => undefined });
    expect(page).not.toContain('passwd');
    expect(page).toContain('<div class="doc"><p>本地规则</p></div>');
  });
});
