/**
 * Parity: for every file of the corpus (test/fixtures/corpus) and of the
 * format fixtures (test/fixtures/formats: Word, web pages, unreadable PDFs),
 * the page's results through window.xxgkLint.lintFiles equal the CLI's
 * (createLinter with the national defaults, --no-config): the same messages
 * with their rule ids, positions, pages, cells, fixes and wording, the same
 * counts, text view and report facts. One browser and one page for all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '@xxgk-lint/core';
import { ensurePage, root } from './support/build.js';
import { browserRequired, chromiumPath, launchChromium } from './support/chromium.js';
import { comparable, nodeLint } from './support/node-lint.js';
import type { OpenedPage } from './support/page.js';
import { openPage } from './support/page.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const file = path.join(dir, entry);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    })
    .sort();
}

const FILES = [...filesUnder(path.join(root, 'test/fixtures/corpus')), ...filesUnder(path.join(root, 'test/fixtures/formats'))].map((file) =>
  path.relative(path.join(root, 'test/fixtures'), file),
);

describe.skipIf(!chromiumPath && !browserRequired)('网页与命令行结果一致（每个语料文件）', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let compared = 0;

  beforeAll(async () => {
    const url = await ensurePage();
    browser = await launchChromium();
    opened = await openPage(browser, url);
  }, 360_000);

  afterAll(async () => {
    const offenders = opened?.guard.offenders ?? [];
    await browser?.close();
    expect(offenders, '页面发出了对外请求').toEqual([]);
  });

  it('covers every kind of file there is', () => {
    const kinds = new Set(FILES.map((f) => path.extname(f)));
    for (const kind of ['.txt', '.md', '.pdf', '.docx', '.html']) expect(kinds).toContain(kind);
  });

  it.each(FILES)('%s', async (relative) => {
    const file = path.join(root, 'test/fixtures', relative);
    const name = path.basename(file);
    const base64 = readFileSync(file).toString('base64');
    const [inPage, inNode] = await Promise.all([
      opened.page.evaluate(
        async ({ name, base64 }) => {
          const binary = atob(base64);
          const bytes = new Uint8Array(binary.length);
          for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
          const api = (window as unknown as { xxgkLint: { lintFiles(files: { name: string; bytes: Uint8Array }[]): Promise<LintResult[]> } }).xxgkLint;
          return api.lintFiles([{ name, bytes }]);
        },
        { name, base64 },
      ),
      nodeLint(file),
    ]);
    expect(inPage).toHaveLength(1);
    expect(path.basename(inPage[0]!.filePath)).toBe(name);
    expect(comparable(inPage[0]!)).toEqual(comparable(inNode));
    compared += inNode.messages.length;
  }, 60_000);

  it('compared real findings (not empty results)', () => {
    expect(compared).toBeGreaterThan(FILES.length * 5);
  });
});
