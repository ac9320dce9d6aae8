/**
 * Inline control from the command line: directives in real reports, the
 * suppressed findings in JSON, --report-unused-disable-directives (and its fix).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { REAL, tempDir } from './helpers.js';

interface Message {
  ruleId: string | null;
  severity: number;
  line: number;
  message: string;
  fix?: unknown;
  suppressions?: { kind: string; justification: string }[];
}
interface Result {
  messages: Message[];
  suppressedMessages: Message[];
  errorCount: number;
  warningCount: number;
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    env: {},
    isTTY: false,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

async function json(argv: string[]): Promise<Result> {
  const r = await run(['--no-config', '--format', 'json', ...argv]);
  return (JSON.parse(r.stdout) as Result[])[0];
}

/** a copy of a corpus report with some lines (1-based) replaced */
function copy(name: string, as: string, replace: Record<number, string>): string {
  const lines = readFileSync(path.join(REAL, name), 'utf8').split('\n');
  for (const [n, text] of Object.entries(replace)) lines[Number(n) - 1] = text;
  const file = path.join(dir, as);
  writeFileSync(file, lines.join('\n'));
  return file;
}

const HONGZE = 'jiangsu-huaian-hongzequ-2023.txt';
const HUAIAN = 'jiangsu-huaian-shi-2024.txt';
const ids = (messages: Message[]) => messages.map((m) => `${m.ruleId} ${m.line}`);

describe('a directive naming a rule that is off', () => {
  it('is accepted: the rule exists (the editor says the same)', async () => {
    const file = copy(HUAIAN, '淮安.md', { 3: '<!-- xxgk-lint-disable national/part-six-items -- 本报告第六部分另行说明 -->' });
    const result = await json([file]);
    expect(result.messages.filter((m) => m.message.includes('不存在'))).toEqual([]);
  });
});

describe('directives in a real report', () => {
  it('洪泽区 2023: disable … enable around table 四 moves its two findings to suppressedMessages, with the reason', async () => {
    const plain = await json([copy(HONGZE, 'plain.txt', {})]);
    expect(ids(plain.messages)).toContain('national/review-litigation-total 149');

    const file = copy(HONGZE, '洪泽.txt', {
      134: '<!-- xxgk-lint-disable national/review-litigation-total -- 已向区司法局核实 -->',
      150: '<!-- xxgk-lint-enable national/review-litigation-total -->',
    });
    const result = await json([file]);
    expect(result.messages.filter((m) => m.ruleId === 'national/review-litigation-total')).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['national/review-litigation-total', 149, [{ kind: 'directive', justification: '已向区司法局核实' }]],
      ['national/review-litigation-total', 149, [{ kind: 'directive', justification: '已向区司法局核实' }]],
    ]);
    expect(result.suppressedMessages[0].message).toContain('10+1+0+0 = 11，但总计为 0');
    expect(result.errorCount).toBe(plain.errorCount - 2);
  });

  it('pretty output does not show suppressed findings', async () => {
    const file = copy(HONGZE, '洪泽.txt', { 134: '<!-- xxgk-lint-disable national/review-litigation-total -- 已核实 -->' });
    const r = await run(['--no-config', file]);
    expect(r.stdout).not.toContain('national/review-litigation-total');
  });

  it('a rule turned off is still a known name; a misspelt one is a warning', async () => {
    const file = copy(HUAIAN, '淮安.txt', { 3: '<!-- xxgk-lint-disable national/contact-info national/contact-infos -->' });
    const result = await json([file, '--rule', 'national/contact-info: off']);
    const warnings = result.messages.filter((m) => m.ruleId === null);
    expect(warnings.map((m) => [m.line, m.severity, m.message])).toEqual([
      [3, 1, '行内控制注释中的规则“national/contact-infos”不存在，对它的控制不起作用。请检查规则名的拼写（--print-config 可列出适用的规则）。'],
    ]);
  });

  it('a Markdown report: disable-file for one rule', async () => {
    const file = path.join(dir, '草稿.md');
    writeFileSync(
      file,
      [
        '# 某某镇人民政府2024年政府信息公开工作年度报告',
        '',
        '<!-- xxgk-lint-disable-file national/required-parts -- 草稿，后几部分待补 -->',
        '',
        '## 一、总体情况',
        '',
        '本年度工作正常开展。',
        '',
        '## 二、主动公开政府信息情况',
        '',
      ].join('\n'),
    );
    const plain = await json([file]);
    expect(plain.messages.some((m) => m.ruleId === 'national/required-parts')).toBe(false);
    // parts 三 to 六 missing from a draft that stops after 二: one excerpt finding, suppressed
    expect(plain.suppressedMessages.filter((m) => m.ruleId === 'national/required-parts').map((m) => m.messageId)).toEqual(['excerpt']);
  });
});

describe('--report-unused-disable-directives', () => {
  const stale = '<!-- xxgk-lint-disable-next-line national/row-total -- 去年的表有误 -->';

  it('off: a stale directive is silent; on: one warning, ruleId null, with a fix', async () => {
    const file = copy(HUAIAN, '淮安.txt', { 3: stale });
    expect((await json([file])).messages.filter((m) => m.ruleId === null)).toEqual([]);
    const result = await json([file, '--report-unused-disable-directives']);
    const unused = result.messages.filter((m) => m.ruleId === null);
    expect(unused.map((m) => [m.line, m.severity, m.message])).toEqual([
      [3, 1, '多余的行内控制注释：xxgk-lint-disable-next-line 没有屏蔽任何问题（此处没有 “national/row-total” 的问题），可以删除。'],
    ]);
    expect(unused[0].fix).toBeDefined();
    // a warning, so the exit code does not change
    expect((await run(['--no-config', file, '--report-unused-disable-directives'])).code).toBe(0);
  });

  it('--fix removes the stale directive line and nothing else besides the usual fixes', async () => {
    const withFlag = copy(HUAIAN, 'a.txt', { 3: stale });
    const without = copy(HUAIAN, 'b.txt', { 3: stale });
    await run(['--no-config', '--fix', '--report-unused-disable-directives', withFlag]);
    await run(['--no-config', '--fix', without]);
    const fixedWith = readFileSync(withFlag, 'utf8');
    const fixedWithout = readFileSync(without, 'utf8');
    expect(fixedWithout).toContain(stale);
    expect(fixedWith).not.toContain('xxgk-lint');
    expect(fixedWith).toBe(fixedWithout.replace(`${stale}\n`, ''));
  });

  it('a directive that is used is not reported', async () => {
    const file = copy(HONGZE, '洪泽.txt', { 134: '<!-- xxgk-lint-disable national/review-litigation-total -- 已核实 -->' });
    const result = await json([file, '--report-unused-disable-directives']);
    expect(result.messages.filter((m) => m.ruleId === null)).toEqual([]);
  });
});
