import path from 'node:path';
import type { KnownPacks } from '../config/held-packs.js';
import type { ConfigData, RuleConfigValue } from '../config/merge.js';
import { ConfigResolver } from '../config/resolver.js';
import { createLinterWith } from './create.js';
import type { EngineOptions } from './create.js';
import { readReportFile } from './node-files.js';
import type { Linter } from './types.js';

export interface LinterOptions extends EngineOptions {
  /** file names are relative to this; config files are found from each file's folder upward (default: process.cwd()) */
  cwd?: string;
  /** use this one config file instead of searching */
  configFile?: string;
  /** no config files at all: the defaults alone */
  noConfig?: boolean;
  /** settings applied last, as `--rule 'id: severity'` */
  cliRules?: Record<string, RuleConfigValue>;
  /** the config where no config file applies; front ends pass the national recommended rules */
  defaults?: ConfigData;
  /** packs the front end already holds, by package name: `extends` naming them loads nothing */
  packs?: KnownPacks;
  /** --allow-js-config: run JavaScript configs and packs inside the tree being linted (below cwd) too; by default they are reported, not run */
  allowJsConfig?: boolean;
}

/** The one linting API on Node: config files found on disk, files read from disk. */
export function createLinter(options: LinterOptions = {}): Linter {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({
    cwd,
    configFile: options.configFile,
    useConfigFiles: options.noConfig !== true,
    cliRules: options.cliRules,
    defaults: options.defaults,
    packs: options.packs,
    allowJsConfig: options.allowJsConfig,
  });
  return createLinterWith(
    {
      configFor: (filePath) => resolver.resolveFor(filePath),
      readFile: readReportFile,
      resolvePath: (filePath) => (filePath.startsWith('<') ? path.join(cwd, filePath) : path.resolve(cwd, filePath)),
    },
    options,
  );
}
