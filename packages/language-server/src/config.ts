import path from 'node:path';
import { ConfigError, ConfigResolver } from '@xxgk-lint/core';
import type { RuleSet, Settings } from '@xxgk-lint/core';

/** The editor's settings for xxgk-lint (VS Code: xxgkLint.*). */
export interface ServerSettings {
  /** false: lint nothing, show nothing */
  enable: boolean;
  /** use this one config file (like --config); relative to the document's workspace folder */
  configFile?: string;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true };

/** settings as the client sent them (initializationOptions or workspace configuration), checked */
export function readSettings(value: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const v = (value ?? {}) as Record<string, unknown>;
  const configFile = typeof v.configFile === 'string' && v.configFile.trim() !== '' ? v.configFile.trim() : undefined;
  return {
    enable: typeof v.enable === 'boolean' ? v.enable : base.enable,
    configFile: 'configFile' in v ? configFile : base.configFile,
  };
}

export type ResolvedFor =
  | { kind: 'config'; rules: RuleSet; settings: Settings; ignored: boolean; files: string[] }
  | { kind: 'error'; error: ConfigError };

/** The file names whose change may change a report's configuration. */
export const CONFIG_WATCH_PATTERN = '**/{.xxgklintrc,.xxgklintrc.*,xxgklint.config.*,package.json}';

export function isConfigFileName(file: string): boolean {
  const name = path.basename(file);
  return name === 'package.json' || name === '.xxgklintrc' || name.startsWith('.xxgklintrc.') || name.startsWith('xxgklint.config.');
}

/**
 * Configuration for open documents: the CLI's discovery (ConfigResolver), found
 * upward from each document's folder and cached per folder by the resolver.
 * `reset()` drops every cache (a config file changed).
 */
export class ConfigSource {
  private resolvers = new Map<string, ConfigResolver>();

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
    this.resolvers = new Map();
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

  private resolverFor(filePath: string): ConfigResolver {
    const { configFile } = this.settings;
    // a relative configFile is read from each workspace folder; otherwise one resolver serves all
    const cwd = configFile && !path.isAbsolute(configFile) ? this.folderOf(filePath) : (this.workspaceFolders[0] ?? process.cwd());
    const key = configFile ? cwd : '';
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver({ cwd, configFile });
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  async resolve(filePath: string): Promise<ResolvedFor> {
    try {
      const config = await this.resolverFor(filePath).resolveFor(filePath);
      return { kind: 'config', ...config };
    } catch (error) {
      if (error instanceof ConfigError) return { kind: 'error', error };
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'error', error: new ConfigError(`无法读取配置（${detail}）`) };
    }
  }
}
