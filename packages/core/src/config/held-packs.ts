/**
 * Rule packs a front end holds in memory, found by the package name an
 * `extends` gives; what an `extends` entry turned out to be. No file is read.
 */
import type { RulePack } from '../types.js';
import { ConfigError } from './errors.js';

/** What an `extends` entry or a loaded module turned out to be. */
export type Loaded =
  | { kind: 'pack'; pack: RulePack; configName: string | null }
  | { kind: 'collection'; packs: RulePack[] }
  | { kind: 'config'; file: string };

/** packs a front end already holds, by package name ("@xxgk-lint/rules-national"): a pack or a collection of packs */
export type KnownPacks = Readonly<Record<string, RulePack | { packs: RulePack[] }>>;

export function isPack(value: unknown): value is RulePack {
  const v = value as RulePack | undefined;
  return typeof v === 'object' && v !== null && typeof v.meta?.namespace === 'string' && typeof v.rules === 'object';
}

export function isCollection(value: unknown): value is { packs: RulePack[] } {
  const v = value as { packs?: unknown } | undefined;
  return typeof v === 'object' && v !== null && Array.isArray(v.packs) && v.packs.every(isPack);
}

export function fromModule(value: unknown, configName: string | null, where: string): Loaded {
  if (isPack(value)) return { kind: 'pack', pack: value, configName };
  if (isCollection(value)) {
    if (configName === null) return { kind: 'collection', packs: value.packs };
    const pack = value.packs.find((p) => p.meta.namespace === configName);
    if (pack) return { kind: 'pack', pack, configName: 'recommended' };
    throw new ConfigError(`“${where}” 中没有名为 “${configName}” 的规则包（有：${value.packs.map((p) => p.meta.namespace).join('、')}）`);
  }
  throw new ConfigError(`“${where}” 不是规则包：应导出 {meta, rules, configs}`);
}

/** "package" or "package/name" among the packs the front end holds */
export function heldPack(specifier: string, known: KnownPacks): Loaded | null {
  if (Object.hasOwn(known, specifier)) return fromModule(known[specifier], null, specifier);
  const pkgLength = specifier.startsWith('@') ? 2 : 1;
  const parts = specifier.split('/');
  const pkg = parts.slice(0, pkgLength).join('/');
  if (parts.length <= pkgLength || !Object.hasOwn(known, pkg)) return null;
  return fromModule(known[pkg], parts.slice(pkgLength).join('/'), pkg);
}
