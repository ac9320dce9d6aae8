import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, runBin, tempDir } from './helpers.js';

const GUIDE = path.join(ROOT, 'test/fixtures/guide/安居区');
const GUIDE_REPORT = path.join(GUIDE, '乡镇/某镇2022年报告.txt');

interface JsonResult {
  messages: { ruleId: string | null; severity: number; line: number; column: number; message: string; fatal?: boolean }[];
  output?: string;
}

function lintJson(args: string[], cwd = ROOT): { status: number | null; results: JsonResult[]; stderr: string } {
  const run = runBin([...args, '--format', 'json'], { cwd });
  return { status: run.status, results: run.stdout ? (JSON.parse(run.stdout) as JsonResult[]) : [], stderr: run.stderr };
}

/** the guide's report has 76 half-width marks on 19 lines (national/fullwidth-punctuation: 19 findings): counted apart */
const findings = (r: JsonResult) => r.messages.filter((m) => m.ruleId !== 'national/fullwidth-punctuation').map((m) => `${m.ruleId}@${m.line}:${m.severity}`);
const halfWidth = (r: JsonResult) => r.messages.filter((m) => m.ruleId === 'national/fullwidth-punctuation').length;
/** --fix with the county's replacement alone (the national punctuation fix is tested in fix-rules.test.ts) */
const COUNTY_FIX_ONLY = ['--rule', 'national/fullwidth-punctuation: off'];

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function copyOfGuide(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  cpSync(GUIDE, path.join(dir, '安居区'), { recursive: true });
  return path.join(dir, '安居区');
}

beforeAll(() => ensureBuilt(), 200_000);

describe('the county guide (docs/guide-county-rules.md)', () => {
  it('shows the fixture config word for word', () => {
    const guide = readFileSync(path.join(ROOT, 'docs/guide-county-rules.md'), 'utf8');
    const config = readFileSync(path.join(GUIDE, '.xxgklintrc.yml'), 'utf8');
    expect(guide).toContain(`\`\`\`yaml\n${config}\`\`\``);
  });

  it('national + 四川 pack, one rule off, one raised to error, a forbid-phrase and a max-length: exactly those changes', () => {
    const baseline = lintJson(['--no-config', GUIDE_REPORT]);
    expect(findings(baseline.results[0])).toEqual([
      'national/contact-info@1:1',
      'national/legal-citation@1:1',
      'national/report-title@1:1',
      'national/statistical-period@2:1',
      'national/publication-deadline@617:1',
    ]);
    expect(halfWidth(baseline.results[0])).toBe(19);
    const county = lintJson([GUIDE_REPORT]);
    expect(county.status).toBe(1);
    expect(findings(county.results[0])).toEqual([
      'sichuan/statistical-period@1:2',
      'national/legal-citation@1:1',
      'national/report-title@1:2',
      'anju/overview-length@2:1',
      'anju/abbreviation@8:1',
      'national/publication-deadline@617:1',
    ]);
    const messages = county.results[0].messages.map((m) => m.message);
    expect(messages).toContain('总体情况共 576 字，本区要求不超过 500 字：请压缩，把细节放到后面的表格里。');
    expect(messages).toContain('“区府”不是规范简称：请写“区委、区政府”。');
  });

  it('--fix applies the replacement, and a second --fix changes nothing', () => {
    const dir = copyOfGuide();
    const report = path.join(dir, '乡镇/某镇2022年报告.txt');
    const before = readFileSync(report, 'utf8');
    const fixed = lintJson(['--fix', report, ...COUNTY_FIX_ONLY], dir);
    const after = readFileSync(report, 'utf8');
    expect(after).toBe(before.replace('区委、区府', '区委、区政府'));
    expect(findings(fixed.results[0])).not.toContain('anju/abbreviation@8:1');
    lintJson(['--fix', report, ...COUNTY_FIX_ONLY], dir);
    expect(readFileSync(report, 'utf8')).toBe(after);
  });

  it('--fix-dry-run prints the diff and writes nothing', () => {
    const dir = copyOfGuide();
    const report = path.join(dir, '乡镇/某镇2022年报告.txt');
    const before = readFileSync(report, 'utf8');
    const run = runBin(['--fix-dry-run', report], { cwd: dir });
    expect(run.stdout).toContain('-我镇严格遵循');
    expect(run.stdout).toMatch(/\+我镇严格遵循.*区委、区政府/);
    expect(readFileSync(report, 'utf8')).toBe(before);
  });

  it('--fix keeps a GBK file GBK', () => {
    const dir = copyOfGuide();
    const report = path.join(dir, '乡镇/某镇2022年报告.txt');
    const text = readFileSync(report, 'utf8');
    writeFileSync(report, iconv.encode(text, 'gbk'));
    lintJson(['--fix', report, ...COUNTY_FIX_ONLY], dir);
    const bytes = readFileSync(report);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(iconv.decode(bytes, 'gb18030')).toBe(text.replace('区委、区府', '区委、区政府'));
  });

  it('--test-rules runs the examples of a rules folder', () => {
    const run = runBin(['--test-rules', path.join(GUIDE, '规则')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ anju/fee-wording：2 个示例通过');
  });

  it('--print-config prints the resolved rules and settings', () => {
    const run = runBin(['--print-config', GUIDE_REPORT]);
    const config = JSON.parse(run.stdout) as { configFiles: string[]; rules: Record<string, unknown>; settings: Record<string, unknown> };
    expect(config.configFiles).toEqual([path.join(GUIDE, '.xxgklintrc.yml')]);
    expect(config.rules['national/report-title']).toBe('error');
    expect(config.rules['national/contact-info']).toBeUndefined();
    expect(config.rules['anju/fee-wording']).toBe('warn');
    expect(config.settings).toMatchObject({ bodyKind: 'township', region: { county: '安居区' } });
  });

  it('--rule on the command line comes last', () => {
    const run = lintJson([GUIDE_REPORT, '--rule', 'national/report-title: "off"', '--rule', 'anju/overview-length: off']);
    expect(findings(run.results[0])).toEqual(['sichuan/statistical-period@1:2', 'national/legal-citation@1:1', 'anju/abbreviation@8:1', 'national/publication-deadline@617:1']);
  });

  it('a --rule for a pack only the linted folder has works in every output (the pretty path too), run from the repository root', () => {
    const run = runBin([GUIDE_REPORT, '--rule', 'anju/overview-length: off']);
    expect(run.stderr).not.toContain('未知的规则');
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('anju/overview-length');
    expect(run.stdout).toContain('anju/abbreviation');
  });
});

describe('a broken config stops the run with exit 2 and names the file, key and line', () => {
  const cases: [string, string, RegExp][] = [
    ['a catastrophic regex', 'root: true\ncustomRules:\n  - id: c/x\n    type: forbid-phrase\n    regex: true\n    phrase: "(a+)+$"\n', /第 6 行 “customRules\.0\.phrase”：正则表达式 “\(a\+\)\+\$” 被拒绝/],
    ['an unknown rule id', 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/contact-inf: "off"\n', /第 4 行 “national\/contact-inf”：未知的规则 id（是不是 “national\/contact-info”？）/],
    ['a wrong option type', 'root: true\nextends: "@xxgk-lint/rules-provincial/hunan-huaihua"\nrules:\n  hunan-huaihua/publication-deadline: [error, {countyLevel: 220}]\n', /第 4 行 “hunan-huaihua\/publication-deadline\.countyLevel”：选项应为文字/],
    ['a YAML syntax error', 'root: true\nrules:\n  national/contact-info: [warn\n  x: 1\n', /第 4 行：语法错误/],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      writeFileSync(path.join(dir, '.xxgklintrc.yml'), yaml);
      writeFileSync(path.join(dir, 'r.txt'), readFileSync(GUIDE_REPORT));
      const run = runBin(['r.txt'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`配置文件 ${path.join(dir, '.xxgklintrc.yml')}`);
      expect(run.stderr).toMatch(expected);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('--init', () => {
  it('writes a commented starter config that extends national and the province pack, and never overwrites', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const run = runBin(['--init', '--province', '湖南省', '--city', '怀化市', '--county', '某县', '--body-kind', '乡镇'], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(path.join(dir, '.xxgklintrc.yml'), 'utf8');
    expect(text).toContain('"@xxgk-lint/rules-national/recommended"');
    expect(text).toContain('"@xxgk-lint/rules-provincial/hunan-huaihua"');
    expect(text).toContain('bodyKind: township');
    expect(text).toContain('# ');
    writeFileSync(path.join(dir, 'r.txt'), readFileSync(GUIDE_REPORT));
    const config = JSON.parse(runBin(['--print-config', 'r.txt'], { cwd: dir }).stdout) as { rules: Record<string, unknown> };
    expect(config.rules['hunan-huaihua/signature-block']).toBe('warn');
    const again = runBin(['--init', '--province', '湖南省'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('没有覆盖');
    expect(readFileSync(path.join(dir, '.xxgklintrc.yml'), 'utf8')).toBe(text);
  });

  it('a province without a found source gets no invented pack', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    expect(runBin(['--init', '--province', '浙江省'], { cwd: dir }).status).toBe(0);
    const text = readFileSync(path.join(dir, '.xxgklintrc.yml'), 'utf8');
    expect(text).not.toContain('rules-provincial/');
    expect(text).toContain('暂无规则包');
  });
});
