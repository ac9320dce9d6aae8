/**
 * The built page, packages/web/dist/xxgk-lint.html: built with
 * `npm run build:web` when it is missing or older than anything it is made
 * from (the web package, core, the rule packs and their docs). Test files
 * running at the same time build it once: a lock folder makes the others wait.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const pageFile = path.join(root, 'packages/web/dist/xxgk-lint.html');
export const pageUrl = pathToFileURL(pageFile).href;

/** what the page is made from: a change in any of these makes it stale */
const SOURCES = [
  'packages/web',
  'packages/core/src',
  'packages/core/package.json',
  'packages/rules-national/src',
  'packages/rules-national/docs',
  'packages/rules-provincial/src',
  'packages/rules-provincial/packs',
  'packages/rules-provincial/docs',
];
const SKIP = new Set(['dist', 'node_modules', 'test', '.cache']);

function newest(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(file)) {
    if (SKIP.has(entry) || entry.endsWith('.tsbuildinfo')) continue;
    latest = Math.max(latest, newest(path.join(file, entry)));
  }
  return latest;
}

/** the page's age against its sources: why it must be built, or undefined when it is up to date */
export function staleReason(): string | undefined {
  if (!existsSync(pageFile)) return '页面还没有构建';
  const built = statSync(pageFile).mtimeMs;
  const changed = SOURCES.find((source) => newest(path.join(root, source)) > built);
  return changed ? `页面比 ${changed} 旧` : undefined;
}

const LOCK = path.join(tmpdir(), `xxgk-lint-build-web-${Buffer.from(root).toString('hex').slice(-32)}.lock`);
const LOCK_STALE_MS = 10 * 60 * 1000;

function takeLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // gone meanwhile
    }
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** the page's file:// URL, built first when needed; throws with the build's output when it fails */
export async function ensurePage(): Promise<string> {
  if (!staleReason()) return pageUrl;
  while (!takeLock()) await sleep(500);
  try {
    const reason = staleReason();
    if (reason) {
      const built = spawnSync('npm', ['run', 'build:web'], { cwd: root, encoding: 'utf8', timeout: 5 * 60 * 1000 });
      if (built.status !== 0 || !existsSync(pageFile)) {
        throw new Error(`npm run build:web 失败（${reason}，退出码 ${built.status}）：\n${built.stdout}\n${built.stderr}`);
      }
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return pageUrl;
}
