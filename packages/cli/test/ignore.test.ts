/** Ignoring files with git's semantics (issue 15 item 6): decisions checked against `git check-ignore`. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../src/batch/ignore-file.js';
import { tempDir } from './helpers.js';
import { runInProcess } from './inprocess.js';

const REPORT = '某某镇人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作正常开展。\n';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function write(root: string, rel: string, text = REPORT): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const PATTERNS = [
  '# 注释行',
  '*.txt',
  '!keep.txt',
  '!docs/**/*.txt',
  'build/',
  '!build/keep.md',
  '/anchored.md',
  '**/deep/*.md',
  'a/**/b.md',
  '\\#hash.md',
  '\\!bang.md',
  'space\\ .md',
  '草稿/',
  '*-2021.md',
  '!important-2021.md',
  'sub/*.md',
  '',
].join('\n');

const PATHS = [
  'r.md', 'keep.txt', 'x.txt', 'deep/x/y.txt', 'docs/a.txt', 'docs/x/y/a.txt', 'build/r.md', 'build/keep.md', 'src/build/r.md',
  'notes/build', 'anchored.md', 'sub/anchored.md', 'q/deep/r.md', 'deep/r.md', 'deep/x/r.md', 'a/b.md', 'a/x/y/b.md', 'x/a/b.md',
  '#hash.md', '!bang.md', 'space .md', 'space.md', '草稿/r.md', 'x/草稿/r.md', '草稿.md', 'r-2021.md', 'important-2021.md', 'x/r-2021.md',
  'sub/r.md', 'sub/x/r.md',
];

function gitIgnored(root: string, paths: readonly string[]): Set<string> {
  const git = (args: string[], input?: string) => spawnSync('git', args, { cwd: root, input, encoding: 'utf8' });
  expect(git(['init', '-q']).status).toBe(0);
  const out = git(['check-ignore', '-z', '--stdin'], `${paths.join('\0')}\0`);
  // 0: some ignored, 1: none ignored
  expect([0, 1]).toContain(out.status);
  return new Set(out.stdout.split('\0').filter(Boolean));
}

describe('.xxgklintignore decides as .gitignore does', () => {
  it('agrees with git check-ignore: negation, dir/, /anchored, **, *.txt at depth, escaped characters', () => {
    for (const p of PATHS) write(dir, p);
    writeFileSync(path.join(dir, '.gitignore'), PATTERNS);
    writeFileSync(path.join(dir, '.xxgklintignore'), PATTERNS);
    const byGit = gitIgnored(dir, PATHS);
    const ignored = createIgnoreMatcher({ cwd: dir, patterns: [], enabled: true, roots: [dir] });
    const ours = new Set(PATHS.filter((p) => ignored(path.join(dir, p))));
    expect([...ours].sort()).toEqual([...byGit].sort());
    // the cases are not trivial: some in, some out
    expect(byGit.size).toBeGreaterThan(10);
    expect(byGit.size).toBeLessThan(PATHS.length - 5);
  });

  it('agrees with git for an ignore file in a sub-folder (applies below it; an excluded folder stays excluded)', () => {
    const paths = ['r.md', 'a/r.md', 'a/x.md', 'a/b/x.md', 'a/b/y.md', 'c/x.md', 'gone/keep.md'];
    for (const p of paths) write(dir, p);
    for (const name of ['.gitignore', '.xxgklintignore']) {
      writeFileSync(path.join(dir, name), 'x.md\ngone/\n');
      writeFileSync(path.join(dir, 'a', name), '!x.md\nb/y.md\n');
      mkdirSync(path.join(dir, 'gone'), { recursive: true });
      writeFileSync(path.join(dir, 'gone', name), '!keep.md\n');
    }
    const byGit = gitIgnored(dir, paths);
    const ignored = createIgnoreMatcher({ cwd: dir, patterns: [], enabled: true, roots: [dir] });
    expect(paths.filter((p) => ignored(path.join(dir, p))).sort()).toEqual([...byGit].sort());
  });
});

describe('which ignore files a run reads', () => {
  const lintedFiles = async (argv: string[], cwd: string) => {
    const r = await runInProcess([...argv, '-f', 'json'], cwd);
    expect(r.stderr).not.toContain('内部错误');
    return (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => path.relative(dir, x.filePath).split(path.sep).join('/')).sort();
  };

  it('the linted folder\'s .xxgklintignore is honoured from another folder', async () => {
    write(dir, 'proj/reports/a.md');
    write(dir, 'proj/reports/草稿/b.md');
    write(dir, 'proj/reports/.xxgklintignore', '草稿/\n');
    mkdirSync(path.join(dir, 'elsewhere'));
    expect(await lintedFiles([path.join(dir, 'proj/reports')], path.join(dir, 'elsewhere'))).toEqual(['proj/reports/a.md']);
    expect(await lintedFiles(['proj/reports'], dir)).toEqual(['proj/reports/a.md']);
  });

  it('ignore files above the linted folder count up to the cwd, or up to the git repository\'s root outside it', async () => {
    write(dir, 'proj/reports/2023/a.md');
    write(dir, 'proj/reports/2023/old.md');
    write(dir, 'proj/.xxgklintignore', 'old.md\n');
    mkdirSync(path.join(dir, 'elsewhere'));
    // under the cwd: proj/ is between the cwd and the folder
    expect(await lintedFiles(['proj/reports/2023'], dir)).toEqual(['proj/reports/2023/a.md']);
    // outside the cwd and in no repository: only the folder named (and below) counts
    expect(await lintedFiles([path.join(dir, 'proj/reports')], path.join(dir, 'elsewhere'))).toEqual(['proj/reports/2023/a.md', 'proj/reports/2023/old.md']);
    // in a repository: up to its root
    mkdirSync(path.join(dir, 'proj/.git'));
    expect(await lintedFiles([path.join(dir, 'proj/reports')], path.join(dir, 'elsewhere'))).toEqual(['proj/reports/2023/a.md']);
  });

  it('--no-ignore lints everything; --ignore-pattern (repeatable) excludes more; a named file says why it is left out', async () => {
    write(dir, 'a.md');
    write(dir, 'b.md');
    write(dir, 'c/d.md');
    write(dir, '.xxgklintignore', 'a.md\n');
    expect(await lintedFiles(['.'], dir)).toEqual(['b.md', 'c/d.md']);
    expect(await lintedFiles(['.', '--no-ignore'], dir)).toEqual(['a.md', 'b.md', 'c/d.md']);
    expect(await lintedFiles(['.', '--ignore-pattern', 'c/', '--ignore-pattern', 'b.md'], dir)).toEqual([]);
    expect(await lintedFiles(['.', '--ignore-pattern', 'c/', '--no-ignore'], dir)).toEqual(['a.md', 'b.md', 'c/d.md']);
    const named = await runInProcess(['b.md', '--ignore-pattern', 'b.md', '-f', 'json'], dir);
    const [result] = JSON.parse(named.stdout) as { messages: { message: string }[] }[];
    expect(result.messages.map((m) => m.message)).toEqual(['这个文件被 --ignore-pattern “b.md” 排除，没有检查；如需检查，请去掉这个选项或用 --no-ignore。']);
    const byFile = await runInProcess(['a.md', '-f', 'json'], dir);
    expect((JSON.parse(byFile.stdout) as { messages: { message: string }[] }[])[0].messages[0].message).toContain('忽略文件 .xxgklintignore 排除');
  });

  it('--ignore-path replaces the ignore files found; a missing one stops the run (exit 2)', async () => {
    write(dir, 'a.md');
    write(dir, 'b.md');
    write(dir, '.xxgklintignore', 'a.md\n');
    write(dir, 'conf/my-ignore', '/b.md\n');
    expect(await lintedFiles(['a.md', 'b.md', '--ignore-path', 'conf/my-ignore'], dir)).toEqual(['a.md', 'b.md']);
    write(dir, 'my-ignore', '/b.md\n');
    expect(await lintedFiles(['.', '--ignore-path', 'my-ignore'], dir)).toEqual(['a.md']);
    const missing = await runInProcess(['.', '--ignore-path', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('xxgk-lint：找不到忽略文件 “nope”：请检查 --ignore-path 的路径。\n');
  });
});
