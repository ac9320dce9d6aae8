/**
 * The browser harness itself, against a small stand-in page written here:
 * the request guard catches every way a page can reach out (fetch, image,
 * script, iframe, worker, WebSocket, another file:// file), file choosing
 * and download capture work. If this fails, the checker's browser tests
 * cannot be trusted either way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRequired, chromiumPath, launchChromium } from './support/chromium.js';
import { checkAndWait, downloadText, openPage } from './support/page.js';

const STAND_IN = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>替身页面</title></head>
<body>
<input id="files" type="file" multiple>
<button id="download">下载</button>
<button id="fetch">fetch</button><button id="img">img</button><button id="script">script</button>
<button id="iframe">iframe</button><button id="worker">worker</button><button id="socket">socket</button>
<button id="file">file</button><button id="blob">blob</button>
<script>
  const state = (s) => { document.documentElement.dataset.state = s; };
  window.xxgkLint = { results: [] };
  document.getElementById('files').addEventListener('change', async (event) => {
    state('checking');
    const results = [];
    for (const file of event.target.files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      results.push({ filePath: file.name, size: bytes.length, first: bytes[0] });
    }
    window.xxgkLint.results = results;
    state('done');
  });
  const on = (id, f) => document.getElementById(id).addEventListener('click', f);
  on('download', () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['改好的文字（一）'], { type: 'text/plain' }));
    a.download = '改好的.txt';
    a.click();
  });
  on('fetch', () => fetch('https://example.com/fetch').catch(() => {}));
  on('img', () => { const i = new Image(); i.src = 'http://example.com/pixel.png'; document.body.append(i); });
  on('script', () => { const s = document.createElement('script'); s.src = 'https://cdn.example.com/lib.js'; document.head.append(s); });
  on('iframe', () => { const f = document.createElement('iframe'); f.src = 'https://example.com/frame'; document.body.append(f); });
  on('worker', () => {
    const code = "fetch('https://example.com/from-worker').catch(() => {}); postMessage('ok');";
    new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  });
  on('socket', () => { try { new WebSocket('wss://example.com/socket'); } catch {} });
  on('file', () => { const i = new Image(); i.src = new URL('other.png', location.href).href; document.body.append(i); });
  on('blob', () => {
    const i = new Image();
    i.src = URL.createObjectURL(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }));
    fetch('data:text/plain,ok');
    document.body.append(i);
  });
  state('ready');
</script>
</body></html>`;

const skip = !chromiumPath && !browserRequired;

describe.skipIf(skip)('浏览器测试的工具（替身页面）', () => {
  let browser: Browser;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-web-harness-'));
    writeFileSync(path.join(dir, 'page.html'), STAND_IN);
    writeFileSync(path.join(dir, 'other.png'), 'not really a picture');
    url = pathToFileURL(path.join(dir, 'page.html')).href;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a page that asks for nothing leaves no offender; choosing files runs the check and gives results', async () => {
    const opened = await openPage(browser, url);
    try {
      const results = await checkAndWait(opened.page, () =>
        opened.page.setInputFiles('input#files', [
          { name: '报告.txt', mimeType: 'text/plain', buffer: Buffer.from('一、总体情况') },
          { name: 'b.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([80, 75, 3, 4]) },
        ]),
      );
      expect(results).toEqual([
        { filePath: '报告.txt', size: 18, first: 0xe4 },
        { filePath: 'b.docx', size: 4, first: 80 },
      ]);
      expect(opened.guard.offenders).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('a download started by the page is read back', async () => {
    const opened = await openPage(browser, url);
    try {
      const file = await downloadText(opened.page, () => opened.page.click('#download'));
      expect(file).toEqual({ name: '改好的.txt', text: '改好的文字（一）' });
    } finally {
      await opened.close();
    }
  });

  it('blob: and data: URLs the page makes itself are not offenders', async () => {
    const opened = await openPage(browser, url);
    try {
      await opened.page.click('#blob');
      await opened.page.waitForTimeout(300);
      expect(opened.guard.offenders).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  const leaks: [string, RegExp][] = [
    ['fetch', /^https:\/\/example\.com\/fetch$/],
    ['img', /^http:\/\/example\.com\/pixel\.png$/],
    ['script', /^https:\/\/cdn\.example\.com\/lib\.js$/],
    ['iframe', /^https:\/\/example\.com\/frame$/],
    ['worker', /^https:\/\/example\.com\/from-worker$/],
    ['socket', /^wss:\/\/example\.com\/socket$/],
    ['file', /^file:\/\/.*\/other\.png$/],
  ];
  it.each(leaks)('a request by %s is caught', async (button, expected) => {
    const opened = await openPage(browser, url);
    try {
      await opened.page.click(`#${button}`);
      await expect.poll(() => opened.guard.offenders, { timeout: 5000 }).toEqual([expect.stringMatching(expected)]);
    } finally {
      await opened.close();
    }
  });
});
