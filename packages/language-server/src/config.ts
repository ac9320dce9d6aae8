import path from 'node:path';
import { ConfigError, createLinter } from '@xxgk-lint/core';
import type { Linter, RuleSet, Settings } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import type { ServerSettings } from './settings.js';

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

  async resolve(filePath: string): Promise<ResolvedFor> {
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
