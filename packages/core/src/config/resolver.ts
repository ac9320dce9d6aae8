import { dirname, extname, relative, resolve } from 'node:path';
import { cosmiconfig, defaultLoaders } from 'cosmiconfig';
import type { Loader } from 'cosmiconfig';
import { compileDeclarativeFile as compileDeclarative } from './declarative-file.js';
import { ConfigError, FolderConfigError, JS_NOT_RUN } from './errors.js';
import type { ConfigData, Located, ResolvedConfig, RuleConfigValue, Step } from './merge.js';
import { mergeSteps, nowhere } from './merge.js';
import type { KnownPacks } from './held-packs.js';
import { resolveExtends } from './packs.js';
import { checkConfigCandidates, readConfigFile } from './read-config-file.js';
import type { ParsedConfigText } from './source-map.js';
import { parseConfigText } from './source-map.js';
import { checkConfigShape } from './shape.js';
import { stepsOfConfig } from './steps.js';
import { ConfigTrust } from './trust.js';

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
  /** --allow-js-config: JavaScript configs and packs inside the tree being linted (below cwd) run too */
  allowJsConfig?: boolean;
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
      '.js': this.scriptLoader(defaultLoaders['.js']),
      '.mjs': this.scriptLoader(defaultLoaders['.mjs']),
      '.cjs': this.scriptLoader(defaultLoaders['.cjs']),
    },
  });
  private readonly trust: ConfigTrust;
  /** JavaScript config files an `extends` that may import them led to */
  private readonly mayRun = new Set<string>();
  /** every `extends` between config files seen so far: a new one that closes a loop is a cycle */
  private readonly extendsEdges = new Map<string, Set<string>>();
  private readonly parsed = new Map<string, ParsedConfigText>();
  private readonly stepsCache = new Map<string, Promise<Step[]>>();
  private readonly dirCache = new Map<string, Promise<string[]>>();
  /** merged config per chain of config files, for chains whose result is the same for every file they govern */
  private readonly mergedCache = new Map<string, Omit<ResolvedConfig, 'files'>>();
  private defaultSteps: Promise<Step[]> | undefined;

  constructor(private readonly options: ResolverOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.trust = new ConfigTrust({ cwd: this.cwd, configFile: options.configFile, allowJsConfig: options.allowJsConfig });
  }

  /** a JavaScript config runs only where the run trusts it (trust.ts) */
  private scriptLoader(load: Loader): Loader {
    return (file, text) => {
      if (!this.mayRun.has(file) && !this.trust.mayRunConfig(file)) throw new ConfigError(`这是 JavaScript 配置，${JS_NOT_RUN}`, file);
      return load(file, text);
    };
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
      checkConfigCandidates(dir, CONFIG_FILES);
      const result = await this.explorer.search(dir);
      return result && !result.isEmpty ? { file: result.filepath, data: result.config } : null;
    } catch (error) {
      const problem = this.asConfigError(error, dir);
      throw this.trust.governsRun(dir) ? problem : FolderConfigError.of(problem);
    }
  }

  private async loadFile(file: string): Promise<unknown> {
    try {
      const ext = extname(file);
      if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return (await this.explorer.load(file))?.config;
      return this.parseText(file, readConfigFile(file));
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

  /** the merge steps of one config file, its extends first; `trusted`: it may lead to JavaScript outside the linted tree */
  private stepsOf(file: string, data: unknown, seen: string[], trusted: boolean): Promise<Step[]> {
    const key = `${trusted ? 'trusted' : 'linted'}:${file}`;
    let cached = this.stepsCache.get(key);
    if (!cached) {
      cached = this.computeSteps(file, data, seen, trusted);
      this.stepsCache.set(key, cached);
    }
    return cached;
  }

  private async computeSteps(file: string, data: unknown, seen: string[], trusted: boolean): Promise<Step[]> {
    const raw = data ?? (await this.loadFile(file));
    const from = this.locate(file);
    const config = checkConfigShape(raw, { file, lineOf: from.lineOf }) as ConfigData;
    return this.stepsOfData(config, from, dirname(file), [...seen, file], trusted);
  }

  /** the steps of a config file an `extends` of the last of `seen` led to; a loop is a ConfigError (the extends line is added by steps.ts) */
  private stepsOfExtended(file: string, seen: string[], trusted: boolean): Promise<Step[]> {
    const chain = this.cycleThrough(seen, file);
    if (chain) {
      const dir = dirname(chain[0]);
      return Promise.reject(new ConfigError(`extends 形成了循环：${chain.map((f) => relative(dir, f) || f).join(' → ')}`));
    }
    // where a trusted config leads is the reviewer's choice: what it extends is trusted too
    return this.stepsOf(file, undefined, seen, trusted);
  }

  /**
   * The loop `extends` from the last of `seen` to `file` closes, or null. The
   * chain being resolved finds a loop within itself; the edges seen before find
   * one that two chains resolving at once would otherwise wait on for ever.
   */
  private cycleThrough(seen: string[], file: string): string[] | null {
    if (seen.includes(file)) return [...seen.slice(seen.indexOf(file)), file];
    const from = seen[seen.length - 1];
    if (from === undefined) return null;
    const back = this.pathBetween(file, from);
    if (back) return [from, ...back];
    let edges = this.extendsEdges.get(from);
    if (!edges) this.extendsEdges.set(from, (edges = new Set()));
    edges.add(file);
    return null;
  }

  /** a path of extends edges from `start` to `goal` (both included), or null */
  private pathBetween(start: string, goal: string): string[] | null {
    const previous = new Map<string, string>();
    const queue = [start];
    const visited = new Set(queue);
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i];
      if (at === goal) {
        const path = [at];
        for (let p = previous.get(at); p !== undefined; p = previous.get(p)) path.unshift(p);
        return path;
      }
      for (const next of this.extendsEdges.get(at) ?? []) {
        if (visited.has(next)) continue;
        visited.add(next);
        previous.set(next, at);
        queue.push(next);
      }
    }
    return null;
  }

  /** the steps of a config's content, `extends` resolved on disk (or among the packs held) */
  private stepsOfData(config: ConfigData, from: Located, dir: string, seen: string[], trusted: boolean): Promise<Step[]> {
    const mayImport = (file: string) => {
      const allowed = this.trust.mayImport(trusted);
      if (allowed) this.mayRun.add(file);
      return allowed;
    };
    return stepsOfConfig(config, from, dir, {
      resolveExtends: (specifier, fromDir) =>
        resolveExtends(specifier, fromDir, this.options.packs, { mayImport, packageBase: this.trust.packageBase(fromDir, trusted) }),
      stepsOfFile: (file) => this.stepsOfExtended(file, seen, trusted),
      compile: compileDeclarative,
    });
  }

  private defaultsSteps(): Promise<Step[]> {
    this.defaultSteps ??= this.stepsOfData(this.options.defaults ?? {}, nowhere('defaults'), this.cwd, [], true);
    return this.defaultSteps;
  }

  /** one found (or --config) config file's steps; a problem in a config inside the linted tree fails only the files it governs */
  private async stepsOfTop(file: string): Promise<Step[]> {
    const governsRun = this.trust.configGovernsRun(file);
    try {
      return await this.stepsOf(file, this.options.configFile ? undefined : await this.dataOf(file), [], governsRun);
    } catch (error) {
      if (governsRun || !(error instanceof ConfigError)) throw error;
      throw FolderConfigError.of(error);
    }
  }

  /** The rules, severities, options and settings that apply to one file. */
  async resolveFor(filePath: string): Promise<ResolvedConfig> {
    const absolute = resolve(this.cwd, filePath);
    let files: string[];
    if (this.options.configFile) files = [resolve(this.cwd, this.options.configFile)];
    else if (this.options.useConfigFiles === false) files = [];
    else files = await this.configFilesFor(dirname(absolute));
    const chain = files.join('\n');
    const known = this.mergedCache.get(chain);
    if (known) return { ...known, files };
    const steps: Step[] = files.length === 0 ? [...(await this.defaultsSteps())] : [];
    for (const file of files) steps.push(...(await this.stepsOfTop(file)));
    if (this.options.cliRules) steps.push({ kind: 'rules', rules: this.options.cliRules, from: nowhere('command-line'), path: [] });
    const merged = mergeSteps(steps, absolute);
    // a batch of reports under one config merges it once (issue 14); `files:` scopes and ignores depend on the file
    if (!steps.some(dependsOnFile)) this.mergedCache.set(chain, merged);
    return { ...merged, files };
  }

  private async dataOf(file: string): Promise<unknown> {
    return (await this.load(dirname(file)))?.data;
  }
}

/** a step whose effect differs from file to file */
function dependsOnFile(step: Step): boolean {
  return step.kind === 'ignores' || ('files' in step && step.files !== undefined);
}
