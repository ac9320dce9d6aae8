import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActiveSeverity, Rule, RulePack } from '@xxgk-lint/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError, expandPaths, runCli, summaryLine, translateCommanderError } from '../src/index.js';
import type { CliIo } from '../src/index.js';
import { tempDir } from './helpers.js';

const REPORT = '某某镇人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作正常开展。\n';

/** A pack whose rules each report once per file, at the configured severities. */
function stubPack(severities: ActiveSeverity[]): RulePack {
  const rules: Record<string, Rule> = {};
  const config: Record<string, ActiveSeverity> = {};
  severities.forEach((severity, i) => {
    const name = `stub-${i}`;
    rules[name] = {
      meta: {
        type: 'problem',
        defaultSeverity: severity,
        docs: { description: '测试规则', url: `https://example.invalid/${name}` },
      },
      create: (context) => ({
        Report: () => context.report({ message: `测试发现 ${i}`, range: [0, 2] }),
      }),
    };
    config[`stub/${name}`] = severity;
  });
  return {
    meta: { name: 'stub', version: '0.0.0', namespace: 'stub' },
    rules,
    configs: { recommended: { rules: config } },
  };
}

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'a.txt'), REPORT);
  writeFileSync(path.join(dir, 'b.md'), REPORT);
});
afterEach(() => cleanup());

async function run(argv: string[], io: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    env: {},
    isTTY: false,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: () => Promise.resolve(new Uint8Array()),
    ...io,
  });
  return { code, stdout, stderr };
}

describe('runCli in-process: exit codes', () => {
  it('no findings → exit 0 and a "没有发现问题" summary', async () => {
    const r = await run(['a.txt', 'b.md'], { packs: [stubPack([])] });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('共检查 2 个文件：没有发现问题');
    expect(r.stderr).toBe('');
  });

  it('warnings only → exit 0; --max-warnings below the count → exit 1; at the count → exit 0', async () => {
    const packs = [stubPack(['warn'])];
    expect((await run(['a.txt', 'b.md'], { packs })).code).toBe(0);
    const strict = await run(['a.txt', 'b.md', '--max-warnings', '0'], { packs });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('警告共 2 个，超过了 --max-warnings 允许的 0 个');
    expect((await run(['a.txt', 'b.md', '--max-warnings', '2'], { packs })).code).toBe(0);
    expect((await run(['a.txt', 'b.md', '--max-warnings', '-1'], { packs })).code).toBe(0);
  });

  it('--max-warnings counts warnings even under --quiet, and info findings never count', async () => {
    expect((await run(['a.txt', '--quiet', '--max-warnings', '0'], { packs: [stubPack(['warn'])] })).code).toBe(1);
    expect((await run(['a.txt', '--max-warnings', '0'], { packs: [stubPack(['info'])] })).code).toBe(0);
  });

  it('errors → exit 1', async () => {
    const r = await run(['a.txt'], { packs: [stubPack(['error', 'warn'])] });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('测试发现 0');
    expect(r.stdout).toContain('stub/stub-0');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共检查 1 个文件：1 个错误，1 个警告');
  });

  it('usage errors → exit 2, message on stderr, nothing on stdout', async () => {
    for (const argv of [[], ['--nope'], ['missing.txt'], ['*.docx'], ['--format', 'xml', 'a.txt'], ['--max-warnings', '1.5', 'a.txt']]) {
      const r = await run(argv, { packs: [stubPack([])] });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^xxgk-lint：.*[\u4e00-\u9fff]/);
    }
  });
});

describe('runCli in-process: formats', () => {
  it('pretty marks info findings and shows them even when nothing else was found', async () => {
    const r = await run(['a.txt'], { packs: [stubPack(['info'])] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('提示：测试发现 0');
    expect(r.stdout).not.toMatch(/\d+ warnings?/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共检查 1 个文件：0 个错误，0 个警告，1 个提示');
  });

  it('json is the untouched results array (info stays severity 1 with xxgkSeverity)', async () => {
    const r = await run(['--format', 'json', 'b.md', 'a.txt'], { packs: [stubPack(['info', 'error'])] });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { severity: number; xxgkSeverity: string; message: string }[]; infoCount: number }[];
    expect(results.map((x) => path.basename(x.filePath))).toEqual(['a.txt', 'b.md']);
    expect(results[0]!.messages.map((m) => [m.severity, m.xxgkSeverity, m.message])).toEqual([
      [1, 'info', '测试发现 0'],
      [2, 'error', '测试发现 1'],
    ]);
    expect(results[0]!.infoCount).toBe(1);
    expect(r.stderr).toContain('共检查 2 个文件');
  });

  it('--no-color, NO_COLOR and a pipe give no escapes', async () => {
    const packs = [stubPack(['error'])];
    expect((await run(['a.txt', '--no-color'], { packs, isTTY: true })).stdout).not.toContain('\u001b[');
    expect((await run(['a.txt'], { packs, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run(['a.txt'], { packs, isTTY: false })).stdout).not.toContain('\u001b[');
  });

  it('--stdin reads through io.readStdin; the name decides the path', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'sub/x.md', '--format', 'json'], {
      packs: [stubPack(['warn'])],
      readStdin: () => Promise.resolve(new TextEncoder().encode(REPORT)),
    });
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout) as { filePath: string; warningCount: number }[];
    expect(result!.filePath).toBe(path.join(dir, 'sub', 'x.md'));
    expect(result!.warningCount).toBe(1);
  });

  it('-o to an unwritable place → exit 2', async () => {
    writeFileSync(path.join(dir, 'file'), 'x');
    const r = await run(['a.txt', '-o', 'file/out.txt'], { packs: [stubPack([])] });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('file/out.txt');
  });
});

describe('expandPaths', () => {
  it('de-duplicates a file named twice, by a relative and an absolute path', () => {
    expect(expandPaths(['a.txt', path.join(dir, 'a.txt'), './a.txt'], dir)).toEqual([path.join(dir, 'a.txt')]);
  });

  it('walks directories for report files, ignoring other extensions and Word lock files', () => {
    mkdirSync(path.join(dir, 'd'));
    writeFileSync(path.join(dir, 'd', 'x.TXT'), REPORT);
    writeFileSync(path.join(dir, 'd', 'y.text'), REPORT);
    writeFileSync(path.join(dir, 'd', 'z.docx'), 'PK');
    writeFileSync(path.join(dir, 'd', '~$z.docx'), 'lock');
    writeFileSync(path.join(dir, 'd', 'notes.json'), '{}');
    writeFileSync(path.join(dir, 'd', 'scan.png'), 'png');
    expect(expandPaths(['d'], dir).map((f) => path.basename(f))).toEqual(['x.TXT', 'y.text', 'z.docx']);
  });

  it('a path with glob characters that exists is taken literally', () => {
    writeFileSync(path.join(dir, '报告[2024].txt'), REPORT);
    expect(expandPaths(['报告[2024].txt'], dir)).toEqual([path.join(dir, '报告[2024].txt')]);
  });

  it('throws UsageError for a missing path', () => {
    expect(() => expandPaths(['nope.md'], dir)).toThrow(UsageError);
  });
});

describe('messages', () => {
  it('translates commander errors', () => {
    expect(translateCommanderError({ code: 'commander.unknownOption', message: "error: unknown option '--fix'" })).toBe(
      '未知选项 “--fix”；用 --help 查看可用选项。',
    );
    expect(
      translateCommanderError({ code: 'commander.optionMissingArgument', message: "error: option '-o, --output-file <path>' argument missing" }),
    ).toContain('“--output-file” 缺少取值');
  });

  it('summary line', () => {
    expect(summaryLine({ files: 5, errors: 3, warnings: 4, infos: 0, unreadable: 0 })).toBe('共检查 5 个文件：3 个错误，4 个警告');
    expect(summaryLine({ files: 2, errors: 1, warnings: 0, infos: 0, unreadable: 1 })).toBe(
      '共检查 2 个文件：1 个错误，0 个警告（其中 1 个文件无法读取或没有检查完）',
    );
  });
});
