import path from 'node:path';
import { ConfigError, createLinter } from '@xxgk-lint/core';
import type { Linter, RuleSet, Settings } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import type { ServerSettings } from './settings.js';

/** files whose resolved config is kept */
const MAX_RESOLVED = 256;

export type ResolvedFor =
  | { kind: 'config'; linter: Linter; rules: RuleSet; settings: Settings; ignored: boolean; files: string[] }
  | { kind: 'error'; error: ConfigError };

/**
 * Configuration and linting for open documents: the CLI's linter (the one
 * API), config found upward from each document's folder and cached per
 * folder. `reset()` drops every cache (a config file changed).
 */
export class ConfigSource {
  private linters = new Map<string, Linter>();
  /** each file's resolution (its config may depend on its name: `files`, `ignores`), until reset */
  private resolved = new Map<string, Promise<ResolvedFor>>();

  constructor(
    private settings: ServerSettings,
    private workspaceFolders: string[],
  ) {}

  get current(): ServerSettings {
    return this.settings;
  }

  get folders(): string[] {
    return this.workspaceFolders;
  }

  update(settings: ServerSettings, workspaceFolders = this.workspaceFolders): void {
    this.settings = settings;
    this.workspaceFolders = workspaceFolders;
    this.reset();
  }

  reset(): void {
    this.linters = new Map();
    this.resolved = new Map();
  }

  /** the workspace folder that holds a file (the deepest), or the first folder */
  folderOf(filePath: string): string {
    let best: string | undefined;
    for (const folder of this.workspaceFolders) {
      const rel = path.relative(folder, filePath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    return best ?? this.workspaceFolders[0] ?? path.dirname(filePath);
  }

  private linterFor(filePath: string): Linter {
    const { configFile } = this.settings;
    // a relative configFile is read from each workspace folder; otherwise one linter serves all
    const cwd = configFile && !path.isAbsolute(configFile) ? this.folderOf(filePath) : (this.workspaceFolders[0] ?? process.cwd());
    const key = configFile ? cwd : '';
    let linter = this.linters.get(key);
    if (!linter) {
      linter = this.settings.restricted
        ? createLinter({ ...nationalDefaults, cwd, noConfig: true })
        : createLinter({ ...nationalDefaults, cwd, configFile, allowJsConfig: this.settings.allowJsConfig });
      this.linters.set(key, linter);
    }
    return linter;
  }

  /** the config of `filePath`, resolved once until reset (core reads config files once per linter anyway) */
  resolve(filePath: string): Promise<ResolvedFor> {
    let resolved = this.resolved.get(filePath);
    if (!resolved) {
      resolved = this.resolveNow(filePath);
      // a folder lint resolves every file in it: keep the most recent ones
      if (this.resolved.size >= MAX_RESOLVED) this.resolved.delete(this.resolved.keys().next().value as string);
      this.resolved.set(filePath, resolved);
    }
    return resolved;
  }

  private async resolveNow(filePath: string): Promise<ResolvedFor> {
    try {
      const linter = this.linterFor(filePath);
      const config = await linter.configFor(filePath);
      return { kind: 'config', linter, ...config };
    } catch (error) {
      if (error instanceof ConfigError) return { kind: 'error', error };
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'error', error: new ConfigError(`无法读取配置（${detail}）`) };
    }
  }
}
