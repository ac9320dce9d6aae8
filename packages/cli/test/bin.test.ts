import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REAL,
  SEEDS,
  SEED_MISSING_PARTS,
  SEED_README,
  ensureBuilt,
  parseJson,
  runBin,
  tempDir,
} from './helpers.js';

const CJK = /[\u4e00-\u9fff]/;

beforeAll(() => {
  ensureBuilt();
}, 200_000);

describe('xxgk-lint bin: exit codes', () => {
  it('--help prints Chinese help and exits 0', () => {
    const run = runBin(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('用法');
    expect(run.stdout).toContain('--max-warnings');
    expect(run.stdout).toContain('退出码');
    expect(run.stdout).not.toMatch(/display help|Usage:/);
  });

  it('--version prints the package version and exits 0', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = runBin(['-v']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('a report with a missing part → exit 1 and national/required-parts', () => {
    const run = runBin([SEED_MISSING_PARTS]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('national/required-parts');
    expect(run.stdout).toMatch(/共检查 1 个文件：\d+ 个错误/);
  });

  it('exit code follows the error count (0 without errors, 1 with)', () => {
    const run = runBin(['--format', 'json', SEED_README]);
    const [result] = parseJson(run.stdout);
    expect(run.status).toBe(result!.errorCount > 0 ? 1 : 0);
  });

  it('--max-warnings 0 with warnings → exit 1', () => {
    // find a fixture that has warnings (several national rules warn on the corpus)
    const all = parseJson(runBin(['--format', 'json', SEEDS, REAL]).stdout);
    const withWarnings = all.find((r) => r.warningCount > 0);
    if (!withWarnings) return; // covered in-process by run-cli.test.ts
    const lenient = runBin(['--format', 'json', '--max-warnings', '1000', withWarnings.filePath]);
    const strict = runBin(['--format', 'json', '--max-warnings', '0', withWarnings.filePath]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--max-warnings');
    expect(lenient.status).toBe(withWarnings.errorCount > 0 ? 1 : 0);
  });

  it('unknown flag → exit 2 with a Chinese message naming it', () => {
    const run = runBin(['--foo', SEED_README]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('未知选项');
    expect(run.stderr).toContain('--foo');
    expect(run.stdout).toBe('');
  });

  it('a misspelt flag gets a suggestion', () => {
    const run = runBin(['--formt', 'json', SEED_README]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format');
  });

  it('missing file → exit 2, Chinese message names the file, no stack trace', () => {
    const run = runBin(['no-such-report.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-report.txt');
    expect(run.stderr).toMatch(CJK);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a glob matching nothing → exit 2', () => {
    const run = runBin(['test/fixtures/corpus/seeds/*.docx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('*.docx');
  });

  it('no paths → exit 2', () => {
    const run = runBin([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stdin');
  });

  it('bad option values → exit 2', () => {
    for (const args of [
      ['--format', 'xml', SEED_README],
      ['--max-warnings', 'abc', SEED_README],
      ['--format'],
    ]) {
      const run = runBin(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--format|--max-warnings/);
      expect(run.stderr).toMatch(CJK);
    }
  });
});

describe('xxgk-lint bin: output', () => {
  it('--format json prints only a JSON array in ESLint shape', () => {
    const run = runBin(['--format', 'json', SEED_MISSING_PARTS, SEED_README]);
    expect(run.status).toBe(1);
    const results = parseJson(run.stdout);
    expect(results.map((r) => path.basename(r.filePath))).toEqual([
      path.basename(SEED_MISSING_PARTS),
      path.basename(SEED_README),
    ]);
    for (const r of results) {
      expect(path.isAbsolute(r.filePath)).toBe(true);
      expect(r).toMatchObject({
        messages: expect.any(Array),
        suppressedMessages: [],
        errorCount: expect.any(Number),
        fatalErrorCount: expect.any(Number),
        warningCount: expect.any(Number),
        fixableErrorCount: expect.any(Number),
        fixableWarningCount: expect.any(Number),
        usedDeprecatedRules: [],
      });
      for (const m of r.messages) {
        expect(m).toMatchObject({ severity: expect.any(Number), message: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
        expect([1, 2]).toContain(m.severity);
      }
    }
    const missing = results[0]!.messages.filter((m) => m.ruleId === 'national/required-parts');
    expect(missing.map((m) => m.message).join('\n')).toMatch(/三[\s\S]*四/);
    // the Chinese summary goes to stderr so stdout stays JSON
    expect(run.stderr).toContain('共检查 2 个文件');
  });

  it('pretty output ends with a Chinese summary line and has no colour when piped', () => {
    const run = runBin([SEED_MISSING_PARTS]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^共检查 1 个文件：\d+ 个错误，\d+ 个警告/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('-o writes the results to a file', () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = path.join(dir, 'sub', 'results.json');
      const run = runBin(['--format', 'json', '-o', out, SEED_MISSING_PARTS]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(parseJson(readFileSync(out, 'utf8'))[0]!.messages.some((m) => m.ruleId === 'national/required-parts')).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('--quiet shows errors only', () => {
    const run = runBin(['--format', 'json', '--quiet', SEEDS, REAL]);
    for (const r of parseJson(run.stdout)) {
      expect(r.warningCount).toBe(0);
      expect(r.messages.every((m) => m.severity === 2)).toBe(true);
    }
  });
});

describe('xxgk-lint bin: --stdin', () => {
  it('--stdin --stdin-filename x.txt lints the piped bytes under that name', () => {
    const run = runBin(['--stdin', '--stdin-filename', 'x.txt', '--format', 'json'], {
      input: readFileSync(SEED_MISSING_PARTS),
    });
    expect(run.status).toBe(1);
    const [result] = parseJson(run.stdout);
    expect(path.basename(result!.filePath)).toBe('x.txt');
    expect(result!.messages.some((m) => m.ruleId === 'national/required-parts')).toBe(true);
  });

  it('--stdin with GBK bytes decodes them', () => {
    const gbk = iconv.encode(readFileSync(SEED_MISSING_PARTS, 'utf8'), 'gbk');
    const run = runBin(['--stdin', '--stdin-filename', 'gbk.txt', '--format', 'json'], { input: gbk });
    const [result] = parseJson(run.stdout);
    expect(result!.messages.some((m) => m.fatal)).toBe(false);
    expect(result!.messages.some((m) => m.ruleId === 'national/required-parts')).toBe(true);
  });

  it('empty stdin is reported as an unreadable file (exit 1)', () => {
    const run = runBin(['--stdin', '--format', 'json']);
    expect(run.status).toBe(1);
    const [result] = parseJson(run.stdout);
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
  });

  it('--stdin together with files → exit 2', () => {
    const run = runBin(['--stdin', SEED_README]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stdin');
  });
});

describe('xxgk-lint bin: batches and directories', () => {
  let dir: string;
  let cleanup: () => void;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x12]));
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'gbk-report.txt'), iconv.encode(readFileSync(SEED_README, 'utf8'), 'gbk'));
    copyFileSync(SEED_MISSING_PARTS, path.join(dir, 'missing-parts.txt'));
    copyFileSync(SEED_README, path.join(dir, 'report.markdown'));
    writeFileSync(path.join(dir, 'notes.json'), '{"a": 1}');
    writeFileSync(path.join(dir, 'scan.pdf'), Buffer.from('%PDF-1.4\n\u0000\u0000'));
    mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    copyFileSync(SEED_README, path.join(dir, 'node_modules', 'pkg', 'readme.md'));
    mkdirSync(path.join(dir, '.hidden'));
    copyFileSync(SEED_README, path.join(dir, '.hidden', 'draft.txt'));
    mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
    copyFileSync(SEED_README, path.join(dir, 'sub', 'deeper', 'nested.md'));
  });
  afterAll(() => cleanup());

  it('walks a directory for report files (text, Word, web pages, PDF) only, skipping node_modules and dot-dirs, sorted', () => {
    const run = runBin(['--format', 'json', dir]);
    const files = parseJson(run.stdout).map((r) => path.relative(dir, r.filePath).split(path.sep).join('/'));
    expect(files).toEqual([
      'binary.txt',
      'empty.md',
      'gbk-report.txt',
      'missing-parts.txt',
      'report.markdown',
      'scan.pdf',
      'sub/deeper/nested.md',
    ]);
  });

  it('reports the binary and the empty file, decodes the GBK file, lints the others', () => {
    const run = runBin(['--format', 'json', dir]);
    expect(run.status).toBe(1);
    const byName = new Map(parseJson(run.stdout).map((r) => [path.basename(r.filePath), r]));
    for (const name of ['binary.txt', 'empty.md', 'scan.pdf']) {
      const r = byName.get(name)!;
      expect(r.messages, name).toHaveLength(1);
      expect(r.messages[0], name).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1 });
      expect(r.messages[0]!.message).toMatch(CJK);
      expect(r.fatalErrorCount).toBe(1);
    }
    const gbk = byName.get('gbk-report.txt')!;
    expect(gbk.messages.some((m) => m.fatal)).toBe(false);
    expect(gbk.report?.title).toContain('城关镇');
    // the GBK copy reads exactly like the UTF-8 original
    const utf8 = byName.get('report.markdown')!;
    expect(gbk.report).toEqual(utf8.report);
    expect(byName.get('missing-parts.txt')!.messages.some((m) => m.ruleId === 'national/required-parts')).toBe(true);
  });

  it('pretty output lists the unreadable files and counts them in the summary', () => {
    const run = runBin([dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('binary.txt');
    expect(run.stdout).toContain('empty.md');
    expect(run.stdout).toMatch(/共检查 7 个文件：.*其中 3 个文件无法读取/);
  });

  it('a named file is linted whatever its extension', () => {
    const run = runBin(['--format', 'json', path.join(dir, 'scan.pdf')]);
    expect(run.status).toBe(1);
    const [result] = parseJson(run.stdout);
    expect(result!.messages[0]).toMatchObject({ ruleId: null, fatal: true });
  });

  it('globs expand, de-duplicate against named files and keep report files only', () => {
    const run = runBin(['--format', 'json', '*', path.join(dir, 'report.markdown'), 'sub/**/*.md'], { cwd: dir });
    const files = parseJson(run.stdout).map((r) => path.relative(dir, r.filePath).split(path.sep).join('/'));
    expect(files).toEqual(['binary.txt', 'empty.md', 'gbk-report.txt', 'missing-parts.txt', 'report.markdown', 'scan.pdf', 'sub/deeper/nested.md']);
  });

  it('an empty directory → exit 2', () => {
    const empty = path.join(dir, 'sub', 'nothing');
    mkdirSync(empty, { recursive: true });
    const run = runBin([empty]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nothing');
  });
});
