/**
 * A config's content → the merge steps (merge.ts), the same on disk and in a
 * browser: where `extends` leads and how declarative rules compile are the
 * caller's (hooks), so this module reads no file.
 */
import type { CompiledDeclarative, SpecLocation } from './declarative/index.js';
import { ConfigError } from './errors.js';
import type { ConfigData, Located, Step } from './merge.js';
import type { Loaded } from './held-packs.js';

export interface StepHooks {
  /** what an `extends` entry names, seen from the config's folder */
  resolveExtends(specifier: string, dir: string): Promise<Loaded>;
  /** the steps of another config file an `extends` led to */
  stepsOfFile(file: string): Promise<Step[]>;
  compile(spec: unknown, loc: SpecLocation): CompiledDeclarative;
}

/** the steps of a config's content, in merge order: extends, settings, declarative rules, rules, overrides, ignores */
export async function stepsOfConfig(config: ConfigData, from: Located, dir: string, hooks: StepHooks): Promise<Step[]> {
  const steps: Step[] = [];
  const list = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  for (const [i, specifier] of list.entries()) {
    const key = Array.isArray(config.extends) ? ['extends', i] : ['extends'];
    let loaded: Loaded;
    // a problem said without a file (a name not found, an extends cycle) is this entry's
    const here = (error: unknown) =>
      error instanceof ConfigError && !error.file ? new ConfigError(error.detail, from.file, key.join('.'), from.lineOf(key), from.origin) : error;
    try {
      loaded = await hooks.resolveExtends(specifier, dir);
      if (loaded.kind === 'config') steps.push(...(await hooks.stepsOfFile(loaded.file)));
    } catch (error) {
      throw here(error);
    }
    if (loaded.kind === 'config') continue;
    if (loaded.kind === 'pack') steps.push({ kind: 'pack', pack: loaded.pack, configName: loaded.configName ?? 'recommended', from, key: key.join('.') });
    else for (const pack of loaded.packs) steps.push({ kind: 'pack', pack, configName: null, from, key: key.join('.') });
  }
  const compile = (list: unknown[], path: (string | number)[]) =>
    list.map((spec, i) => hooks.compile(spec, { file: from.file ?? '', path: [...path, i], lineOf: from.lineOf }));
  if (config.settings) steps.push({ kind: 'settings', settings: config.settings });
  if (config.customRules) steps.push({ kind: 'custom', compiled: compile(config.customRules, ['customRules']) });
  if (config.rules) steps.push({ kind: 'rules', rules: config.rules, from, path: ['rules'] });
  config.overrides?.forEach((o, i) => {
    const files = { dir, patterns: Array.isArray(o.files) ? o.files : [o.files] };
    if (o.settings) steps.push({ kind: 'settings', settings: o.settings, files });
    if (o.customRules) steps.push({ kind: 'custom', compiled: compile(o.customRules, ['overrides', i, 'customRules']), files });
    if (o.rules) steps.push({ kind: 'rules', rules: o.rules, from, path: ['overrides', i, 'rules'], files });
  });
  if (config.ignores) steps.push({ kind: 'ignores', dir, patterns: config.ignores });
  if (config.batch) steps.push({ kind: 'batch', batch: config.batch, from });
  return steps;
}
