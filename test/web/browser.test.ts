/**
 * The web checker (packages/web/dist/xxgk-lint.html) in a real headless
 * chromium, opened from file:// with every request guarded — issue 13's
 * "done when": a Word file, a PDF, pasted text with its fixes downloaded, a
 * county config, the text view and docs, CSV export; results and
 * dataset.state after each check; no request leaves the page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '@xxgk-lint/core';
import { findingsCsv } from '@xxgk-lint/core';
import { ensurePage } from './support/build.js';
import { browserRequired, chromiumPath, launchChromium, missingBrowserReason } from './support/chromium.js';
import { comparable, fixture, nodeLint, nodeLinter, nodeLinterWithConfig } from './support/node-lint.js';
import type { OpenedPage } from './support/page.js';
import { checkAndWait, downloadText, openPage } from './support/page.js';

if (!chromiumPath && !browserRequired) console.warn(`浏览器测试已跳过（test/web：浏览器、对照、工具测试）：${missingBrowserReason}。`);

const SEED_002 = fixture('corpus/seeds/002_cff4ace8f11033c3.txt');
const SEED_003_DOCX = fixture('formats/seed-003.docx');
const PDF = fixture('corpus/real/jiangsu-huaian-hongzequ-2024.pdf');

const fileResult = (page: Page, name: string) => page.locator(`.file-result[data-file="${name}"]`);
const findingsOf = (page: Page, name: string, rule: string) => fileResult(page, name).locator(`.finding[data-rule="${rule}"]`);
const choose = (page: Page, selector: string, files: string[]) => page.setInputFiles(selector, files);

function only<T>(items: readonly T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0]!;
}

function messageOf(result: LintResult, rule: string): LintMessage {
  const message = result.messages.find((m) => m.ruleId === rule);
  if (!message) throw new Error(`${result.filePath} 没有 ${rule} 的结果`);
  return message;
}

describe.skipIf(!chromiumPath && !browserRequired)('网页检查器：在 chromium 中从 file:// 打开', () => {
  let browser: Browser;
  let url: string;
  let opened: OpenedPage | undefined;
  let dir: string;

  const open = async () => {
    opened = await openPage(browser, url);
    return opened.page;
  };

  beforeAll(async () => {
    url = await ensurePage();
    browser = await launchChromium();
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-web-config-'));
  }, 360_000);

  afterEach(async () => {
    if (!opened) return;
    const { guard, errors } = opened;
    await opened.close();
    opened = undefined;
    expect(guard.offenders, '页面发出了对外请求').toEqual([]);
    expect(errors, '页面报了脚本错误').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('on load: state "ready", and the page says files stay on this computer', async () => {
    const page = await open();
    expect(await page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    expect(await page.locator('body').innerText()).toContain('文件只在本机浏览器中检查，不会上传');
  });

  it('seed 003 .docx through input#files: the fee-statement error with its paragraph in words', async () => {
    const page = await open();
    const results = await checkAndWait(page, () => choose(page, 'input#files', [SEED_003_DOCX]));
    const result = only(results, 'results');
    expect(comparable(result)).toEqual(comparable(await nodeLint(SEED_003_DOCX)));

    const fee = messageOf(result, 'national/fee-statement');
    expect(fee.severity).toBe(2);
    const shown = findingsOf(page, 'seed-003.docx', 'national/fee-statement');
    await expect.poll(() => shown.count()).toBe(1);
    expect(await shown.getAttribute('data-severity')).toBe('error');
    expect(await shown.locator('.message').innerText()).toContain(fee.message);
    expect(await shown.locator('.where').innerText()).toMatch(new RegExp(`第${fee.line}段`));

    const counts = fileResult(page, 'seed-003.docx');
    expect(await counts.locator('.count-error').innerText()).toContain(String(result.errorCount));
    expect(await counts.locator('.count-warn').innerText()).toContain(String(result.warningCount));
    expect(await counts.locator('.count-info').innerText()).toContain(String(result.infoCount));
  });

  it('a Word table cell: its place in words (表二“…”行“…”列)', async () => {
    const page = await open();
    const docx = fixture('formats/seed-004.docx');
    const result = only(await checkAndWait(page, () => choose(page, 'input#files', [docx])), 'results');
    const cell = messageOf(result, 'national/cell-value');
    expect(cell.cell).toBeDefined();
    const where = await findingsOf(page, 'seed-004.docx', 'national/cell-value').first().locator('.where').innerText();
    expect(where).toContain('表二“行政许可”行“本年处理决定数量”列');
  });

  it('Word: #change-list says what to change in which paragraph', async () => {
    const page = await open();
    const result = only(await checkAndWait(page, () => choose(page, 'input#files', [SEED_003_DOCX])), 'results');
    const number = messageOf(result, 'national/document-number');
    const changes = await page.locator('#change-list li').allInnerTexts();
    expect(changes.some((c) => c.startsWith(`第${number.line}段：`) && c.includes('2021]30 号') && c.includes('〔2021〕30号')), changes.join('\n')).toBe(true);
  });

  it('a corpus PDF: findings with their page and line in words', async () => {
    const page = await open();
    const results = await checkAndWait(page, () => choose(page, 'input#files', [PDF]));
    const result = only(results, 'results');
    expect(comparable(result)).toEqual(comparable(await nodeLint(PDF)));

    const paged = result.messages.filter((m) => m.page !== undefined && !m.cell);
    expect(paged.length).toBeGreaterThan(0);
    const where = await fileResult(page, path.basename(PDF)).locator('.finding .where').allInnerTexts();
    for (const m of paged) expect(where.some((w) => w.includes(`第${m.page}页第${m.line}行`)), `${m.ruleId} 第${m.page}页第${m.line}行`).toBe(true);
  });

  it('several files at once: one .file-result each, results in the same order', async () => {
    const page = await open();
    const results = await checkAndWait(page, () => choose(page, 'input#files', [SEED_003_DOCX, SEED_002]));
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['seed-003.docx', path.basename(SEED_002)]);
    await expect.poll(() => page.locator('.file-result').count()).toBe(2);
  });

  it('pasted seed 002: the 149 ≠ 148 error; "apply all fixes" changes the text and downloads it', async () => {
    const page = await open();
    const text = readFileSync(SEED_002, 'utf8');
    await page.fill('textarea#paste', text);
    const results = await checkAndWait(page, () => page.click('button#check-paste'));
    const result = only(results, 'results');

    const expected = only((await nodeLinter.lintText(text, { filePath: result.filePath, format: 'text' }))!.messages.filter((m) => m.ruleId === 'national/narrative-sum'), 'narrative-sum');
    const sum = messageOf(result, 'national/narrative-sum');
    expect(sum.message).toContain('28+26+30+30+3+31 = 148，却不等于总数 149');
    expect(sum).toEqual(expected);
    const shown = page.locator(`.file-result .finding[data-rule="national/narrative-sum"]`);
    expect(await shown.getAttribute('data-severity')).toBe('error');
    expect(await shown.locator('.message').innerText()).toContain(sum.message);

    const fixed = await nodeLinter.fixText(text, { filePath: result.filePath, format: 'text' });
    expect(fixed!.output).not.toBe(text);
    await checkAndWait(page, () => page.click('button#fix-all'));
    // the text view shows the fixed text
    await expect.poll(() => page.locator('#text-view').textContent()).toBe(fixed!.output);
    const download = await downloadText(page, () => page.click('button#download-fixed'));
    expect(download.text.replace(/^\uFEFF/, '')).toBe(fixed!.output);
    // the fixes are there: line 7 (the 149 ≠ 148 paragraph) began "(一) 主动公开", now "（一）主动公开"
    expect(text.split('\n')[6]).toMatch(/^\(一\) 主动公开/);
    expect(download.text.replace(/^\uFEFF/, '').split('\n')[6]).toMatch(/^（一）主动公开/);
    expect(download.name).toMatch(/\.txt$/);
  });

  it('one fix applied from its finding changes just that place', async () => {
    const page = await open();
    const text = readFileSync(SEED_002, 'utf8');
    await page.fill('textarea#paste', text);
    const results = await checkAndWait(page, () => page.click('button#check-paste'));
    const first = only(results, 'results').messages.find((m) => m.fix)!;
    const finding = page.locator(`.finding[data-rule="${first.ruleId}"]`).first();
    await checkAndWait(page, () => finding.locator('button.apply-fix').click());
    const after = await page.locator('#text-view').textContent();
    expect(after).toBe(text.slice(0, first.fix!.range[0]) + first.fix!.text + text.slice(first.fix!.range[1]));
  });

  it('clicking a finding highlights its place in #text-view and opens its docs in #docs', async () => {
    const page = await open();
    await page.fill('textarea#paste', readFileSync(SEED_002, 'utf8'));
    const results = await checkAndWait(page, () => page.click('button#check-paste'));
    const result = only(results, 'results');
    const sum = messageOf(result, 'national/narrative-sum');
    await page.locator('.finding[data-rule="national/narrative-sum"]').first().click();

    const highlight = page.locator('#text-view .highlight');
    await expect.poll(() => highlight.count()).toBeGreaterThan(0);
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash((await highlight.allInnerTexts()).join(''))).toBe(squash(result.source!.slice(sum.range![0], sum.range![1])));
    const docs = await page.locator('#docs').innerText();
    expect(docs).toContain('narrative-sum');
    expect(docs).toContain('为什么');
    expect(docs).toContain('依据');
  });

  it('a county .xxgklintrc.yml through input#config-file changes the findings as the CLI does with it', async () => {
    const config = [
      'root: true',
      'extends:',
      '  - "@xxgk-lint/rules-national/recommended"',
      'rules:',
      '  national/fee-statement: "off"',
      'customRules:',
      '  - id: county/wording',
      '    type: forbid-phrase',
      '    phrase: 公文制发情况',
      '    message: 本县统一写作“发文情况”。',
      '    severity: warn',
      '',
    ].join('\n');
    const configFile = path.join(dir, '.xxgklintrc.yml');
    writeFileSync(configFile, config);

    const page = await open();
    await choose(page, 'input#config-file', [configFile]);
    await expect.poll(() => page.locator('#config-status').innerText()).toContain('.xxgklintrc.yml');
    const results = await checkAndWait(page, () => choose(page, 'input#files', [SEED_003_DOCX]));
    const result = only(results, 'results');
    const rules = result.messages.map((m) => m.ruleId);
    expect(rules).not.toContain('national/fee-statement');
    expect(rules).toContain('county/wording');
    expect(comparable(result)).toEqual(comparable(await nodeLint(SEED_003_DOCX, nodeLinterWithConfig(configFile))));
    expect(await findingsOf(page, 'seed-003.docx', 'county/wording').count()).toBeGreaterThan(0);
  });

  it('a .js config gets a Chinese message in #config-status that the browser cannot load code', async () => {
    const configFile = path.join(dir, 'xxgklint.config.js');
    writeFileSync(configFile, 'export default { rules: { "national/fee-statement": "off" } };\n');
    const page = await open();
    await choose(page, 'input#config-file', [configFile]);
    await expect.poll(() => page.locator('#config-status').innerText()).toMatch(/浏览器/);
    const status = await page.locator('#config-status').innerText();
    expect(status).toMatch(/[\u4e00-\u9fff]{6}/);
    expect(status).toContain('xxgklint.config.js');
  });

  it('select#province: choosing 四川 adds the Sichuan pack', async () => {
    const page = await open();
    const province = page.locator('select#province');
    const sichuan = (await province.locator('option').evaluateAll((options) => (options as HTMLOptionElement[]).map((o) => ({ value: o.value, label: o.textContent ?? '' })))).find((o) => o.label.includes('四川'));
    expect(sichuan, '省份列表中没有四川').toBeDefined();
    await province.selectOption(sichuan!.value);
    await page.fill('textarea#paste', readFileSync(SEED_002, 'utf8'));
    const results = await checkAndWait(page, () => page.click('button#check-paste'));
    const rules = only(results, 'results').messages.map((m) => m.ruleId ?? '');
    expect(rules.some((r) => r.startsWith('sichuan/'))).toBe(true);
  });

  it('#export-csv downloads the CLI\'s CSV of the findings', async () => {
    const page = await open();
    const results = await checkAndWait(page, () => choose(page, 'input#files', [SEED_003_DOCX]));
    const csv = await downloadText(page, () => page.click('button#export-csv'));
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toBe(findingsCsv(results, (filePath) => filePath));
  });
});

describe.runIf(!chromiumPath && browserRequired)('网页检查器：CI 要求浏览器', () => {
  it('chromium is installed', () => {
    throw new Error(`XXGK_REQUIRE_BROWSER 已设置，但${missingBrowserReason}`);
  });
});
