import path from 'node:path';

// What the main thread needs of the configuration: the editor's settings and which
// files are configs. Resolving configs and linting (config.ts) happen in the lint worker.

/** The editor's settings for xxgk-lint (VS Code: xxgkLint.*). */
export interface ServerSettings {
  /** false: lint nothing, show nothing */
  enable: boolean;
  /** use this one config file (like --config); relative to the document's workspace folder */
  configFile?: string;
  /** run JavaScript configs found in the workspace's sub-folders (like --allow-js-config) */
  allowJsConfig: boolean;
  /**
   * the workspace is not trusted (VS Code's Restricted Mode): lint with the
   * national defaults alone, reading no config file and loading no pack from it
   */
  restricted: boolean;
}

const DEFAULT_SETTINGS: ServerSettings = { enable: true, allowJsConfig: false, restricted: false };

/** settings as the client sent them (initializationOptions or workspace configuration), checked */
export function readSettings(value: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const v = (value ?? {}) as Record<string, unknown>;
  const configFile = typeof v.configFile === 'string' && v.configFile.trim() !== '' ? v.configFile.trim() : undefined;
  return {
    enable: typeof v.enable === 'boolean' ? v.enable : base.enable,
    configFile: 'configFile' in v ? configFile : base.configFile,
    allowJsConfig: typeof v.allowJsConfig === 'boolean' ? v.allowJsConfig : base.allowJsConfig,
    restricted: typeof v.restricted === 'boolean' ? v.restricted : base.restricted,
  };
}

/** The file names whose change may change a report's configuration. */
export const CONFIG_WATCH_PATTERN = '**/{.xxgklintrc,.xxgklintrc.*,xxgklint.config.*,package.json}';

export function isConfigFileName(file: string): boolean {
  const name = path.basename(file);
  return name === 'package.json' || name === '.xxgklintrc' || name.startsWith('.xxgklintrc.') || name.startsWith('xxgklint.config.');
}
