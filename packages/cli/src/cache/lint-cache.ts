import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LintResult, Linter } from '@xxgk-lint/core';
import type { JobConfig, Task } from '../batch/job.js';
import type { Runner } from '../batch/runner.js';

import { CACHE_FILE } from './cache-file.js';

export { CACHE_FILE };

/** bumped when what is stored changes shape: an older file is then simply not used */
const SCHEMA = 1;

interface Stored {
  schema: number;
  /** the tool version that wrote it: another version's results are not reused */
  version: string;
  entries: Record<string, { key: string; result: LintResult }>;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

export interface LintCache {
  /** the runner, with every lint whose key is stored answered from the cache (the others run and are stored) */
  wrap(runner: Runner, linter: Linter, config: JobConfig): Runner;
  /** write the cache file; a warning to show when it cannot be written */
  save(): string | undefined;
  readonly file: string;
  readonly stats: CacheStats;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function hashOfFile(file: string): string | undefined {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** --cache-location: a folder (existing, or written with a trailing slash) holds .xxgklintcache; anything else is the file */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, CACHE_FILE);
  const abs = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(abs) && statSync(abs).isDirectory());
  return isDir ? path.join(abs, CACHE_FILE) : abs;
}

function load(file: string, version: string): { entries: Stored['entries']; warning?: string } {
  if (!existsSync(file)) return { entries: {} };
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
    if (typeof stored !== 'object' || stored === null || typeof stored.entries !== 'object' || stored.entries === null) throw new Error('不是 xxgk-lint 的缓存');
    // another schema or tool version: start afresh, silently (an upgrade is no fault)
    if (stored.schema !== SCHEMA || stored.version !== version) return { entries: {} };
    return { entries: stored.entries };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { entries: {}, warning: `缓存文件 “${file}” 已损坏（${detail}），本次不使用并将重写。` };
  }
}

/**
 * The lint cache (--cache): a file's stored result is reused while the key
 * is the same — the file's bytes, the bytes of the previous-year report it
 * was paired with, its resolved configuration (every rule's level, options
 * and meta, the settings, and the bytes of every config file that took
 * part), the run's own switches and the tool version. --fix,
 * --fix-dry-run and --stdin do not use it.
 */
export function openCache(file: string, version: string, warn: (message: string) => void): LintCache {
  const loaded = load(file, version);
  if (loaded.warning) warn(loaded.warning);
  const old = loaded.entries;
  const fresh: Stored['entries'] = {};
  const stats: CacheStats = { hits: 0, misses: 0 };
  const configHashes = new Map<string, Promise<string>>();

  const configHash = (linter: Linter, filePath: string): Promise<string> => {
    const dir = path.dirname(filePath);
    let hash = configHashes.get(filePath);
    if (!hash) {
      hash = linter.configFor(filePath).then((config) =>
        sha256(
          JSON.stringify({
            rules: Object.entries(config.rules)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([id, e]) => [id, e.severity, e.options, e.rule.meta]),
            settings: config.settings,
            ignored: config.ignored,
            files: config.files.map((f) => [f, hashOfFile(f)]),
            dir,
          }),
        ),
      );
      configHashes.set(filePath, hash);
    }
    return hash;
  };

  const keyOf = async (task: Task, linter: Linter, config: JobConfig): Promise<{ slot: string; key: string } | undefined> => {
    if (task.kind !== 'lint') return undefined;
    const { filePath, previous, named } = task.job;
    const content = hashOfFile(filePath);
    if (content === undefined) return undefined;
    const previousContent = previous === false ? null : (hashOfFile(previous) ?? 'unreadable');
    let settings: string;
    try {
      settings = await configHash(linter, filePath);
    } catch {
      // a config that cannot be used: the lint says so, every time
      return undefined;
    }
    const run = [config.cliRules, config.reportUnusedDisableDirectives, config.slim, config.noConfig, config.configFile, config.allowJsConfig, named];
    return { slot: `${filePath}\0${previous === false ? '' : previous}`, key: sha256(JSON.stringify([version, content, previous, previousContent, settings, run])) };
  };

  return {
    file,
    stats,
    wrap(runner, linter, config) {
      const cached = Object.create(runner) as Runner;
      cached.run = async (task) => {
        const id = await keyOf(task, linter, task.kind === 'lint' ? task.job.config : config);
        if (!id) return runner.run(task);
        const hit = old[id.slot] ?? fresh[id.slot];
        if (hit && hit.key === id.key) {
          stats.hits++;
          fresh[id.slot] = hit;
          return { ok: true, value: hit.result };
        }
        stats.misses++;
        const outcome = await runner.run(task);
        // only what the linter said: a file over its time or memory is tried again next run
        if (outcome.ok && outcome.value !== null) fresh[id.slot] = { key: id.key, result: outcome.value as LintResult };
        return outcome;
      };
      return cached;
    },
    save() {
      const entries: Stored['entries'] = {};
      // results of files not linted this time are kept while the file is there
      for (const [slot, entry] of Object.entries(old)) if (existsSync(slot.split('\0')[0])) entries[slot] = entry;
      Object.assign(entries, fresh);
      const stored: Stored = { schema: SCHEMA, version, entries };
      const temp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temp, JSON.stringify(stored));
        renameSync(temp, file);
        return undefined;
      } catch (error) {
        rmSync(temp, { force: true });
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        return `无法写入缓存文件 “${file}”（${code}）：结果照常输出，下次运行不能用缓存。请检查 --cache-location 的路径和权限。`;
      }
    },
  };
}
