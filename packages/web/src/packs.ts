/**
 * The rule packs the page holds: the national pack, and the provincial and
 * city packs that ship (code packs bundled, data packs embedded as JSON and
 * compiled here as core compiles a folder of rules/*.yml).
 */
import { compileDeclarative } from '@xxgk-lint/core';
import type { KnownPacks, Rule, RulePack, SeverityInput } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { hunanHuaihua } from '../../rules-provincial/dist/hunan-huaihua/index.js';
import { sichuan } from '../../rules-provincial/dist/sichuan/index.js';
import dataPacks from 'xxgk:data-packs';

/** a data pack folder, compiled (no regex budget here: the lint worker itself is the budget) */
function compileDataPack(entry: (typeof dataPacks)[number]): RulePack {
  const { namespace } = entry.pack;
  const rules: Record<string, Rule> = {};
  const enabled: Record<string, SeverityInput> = {};
  for (const { file, value } of entry.rules) {
    const specs = Array.isArray(value) ? value : [value];
    specs.forEach((spec, i) => {
      const loc = { file, path: Array.isArray(value) ? [i] : [], lineOf: () => undefined };
      const compiled = compileDeclarative(spec, loc, { namespace, docsUrl: (written) => written ?? file });
      rules[compiled.id.split('/')[1]] = compiled.rule;
      enabled[compiled.id] = compiled.severity;
    });
  }
  return {
    meta: { name: entry.pack.name ?? entry.folder, version: entry.pack.version ?? '0.0.0', namespace },
    rules,
    configs: (entry.pack.configs as RulePack['configs'] | undefined) ?? { recommended: { rules: enabled } },
  };
}

export const provincialPacks: RulePack[] = [sichuan, ...dataPacks.map(compileDataPack), hunanHuaihua];

export const NATIONAL = '@xxgk-lint/rules-national/recommended';
export const PROVINCIAL = '@xxgk-lint/rules-provincial';

export const heldPacks: KnownPacks = { ...nationalDefaults.packs, [PROVINCIAL]: { packs: provincialPacks } };
