import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nationalPack } from '@xxgk-lint/rules-national';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import type { CliIo } from '../src/index.js';
import type { JsonResult } from './helpers.js';
import { REAL, ROOT, SEEDS, ensureBuilt, parseJson, runBin, tempDir } from './helpers.js';

const FORMATS = path.join(ROOT, 'test/fixtures/formats');
const CJK = /[\u4e00-\u9fff]/;

let dir: string;
let cleanup: () => void;

/** a batch as a reviewer gets it: good files in every format and every kind of bad file */
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  for (const name of ['seed-003.docx', 'seed-004.html', 'password.pdf', 'scanned.pdf']) copyFileSync(path.join(FORMATS, name), path.join(dir, name));
  copyFileSync(path.join(REAL, 'jiangsu-huaian-hongzequ-2023.pdf'), path.join(dir, 'hongze-2023.pdf'));
  copyFileSync(path.join(SEEDS, '002_cff4ace8f11033c3.txt'), path.join(dir, 'seed-002.txt'));
  const docx = readFileSync(path.join(FORMATS, 'seed-002.docx'));
  writeFileSync(path.join(dir, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path.join(dir, 'empty.docx'), '');
  writeFileSync(path.join(dir, '~$seed-003.docx'), 'Word lock file');
  writeFileSync(path.join(dir, 'legacy.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(path.join(dir, 'web-page.doc'), readFileSync(path.join(FORMATS, 'seed-004.html')));
  const filler = '<p>本年度主动公开政府信息一百二十条。</p>\n'.repeat(Math.ceil((21 * 1024 * 1024) / 60));
  writeFileSync(path.join(dir, 'huge.html'), `<html><head><meta charset="utf-8"></head><body><div id="zoom">${filler}</div></body></html>`);
});
afterAll(() => cleanup());

async function run(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    env: {},
    isTTY: false,
    packs: [nationalPack],
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: () => Promise.resolve(new Uint8Array()),
    ...io,
  });
  return { code, stdout, stderr };
}

const byName = (results: JsonResult[]) => new Map(results.map((r) => [path.basename(r.filePath), r]));

describe('xxgk-lint on a folder of .docx, .html, .pdf and broken files', () => {
  let results: Map<string, JsonResult>;
  let exit: number;

  beforeAll(async () => {
    const r = await run(['--format', 'json', '.']);
    exit = r.code;
    results = byName(parseJson(r.stdout));
  }, 60_000);

  it('walks every report format, skips Word lock files, and finishes the batch (exit 1)', () => {
    expect(exit).toBe(1);
    expect([...results.keys()].sort()).toEqual(
      [
        'empty.docx',
        'hongze-2023.pdf',
        'huge.html',
        'legacy.doc',
        'password.pdf',
        'scanned.pdf',
        'seed-002.txt',
        'seed-003.docx',
        'seed-004.html',
        'truncated.docx',
        'web-page.doc',
      ].sort(),
    );
  });

  it.each([
    ['truncated.docx', /^Word 文件（\.docx）已损坏或不完整/],
    ['password.pdf', /^此 PDF 设有打开密码/],
    ['scanned.pdf', /^此 PDF 没有文字层，无法检查；请提供可复制文字的版本/],
    ['empty.docx', /^文件是空的/],
    ['huge.html', /^网页文件过大（2\d\.\d MB，上限 10 MB）/],
    ['legacy.doc', /旧版 Word（\.doc）.*另存为” \.docx/],
  ])('%s: one fatal message in Chinese saying what to do', (name, pattern) => {
    const r = results.get(name)!;
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 });
    expect(r.messages[0].message).toMatch(pattern);
    expect(r.messages[0].message).toMatch(CJK);
  });

  it('the good files are linted: a .docx, a GBK web page, a .doc that is a web page, a PDF', () => {
    for (const name of ['seed-003.docx', 'seed-004.html', 'web-page.doc', 'hongze-2023.pdf', 'seed-002.txt']) {
      const r = results.get(name)!;
      expect(r.fatalErrorCount, name).toBe(0);
      expect(r.messages.length, name).toBeGreaterThan(0);
    }
    expect(results.get('web-page.doc')!.messages.map((m) => m.message)).toEqual(results.get('seed-004.html')!.messages.map((m) => m.message));
    const pdf = results.get('hongze-2023.pdf')!;
    const litigation = pdf.messages.filter((m) => m.ruleId === 'national/review-litigation-total');
    expect(litigation).toHaveLength(2);
    expect(litigation[0]).toMatchObject({ page: 4 });
  });

  it('pretty output counts the unreadable files and still lists the others', async () => {
    const r = await run(['.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/共检查 11 个文件：.*其中 6 个文件无法读取/);
    expect(r.stdout).toContain('seed-003.docx');
    expect(r.stdout).toContain('hongze-2023.pdf');
  });
});

describe('xxgk-lint: formats and the other options', () => {
  it('--fix leaves Word, PDF and web pages untouched and lints them', async () => {
    const file = path.join(dir, 'seed-003.docx');
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const r = await run(['--fix', '--format', 'json', 'seed-003.docx', 'seed-004.html']);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    const results = parseJson(r.stdout);
    expect(results).toHaveLength(2);
    expect(results.every((x) => x.fatalErrorCount === 0 && x.messages.length > 0)).toBe(true);
  });

  it('--stdin reads a Word file by its content', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FORMATS, 'seed-003.docx')));
    const r = await run(['--stdin', '--stdin-filename', '报告.docx', '--format', 'json'], { readStdin: () => Promise.resolve(bytes) });
    const [result] = parseJson(r.stdout);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.report?.title).toContain('城关镇');
  });

  it('a glob picks report formats only', async () => {
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    const r = await run(['--format', 'json', '*.{docx,json}']);
    expect(parseJson(r.stdout).map((x) => path.basename(x.filePath))).toEqual(['empty.docx', 'seed-003.docx', 'truncated.docx']);
  });
});

describe('the built bin reads a PDF', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('淮安市 2024 PDF: no errors, exit 0, nothing on stderr but the summary', () => {
    const run = runBin(['--format', 'json', path.join(REAL, 'jiangsu-huaian-shi-2024.pdf')]);
    expect(run.status).toBe(0);
    const [result] = parseJson(run.stdout);
    expect(result.errorCount).toBe(0);
    expect(result.fatalErrorCount).toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
