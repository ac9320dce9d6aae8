import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { compileDeclarativeFile as compileDeclarative } from './declarative-file.js';
import { ConfigError } from './errors.js';
import type { ConfigData, Located, ResolvedConfig, RuleConfigValue, Step } from './merge.js';
import { mergeSteps, nowhere } from './merge.js';
import type { KnownPacks } from './held-packs.js';
import { resolveExtends } from './packs.js';
import type { ParsedConfigText } from './source-map.js';
import { parseConfigText } from './source-map.js';
import { checkConfigShape } from './shape.js';
import { stepsOfConfig } from './steps.js';

export const CONFIG_FILES = [
  'package.json',
  '.xxgklintrc',
  '.xxgklintrc.json',
  '.xxgklintrc.yaml',
  '.xxgklintrc.yml',
  '.xxgklintrc.js',
  '.xxgklintrc.mjs',
  '.xxgklintrc.cjs',
  'xxgklint.config.js',
  'xxgklint.config.mjs',
  'xxgklint.config.cjs',
];

export interface ResolverOptions {
  cwd?: string;
  /** use this one config file instead of searching */
  configFile?: string;
  /** false: no config files at all (the defaults alone) */
  useConfigFiles?: boolean;
  /** --rule 'id: severity' from the command line, applied last */
  cliRules?: Record<string, RuleConfigValue>;
  /** the config used where no config file applies (the front end's, e.g. extends the national recommended rules) */
  defaults?: ConfigData;
  /** packs the front end already holds, by package name: `extends` naming them loads nothing from disk */
  packs?: KnownPacks;
}

/**
 * Config discovery on disk: from each file's folder upward (stopping at
 * `root: true`), each config file's `extends` first, then the merge
 * (merge.ts). Caches per folder and per config file.
 */
export class ConfigResolver {
  private readonly cwd: string;
  private readonly explorer = cosmiconfig('xxgklint', {
    searchPlaces: CONFIG_FILES,
    searchStrategy: 'none',
    loaders: {
      '.json': (file, text) => this.parseText(file, text),
      '.yaml': (file, text) => this.parseText(file, text),
      '.yml': (file, text) => this.parseText(file, text),
      noExt: (file, text) => this.parseText(file, text),
    },
  });
  private readonly parsed = new Map<string, ParsedConfigText>();
  private readonly stepsCache = new Map<string, Promise<Step[]>>();
  private readonly dirCache = new Map<string, Promise<string[]>>();
  private defaultSteps: Promise<Step[]> | undefined;

  constructor(private readonly options: ResolverOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
  }

  private parseText(file: string, text: string): unknown {
    const parsed = parseConfigText(text, file);
    this.parsed.set(file, parsed);
    return parsed.value;
  }

  private locate(file: string): Located {
    const parsed = this.parsed.get(file);
    const prefix = file.endsWith('package.json') ? ['xxgklint'] : [];
    return { origin: 'file', file, lineOf: (path) => parsed?.lineOf([...prefix, ...path]) };
  }

  /** config files that apply to a directory, farthest first, stopping at root: true */
  private configFilesFor(dir: string): Promise<string[]> {
    let cached = this.dirCache.get(dir);
    if (!cached) {
      cached = (async () => {
        const found = await this.load(dir);
        const parent = dirname(dir);
        const own = found ? [found.file] : [];
        if ((found?.data as ConfigData | undefined)?.root === true || parent === dir) return own;
        return [...(await this.configFilesFor(parent)), ...own];
      })();
      this.dirCache.set(dir, cached);
    }
    return cached;
  }

  private async load(dir: string): Promise<{ file: string; data: unknown } | null> {
    try {
      const result = await this.explorer.search(dir);
      return result && !result.isEmpty ? { file: result.filepath, data: result.config } : null;
    } catch (error) {
      throw this.asConfigError(error, dir);
    }
  }

  private async loadFile(file: string): Promise<unknown> {
    try {
      const ext = extname(file);
      if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return (await this.explorer.load(file))?.config;
      return this.parseText(file, readFileSync(file, 'utf8'));
    } catch (error) {
      throw this.asConfigError(error, file);
    }
  }

  private asConfigError(error: unknown, where: string): ConfigError {
    if (error instanceof ConfigError) return error;
    const e = error as NodeJS.ErrnoException & { filepath?: string };
    if (e.code === 'ENOENT') return new ConfigError('文件不存在', e.path ?? where);
    return new ConfigError(`无法读取（${e.message?.split('\n')[0] ?? String(error)}）`, e.filepath ?? where);
  }

  /** the merge steps of one config file, its extends first */
  private stepsOf(file: string, data?: unknown, seen: string[] = []): Promise<Step[]> {
    let cached = this.stepsCache.get(file);
    if (!cached) {
      cached = this.computeSteps(file, data, seen);
      this.stepsCache.set(file, cached);
    }
    return cached;
  }

  private async computeSteps(file: string, data: unknown, seen: string[]): Promise<Step[]> {
    if (seen.includes(file)) throw new ConfigError(`extends 形成了循环：${[...seen, file].join(' → ')}`, file);
    const raw = data ?? (await this.loadFile(file));
    const from = this.locate(file);
    const config = checkConfigShape(raw, { file, lineOf: from.lineOf }) as ConfigData;
    return this.stepsOfData(config, from, dirname(file), [...seen, file]);
  }

  /** the steps of a config's content, `extends` resolved on disk (or among the packs held) */
  private stepsOfData(config: ConfigData, from: Located, dir: string, seen: string[]): Promise<Step[]> {
    return stepsOfConfig(config, from, dir, {
      resolveExtends: (specifier, fromDir) => resolveExtends(specifier, fromDir, this.options.packs),
      stepsOfFile: (file) => this.stepsOf(file, undefined, seen),
      compile: compileDeclarative,
    });
  }

  private defaultsSteps(): Promise<Step[]> {
    this.defaultSteps ??= this.stepsOfData(this.options.defaults ?? {}, nowhere('defaults'), this.cwd, []);
    return this.defaultSteps;
  }

  /** The rules, severities, options and settings that apply to one file. */
  async resolveFor(filePath: string): Promise<ResolvedConfig> {
    const absolute = resolve(this.cwd, filePath);
    let files: string[];
    if (this.options.configFile) files = [resolve(this.cwd, this.options.configFile)];
    else if (this.options.useConfigFiles === false) files = [];
    else files = await this.configFilesFor(dirname(absolute));
    const steps: Step[] = files.length === 0 ? [...(await this.defaultsSteps())] : [];
    for (const file of files) steps.push(...(await this.stepsOf(file, this.options.configFile ? undefined : await this.dataOf(file))));
    if (this.options.cliRules) steps.push({ kind: 'rules', rules: this.options.cliRules, from: nowhere('command-line'), path: [] });
    return { ...mergeSteps(steps, absolute), files };
  }

  private async dataOf(file: string): Promise<unknown> {
    return (await this.load(dirname(file)))?.data;
  }
}
