import { describe, expect, it } from 'vitest';
import { asksForHelp, runCli } from '../src/cli.js';

/**
 * The help text's layout (help.js, string-width) loads only for a run that
 * asks for help (issue 14, start-up); such a run still gets the Chinese help
 * with its epilogue, and one that does not never needs it.
 */

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('asksForHelp', () => {
  it('-h, --help, and -h among short flags ask for help', () => {
    expect(asksForHelp(['-h'])).toBe(true);
    expect(asksForHelp(['--help'])).toBe(true);
    expect(asksForHelp(['报告.txt', '--quiet', '-h'])).toBe(true);
    expect(asksForHelp(['-qh'])).toBe(true);
  });

  it('paths, option values and anything after -- do not', () => {
    expect(asksForHelp([])).toBe(false);
    expect(asksForHelp(['报告.txt', '--format', 'html'])).toBe(false);
    expect(asksForHelp(['--', '-h'])).toBe(false);
    expect(asksForHelp(['--rule', 'national/hyphen: off', 'help.txt'])).toBe(false);
  });
});

describe('help through runCli', () => {
  for (const flag of ['-h', '--help']) {
    it(`${flag}: the Chinese help, options wrapped by display width, and the epilogue`, async () => {
      const { code, stdout } = await run([flag]);
      expect(code).toBe(0);
      expect(stdout).toContain('用法：');
      expect(stdout).toContain('选项：');
      expect(stdout).toContain('退出码：');
      expect(stdout).toContain('xxgk-lint --fix 报告.txt');
      expect(stdout).not.toMatch(/Usage:|display help/);
      for (const line of stdout.split('\n')) expect([...line].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)).toBeLessThanOrEqual(100);
    });
  }

  it('an unknown option is still said in Chinese without the help loaded', async () => {
    const { code, stderr } = await run(['--formt', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('未知选项 “--formt”（是否想用 --format？）');
  });
});
