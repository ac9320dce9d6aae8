/**
 * The one merge of rule settings: an ordered list of steps (packs with a
 * named config, `rules` blocks, declarative rules, settings, ignores) →
 * the rules, severities, options and settings that apply to one file.
 * Pure data in, data out: config discovery on disk (resolver.ts) and the
 * browser's loaded config both end here.
 */
import picomatch from 'picomatch';
import { normalizeSeverity } from '../engine/severity.js';
import type { ActiveSeverity, Rule, RulePack, RuleSet, SeverityInput, Settings } from '../types.js';
import type { BatchConfig, ResolvedBatch } from '../batch/types.js';
import type { CompiledDeclarative } from './declarative/index.js';
import { ConfigError } from './errors.js';
import type { ConfigOrigin } from './errors.js';
import { checkAgainstSchema } from './option-schema.js';

export type RuleConfigValue = SeverityInput | [SeverityInput, Record<string, unknown>?];

/** What a config file contains (after its own syntax check). */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleConfigValue>;
  settings?: Settings;
  customRules?: unknown[];
  overrides?: { files: string | string[]; rules?: Record<string, RuleConfigValue>; settings?: Settings; customRules?: unknown[] }[];
  ignores?: string[];
  batch?: BatchConfig;
}

export interface ResolvedConfig {
  rules: RuleSet;
  settings: Settings;
  /** the file matched an `ignores` pattern */
  ignored: boolean;
  /** config files that took part, farthest first */
  files: string[];
  /** every rule the packs and declarative rules provide, on or off (inline directives may name any of them) */
  knownRuleIds: string[];
  /** the batch view of the nearest config that has `batch` (reviewers; batch/) */
  batch?: ResolvedBatch;
}

/** where a step came from, for messages: a config file (with lines), the command line, or the front end's defaults */
export interface Located {
  origin: ConfigOrigin;
  file?: string;
  lineOf(path: (string | number)[]): number | undefined;
}

/** files a step applies to: glob patterns relative to the config's folder */
export interface FileScope {
  dir: string;
  patterns: string[];
}

/** one step of the merge, in order: earlier steps are overridden by later ones */
export type Step =
  | { kind: 'pack'; pack: RulePack; configName: string | null; from: Located; key: string }
  | { kind: 'rules'; rules: Record<string, RuleConfigValue>; from: Located; path: (string | number)[]; files?: FileScope }
  | { kind: 'custom'; compiled: CompiledDeclarative[]; files?: FileScope }
  | { kind: 'settings'; settings: Settings; files?: FileScope }
  | { kind: 'ignores'; dir: string; patterns: string[] }
  | { kind: 'batch'; batch: BatchConfig; from: Located };

export const nowhere = (origin: ConfigOrigin, file?: string): Located => ({ origin, file, lineOf: () => undefined });

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

const slashes = (p: string) => p.split('\\').join('/');

/** `file` relative to `dir` with "/" separators, or null when it is not inside */
function inside(dir: string, file: string): string | null {
  const d = slashes(dir).replace(/\/+$/, '');
  const f = slashes(file);
  if (d === '' || d === '.') return f;
  return f.startsWith(`${d}/`) ? f.slice(d.length + 1) : null;
}

function matchesScope(file: string, scope: FileScope | undefined): boolean {
  if (!scope) return true;
  const rel = inside(scope.dir, file);
  if (rel === null) return false;
  return picomatch(scope.patterns, { dot: true, matchBase: !scope.patterns.some((p) => p.includes('/')) })(rel);
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

/** Run the steps for one file: its rules (only those on), settings, ignored, and every rule id that exists. */
export function mergeSteps(steps: readonly Step[], file: string): Omit<ResolvedConfig, 'files'> {
  const known = new Map<string, Rule>();
  const entries = new Map<string, Entry>();
  let settings: Settings = {};
  let ignored = false;
  let batch: ResolvedBatch | undefined;

  const setRule = (id: string, value: RuleConfigValue, from: Located, path: (string | number)[]) => {
    const rule = known.get(id);
    const line = from.lineOf([...path, id]);
    if (!rule) {
      const hint = closest(id, [...known.keys()]);
      throw new ConfigError(`未知的规则 id${hint ? `（是不是 “${hint}”？）` : '（请检查拼写，或在 extends 中加入提供它的规则包）'}`, from.file, id, line, from.origin);
    }
    const [severityInput, options] = Array.isArray(value) ? value : [value, undefined];
    const earlier = entries.get(id);
    if (options !== undefined) {
      if (!rule.meta.schema) throw new ConfigError('这条规则没有选项', from.file, id, line, from.origin);
      const problem = checkAgainstSchema(options, rule.meta.schema, id);
      if (problem) throw new ConfigError(`选项${problem.problem}`, from.file, problem.path, line, from.origin);
    }
    entries.set(id, { rule, severity: normalizeSeverity(severityInput), options: (options as Record<string, unknown>) ?? earlier?.options ?? {} });
  };

  for (const step of steps) {
    if ('files' in step && step.files && !matchesScope(file, step.files)) continue;
    switch (step.kind) {
      case 'pack': {
        const { pack } = step;
        for (const [name, rule] of Object.entries(pack.rules)) known.set(`${pack.meta.namespace}/${name}`, rule);
        if (step.configName === null) break;
        const config = pack.configs[step.configName];
        if (!config) {
          throw new ConfigError(
            `规则包 ${pack.meta.name} 没有名为 “${step.configName}” 的配置（有：${Object.keys(pack.configs).join('、')}）`,
            step.from.file,
            step.key,
            step.from.lineOf(step.key.split('.')),
            step.from.origin,
          );
        }
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
        if (matchesScope(file, { dir: step.dir, patterns: step.patterns })) ignored = true;
        break;
      case 'batch':
        batch = {
          config: step.batch,
          file: step.from.file,
          line: step.from.lineOf(['batch']),
          bodyLines: (step.batch.expectedBodies ?? []).map((_, i) => step.from.lineOf(['batch', 'expectedBodies', i])),
        };
        break;
    }
  }
  const rules: RuleSet = {};
  for (const [id, e] of entries) if (e.severity !== 'off') rules[id] = { rule: e.rule, severity: e.severity, options: e.options };
  return { rules, settings, ignored, knownRuleIds: [...known.keys()], ...(batch ? { batch } : {}) };
}

/**
 * The rules of packs with a named config of each, then `overrides` on top
 * (a severity alone keeps the earlier options; a [severity, options] pair
 * replaces them) — the same merge as a config file's.
 */
export function resolveRuleSet(packs: RulePack[], configName = 'recommended', overrides: Record<string, RuleConfigValue> = {}): RuleSet {
  const from = nowhere('code');
  // every pack's rules are known before any pack's config names them
  const steps: Step[] = packs.map((pack) => ({ kind: 'pack', pack, configName: null, from, key: 'extends' }));
  for (const pack of packs) if (pack.configs[configName]) steps.push({ kind: 'pack', pack, configName, from, key: 'extends' });
  steps.push({ kind: 'rules', rules: overrides, from, path: [] });
  return mergeSteps(steps, '').rules;
}
