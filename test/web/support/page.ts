/**
 * Driving a page the way the browser tests need: opened from file:// in a
 * fresh context (empty local storage) behind the request guard, waiting for
 * dataset.state, and reading downloads back as text.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import type { LintResult } from '@xxgk-lint/core';
import type { RequestGuard } from './guard.js';
import { guardRequests } from './guard.js';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  guard: RequestGuard;
  /** errors the page threw and console errors it printed */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, url: string, readyState = 'ready'): Promise<OpenedPage> {
  const context = await browser.newContext({ acceptDownloads: true });
  const guard = await guardRequests(context, url);
  const page = await context.newPage();
  guard.watch(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await waitState(page, readyState);
  return { page, context, guard, errors, close: () => context.close() };
}

/** wait for document.documentElement.dataset.state to become this */
export async function waitState(page: Page, state: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((wanted) => document.documentElement.dataset.state === wanted, state, { timeout });
}

/** do something that starts a check, then wait until it has finished */
export async function checkAndWait(page: Page, start: () => Promise<unknown>, timeout = 90_000): Promise<LintResult[]> {
  // a state other than "done" first, so the "done" we wait for is this check's
  await page.evaluate(() => {
    document.documentElement.dataset.state = 'waiting-for-test';
  });
  await start();
  await waitState(page, 'done', timeout);
  return page.evaluate(() => (window as unknown as { xxgkLint: { results: LintResult[] } }).xxgkLint.results);
}

/** the download a click starts, as text */
export async function downloadText(page: Page, click: () => Promise<unknown>): Promise<{ name: string; text: string }> {
  const [download]: [Download, unknown] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}
