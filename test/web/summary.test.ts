/**
 * The HTML summary (`--format html`, issue 15 item 2) of a 100-report batch,
 * rendered in headless chromium at desktop and phone width: worst reports
 * first, the category chart, no sideways scrolling at 390 px, nothing
 * fetched. XXGK_UPDATE_SCREENSHOTS=1 writes docs/images/summary.png and
 * summary-phone.png.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '@xxgk-lint/core';
import { buildResult, createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { formatHtml } from '../../packages/cli/src/formatters/html.js';
import { generateReports } from '../../scripts/generate-reports.mjs';
import { browserRequired, chromiumPath, launchChromium } from './support/chromium.js';
import { guardRequests } from './support/guard.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const UPDATE = /^(1|true|yes)$/i.test(process.env.XXGK_UPDATE_SCREENSHOTS ?? '');
/** real reports beside the generated ones: another year, a PDF (pages), a .docx (paragraphs, cells) */
const REAL = [
  'test/fixtures/corpus/crawl/pingtan_gonganju_2022.txt',
  'test/fixtures/corpus/real/jiangsu-huaian-hongzequ-2023.pdf',
  'test/fixtures/formats/seed-002.docx',
];

describe.skipIf(!chromiumPath && !browserRequired)('HTML 汇总页：100 份报告，在 chromium 中打开', () => {
  let dir: string;
  let pageFile: string;
  let browser: Browser;
  let results: LintResult[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-summary-'));
    const { files } = generateReports(path.join(dir, 'batch'), 95, 7) as { files: string[] };
    for (const f of REAL) {
      const to = path.join(dir, 'batch', path.basename(f));
      copyFileSync(path.join(ROOT, f), to);
      files.push(to);
    }
    writeFileSync(path.join(dir, 'batch', '空白.txt'), '');
    writeFileSync(path.join(dir, 'batch', '会议通知.txt'), '关于召开全体职工大会的通知\n\n各科室：定于下周一上午九时召开全体职工大会，请准时参加。\n');
    files.push(path.join(dir, 'batch', '空白.txt'), path.join(dir, 'batch', '会议通知.txt'));
    const linter = createLinter({ ...nationalDefaults, noConfig: true, cwd: dir });
    results = [];
    for (const f of files) {
      const result = (await linter.lintBytes(readFileSync(f), { filePath: f, previous: false })) as LintResult;
      delete result.source; // the page must not need it (streaming drops it)
      results.push(result);
    }
    // a batch check as the expected-bodies rule reports it: on the config file, not on a report
    results.push(
      buildResult(path.join(dir, '.xxgklintrc.yml'), [
        { ruleId: 'national/expected-bodies', severity: 2, message: '应报送的“安平县北西镇”没有报告', line: 3, column: 5, xxgkSeverity: 'error', range: [0, 1] },
      ]),
    );
    const html = formatHtml(results, linter.rulesMeta(), dir, new Date('2025-02-01T08:00:00Z'));
    pageFile = path.join(dir, 'summary.html');
    writeFileSync(pageFile, html);
    if (UPDATE) writeFileSync(path.join(tmpdir(), 'xxgk-summary.html'), html);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<{ page: Page; offenders: string[]; close: () => Promise<void> }> {
    const url = pathToFileURL(pageFile).href;
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const guard = await guardRequests(context, url);
    const page = await context.newPage();
    guard.watch(page);
    await page.goto(url);
    return { page, offenders: guard.offenders, close: () => context.close() };
  }

  it('desktop: worst reports first, a verdict each, the chart by category, the year check, nothing fetched', async () => {
    const { page, offenders, close } = await open(1280);
    const rows = await page.$$eval('table.reports tbody tr', (trs) =>
      trs.map((tr) => ({ verdict: tr.className, errors: Number((tr.children[3] as HTMLElement).innerText), text: (tr as HTMLElement).innerText })),
    );
    expect(rows).toHaveLength(100);
    const order = rows.map((r) => r.verdict);
    const firstUnreadable = order.indexOf('r-unreadable');
    const firstPass = order.indexOf('r-pass');
    expect(order.lastIndexOf('r-fail')).toBeLessThan(firstUnreadable);
    expect(order.lastIndexOf('r-unreadable')).toBeLessThan(firstPass);
    expect(order.filter((v) => v === 'r-unreadable')).toHaveLength(2);
    const failing = rows.filter((r) => r.verdict === 'r-fail').map((r) => r.errors);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing).toEqual([...failing].sort((a, b) => b - a));

    const labels = await page.$$eval('.chart .bar-label', (els) => els.map((e) => (e as HTMLElement).innerText));
    expect(labels).toEqual(expect.arrayContaining(['结构', '表格', '一致性', '隐私', '写作规范']));
    expect(labels.at(-1)).toBe('写作规范');
    const barWidths = await page.$$eval('.chart .bar', (els) => els.map((e) => e.getBoundingClientRect().width));
    expect(barWidths.some((w) => w > 0)).toBe(true);

    const alert = await page.$eval('.alert', (e) => (e as HTMLElement).innerText);
    expect(alert).toContain('本批多数报告为 2023 年度');
    expect(alert).toContain('2022 年');
    expect(await page.$eval('ul.batch', (e) => (e as HTMLElement).innerText)).toContain('安平县北西镇');
    expect(rows.some((r) => r.text.includes('.xxgklintrc.yml'))).toBe(false);
    // the PDF's and the .docx's findings say where in words
    const places = await page.$$eval('.where', (els) => els.map((e) => (e as HTMLElement).innerText));
    expect(places.some((p) => /^第\d+页第\d+行$/.test(p))).toBe(true);
    expect(places.some((p) => /^第\d+段$/.test(p) || /^表[二三四]/.test(p))).toBe(true);
    // a rule's docs are in the page, not behind a link
    expect(await page.$$eval('a[href^="file:"]', (els) => els.length)).toBe(0);
    expect(await page.$$eval('details[id^="doc-"] .doc h3, details[id^="doc-"] .doc h2', (els) => els.length)).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
    const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
    if (UPDATE) {
      const details = await page.$eval('details[id^="r-"]', (e) => e.getBoundingClientRect().top + window.scrollY);
      writeFileSync(path.join(tmpdir(), 'xxgk-summary-details.png'), await page.screenshot({ fullPage: true, clip: { x: 0, y: details - 60, width: 1280, height: 900 } }));
      const docs = await page.$eval('details[id^="doc-"]', (e) => { (e as HTMLDetailsElement).open = true; return e.getBoundingClientRect().top + window.scrollY; });
      writeFileSync(path.join(tmpdir(), 'xxgk-summary-docs.png'), await page.screenshot({ fullPage: true, clip: { x: 0, y: docs - 60, width: 1280, height: 900 } }));
    }
    if (UPDATE) writeFileSync(path.join(ROOT, 'docs/images/summary.png'), png);
    else writeFileSync(path.join(dir, 'summary.png'), png);
    await close();
  }, 120_000);

  it('phone (390 px): no sideways scrolling, the chart and verdicts still there', async () => {
    const { page, offenders, close } = await open(390);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    const wide = await page.$$eval('body *', (els) => els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.tagName + '.' + e.className));
    expect(wide).toEqual([]);
    expect(await page.$$eval('.chart .bar-row', (els) => els.length)).toBeGreaterThanOrEqual(5);
    expect(await page.$eval('table.reports thead', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('table.reports tbody tr', (e) => (e as HTMLElement).innerText)).toMatch(/^不通过/);
    expect(offenders).toEqual([]);
    const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 390, height: 1800 } });
    if (UPDATE) writeFileSync(path.join(ROOT, 'docs/images/summary-phone.png'), png);
    else writeFileSync(path.join(dir, 'summary-phone.png'), png);
    await close();
  }, 120_000);

  it('print: every collapsed part opens, nothing wider than an A4 page, a PDF comes out', async () => {
    const { page, close } = await open(794);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.$$eval('details:not([open])', (els) => els.length)).toBe(0);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await close();
  }, 120_000);
});
