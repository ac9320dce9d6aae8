import { readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cosmiconfig } from 'cosmiconfig';
import picomatch from 'picomatch';
import { normalizeSeverity } from '../engine/severity.js';
import type { RuleConfigValue } from '../engine/rule-set.js';
import type { ActiveSeverity, Rule, RulePack, RuleSet, Settings } from '../types.js';
import type { CompiledDeclarative } from './declarative.js';
import { compileDeclarative } from './declarative.js';
import { ConfigError } from './errors.js';
import { checkAgainstSchema } from './option-schema.js';
import type { Loaded } from './packs.js';
import { resolveExtends } from './packs.js';
import type { ParsedConfigText } from './source-map.js';
import { parseConfigText } from './source-map.js';
import { checkConfigShape } from './shape.js';

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

/** What a config file contains (after its own syntax check). */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleConfigValue>;
  settings?: Settings;
  customRules?: unknown[];
  overrides?: { files: string | string[]; rules?: Record<string, RuleConfigValue>; settings?: Settings; customRules?: unknown[] }[];
  ignores?: string[];
}

interface Located {
  file: string;
  lineOf(path: (string | number)[]): number | undefined;
}

/** one step of the merge, in order: earlier steps are overridden by later ones */
type Step =
  | { kind: 'pack'; pack: RulePack; configName: string | null; from: Located; key: string }
  | { kind: 'rules'; rules: Record<string, RuleConfigValue>; from: Located; path: (string | number)[]; files?: { dir: string; patterns: string[] } }
  | { kind: 'custom'; compiled: CompiledDeclarative[]; files?: { dir: string; patterns: string[] } }
  | { kind: 'settings'; settings: Settings; files?: { dir: string; patterns: string[] } }
  | { kind: 'ignores'; dir: string; patterns: string[] };

export interface ResolvedConfig {
  rules: RuleSet;
  settings: Settings;
  /** the file matched an `ignores` pattern */
  ignored: boolean;
  /** config files that took part, farthest first */
  files: string[];
  /** every rule the packs and declarative rules provide, on or off (inline directives may name any of them) */
  knownRuleIds?: string[];
}

export interface ResolverOptions {
  cwd?: string;
  /** use this one config file instead of searching */
  configFile?: string;
  /** false: no config files at all (national recommended alone) */
  useConfigFiles?: boolean;
  /** --rule 'id: severity' from the command line, applied last */
  cliRules?: Record<string, RuleConfigValue>;
}

const DEFAULT_EXTENDS = '@xxgk-lint/rules-national/recommended';

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && prev && typeof prev === 'object' && !Array.isArray(prev)
        ? deepMerge(prev as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function matches(file: string, scope: { dir: string; patterns: string[] } | undefined): boolean {
  if (!scope) return true;
  const rel = relative(scope.dir, file).split('\\').join('/');
  if (rel.startsWith('..')) return false;
  return picomatch(scope.patterns, { dot: true, matchBase: !scope.patterns.some((p) => p.includes('/')) })(rel);
}

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
    return { file, lineOf: (path) => parsed?.lineOf([...prefix, ...path]) };
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
    const config = checkConfigShape(raw, from) as ConfigData;
    const dir = dirname(file);
    const steps: Step[] = [];
    const list = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const [i, specifier] of list.entries()) {
      const key = Array.isArray(config.extends) ? ['extends', i] : ['extends'];
      let loaded: Loaded;
      try {
        loaded = await resolveExtends(specifier, dir);
      } catch (error) {
        if (error instanceof ConfigError && !error.file) throw new ConfigError(error.detail, file, key.join('.'), from.lineOf(key));
        throw error;
      }
      if (loaded.kind === 'config') steps.push(...(await this.stepsOf(loaded.file, undefined, [...seen, file])));
      else if (loaded.kind === 'pack') steps.push({ kind: 'pack', pack: loaded.pack, configName: loaded.configName ?? 'recommended', from, key: key.join('.') });
      else for (const pack of loaded.packs) steps.push({ kind: 'pack', pack, configName: null, from, key: key.join('.') });
    }
    if (config.settings) steps.push({ kind: 'settings', settings: config.settings });
    if (config.customRules) steps.push({ kind: 'custom', compiled: this.compileCustom(config.customRules, from, ['customRules']) });
    if (config.rules) steps.push({ kind: 'rules', rules: config.rules, from, path: ['rules'] });
    config.overrides?.forEach((o, i) => {
      const files = { dir, patterns: Array.isArray(o.files) ? o.files : [o.files] };
      if (o.settings) steps.push({ kind: 'settings', settings: o.settings, files });
      if (o.customRules) steps.push({ kind: 'custom', compiled: this.compileCustom(o.customRules, from, ['overrides', i, 'customRules']), files });
      if (o.rules) steps.push({ kind: 'rules', rules: o.rules, from, path: ['overrides', i, 'rules'], files });
    });
    if (config.ignores) steps.push({ kind: 'ignores', dir, patterns: config.ignores });
    return steps;
  }

  private compileCustom(list: unknown[], from: Located, path: (string | number)[]): CompiledDeclarative[] {
    return list.map((spec, i) => compileDeclarative(spec, { file: from.file, path: [...path, i], lineOf: from.lineOf }));
  }

  private defaults: Promise<Step[]> | undefined;

  private defaultSteps(): Promise<Step[]> {
    this.defaults ??= this.loadDefaultSteps();
    return this.defaults;
  }

  private async loadDefaultSteps(): Promise<Step[]> {
    const here = dirname(fileURLToPath(import.meta.url));
    const loaded = await resolveExtends(DEFAULT_EXTENDS, here);
    if (loaded.kind !== 'pack') throw new ConfigError(`${DEFAULT_EXTENDS} 不是规则包`);
    return [{ kind: 'pack', pack: loaded.pack, configName: loaded.configName ?? 'recommended', from: { file: DEFAULT_EXTENDS, lineOf: () => undefined }, key: 'extends' }];
  }

  /** The rules, severities, options and settings that apply to one file. */
  async resolveFor(filePath: string): Promise<ResolvedConfig> {
    const absolute = resolve(this.cwd, filePath);
    let files: string[];
    if (this.options.configFile) files = [resolve(this.cwd, this.options.configFile)];
    else if (this.options.useConfigFiles === false) files = [];
    else files = await this.configFilesFor(dirname(absolute));
    const steps: Step[] = files.length === 0 ? [...(await this.defaultSteps())] : [];
    for (const file of files) steps.push(...(await this.stepsOf(file, this.options.configFile ? undefined : await this.dataOf(file))));
    if (this.options.cliRules) {
      steps.push({ kind: 'rules', rules: this.options.cliRules, from: { file: '命令行 --rule', lineOf: () => undefined }, path: [] });
    }
    return { ...assemble(steps, absolute), files };
  }

  private async dataOf(file: string): Promise<unknown> {
    return (await this.load(dirname(file)))?.data;
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length];
}

/** the known id a typo most likely meant */
function closest(id: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const k of known) {
    const d = editDistance(id, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

type Entry = { rule: Rule; severity: ActiveSeverity | 'off'; options: Record<string, unknown> };

function assemble(steps: Step[], file: string): Omit<ResolvedConfig, 'files'> {
  const known = new Map<string, Rule>();
  const entries = new Map<string, Entry>();
  let settings: Settings = {};
  let ignored = false;

  const setRule = (id: string, value: RuleConfigValue, from: Located, path: (string | number)[]) => {
    const rule = known.get(id);
    const line = from.lineOf([...path, id]);
    if (!rule) {
      const hint = closest(id, [...known.keys()]);
      throw new ConfigError(`未知的规则 id${hint ? `（是不是 “${hint}”？）` : '（请检查拼写，或在 extends 中加入提供它的规则包）'}`, from.file, id, line);
    }
    const [severityInput, options] = Array.isArray(value) ? value : [value, undefined];
    const earlier = entries.get(id);
    if (options !== undefined) {
      if (!rule.meta.schema) throw new ConfigError('这条规则没有选项', from.file, id, line);
      const problem = checkAgainstSchema(options, rule.meta.schema, id);
      if (problem) throw new ConfigError(`选项${problem.problem}`, from.file, problem.path, line);
    }
    entries.set(id, { rule, severity: normalizeSeverity(severityInput), options: (options as Record<string, unknown>) ?? earlier?.options ?? {} });
  };

  for (const step of steps) {
    if ('files' in step && step.files && !matches(file, step.files)) continue;
    switch (step.kind) {
      case 'pack': {
        const { pack } = step;
        for (const [name, rule] of Object.entries(pack.rules)) known.set(`${pack.meta.namespace}/${name}`, rule);
        if (step.configName === null) break;
        const config = pack.configs[step.configName];
        if (!config) throw new ConfigError(`规则包 ${pack.meta.name} 没有名为 “${step.configName}” 的配置（有：${Object.keys(pack.configs).join('、')}）`, step.from.file, step.key, step.from.lineOf(step.key.split('.')));
        // a pack's config may adjust another pack's rules; those of packs not loaded are skipped
        for (const [id, value] of Object.entries(config.rules)) if (known.has(id)) setRule(id, value, step.from, []);
        break;
      }
      case 'custom':
        for (const c of step.compiled) {
          known.set(c.id, c.rule);
          entries.set(c.id, { rule: c.rule, severity: c.severity, options: {} });
        }
        break;
      case 'rules':
        for (const [id, value] of Object.entries(step.rules)) setRule(id, value, step.from, step.path);
        break;
      case 'settings':
        settings = deepMerge(settings, step.settings) as Settings;
        break;
      case 'ignores':
        if (matches(file, { dir: step.dir, patterns: step.patterns })) ignored = true;
        break;
    }
  }
  const rules: RuleSet = {};
  for (const [id, e] of entries) if (e.severity !== 'off') rules[id] = { rule: e.rule, severity: e.severity, options: e.options };
  return { rules, settings, ignored, knownRuleIds: [...known.keys()] };
}

