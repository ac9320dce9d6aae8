import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = path.join(ROOT, 'packages/cli/bin/xxgk-lint.js');
export const SEEDS = path.join(ROOT, 'test/fixtures/corpus/seeds');
export const REAL = path.join(ROOT, 'test/fixtures/corpus/real');
/** seed 000 lacks parts 三 and 四 */
export const SEED_MISSING_PARTS = path.join(SEEDS, '000_f0d5aaeb41c6e798.txt');
export const SEED_README = path.join(SEEDS, '003_b44d1f36068b8b31.txt');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a child process (no colours, no stdin unless given). */
export function runBin(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `npm test` builds first; when the CLI tests run alone, build the CLI (and its
 * references) so the bin does not run stale output.
 */
export function ensureBuilt(): void {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', path.join(ROOT, 'packages/cli')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const built = existsSync(path.join(ROOT, 'packages/cli/dist/cli.js'));
  if (result.status !== 0 && !built) {
    throw new Error(`tsc -b packages/cli failed:\n${result.stdout}${result.stderr}`);
  }
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  fatal?: boolean;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  report?: { title?: string; year?: number };
}

export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}
