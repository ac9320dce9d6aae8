import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule, RulePack, SeverityInput } from '../types.js';
import { compileDeclarativeFile as compileDeclarative } from './declarative-file.js';
import { ConfigError, JS_NOT_RUN } from './errors.js';
import type { KnownPacks, Loaded } from './held-packs.js';
import { fromModule, heldPack, isCollection, isPack } from './held-packs.js';
import { readConfigFile } from './read-config-file.js';
import { parseConfigText } from './source-map.js';

const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', '.js', '.mjs', '.cjs'];

/**
 * What an `extends` may import: a JavaScript file a path names only where the
 * run trusts it (trust.ts); a package, from where it is looked up, which an
 * untrusted config does not choose.
 */
export interface ExtendsPolicy {
  mayImport(file: string): boolean;
  /** where a package name is looked up first (default: the config's folder) */
  packageBase?: string;
}

const ANY_IMPORT: ExtendsPolicy = { mayImport: () => true };

const isScript = (file: string) => /\.[cm]?js$/i.test(file);

/** import a module; with a policy, only if it allows this file */
async function importModule(file: string, specifier: string, policy?: ExtendsPolicy): Promise<unknown> {
  if (policy && !policy.mayImport(file)) throw new ConfigError(`“${specifier}” 是 JavaScript（${file}），${JS_NOT_RUN}`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`无法加载 “${specifier}”（${file}）：${detail}`);
  }
  return mod.default ?? mod;
}

/** a folder of data: pack.yml (name, namespace, configs) + rules/*.yml (declarative rules) */
export function loadDataPack(dir: string): RulePack {
  const packFile = ['pack.yml', 'pack.yaml', 'pack.json'].map((f) => join(dir, f)).find(existsSync);
  if (!packFile) throw new ConfigError('规则包目录里没有 pack.yml', dir);
  const parsed = parseConfigText(readConfigFile(packFile), packFile);
  const meta = parsed.value as { name?: string; namespace?: string; version?: string; configs?: RulePack['configs'] };
  if (typeof meta?.namespace !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(meta.namespace)) {
    throw new ConfigError('须写明 namespace（小写字母、数字和连字符，如 “xx-county”）', packFile, 'namespace', parsed.lineOf(['namespace']));
  }
  const namespace = meta.namespace;
  const rules: Record<string, Rule> = {};
  const enabled: Record<string, SeverityInput> = {};
  const rulesDir = join(dir, 'rules');
  const ruleFiles = existsSync(rulesDir) ? readdirSync(rulesDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];
  for (const name of ruleFiles) {
    const file = join(rulesDir, name);
    const ruleText = parseConfigText(readConfigFile(file), file);
    const specs = Array.isArray(ruleText.value) ? ruleText.value : [ruleText.value];
    specs.forEach((spec, i) => {
      const compiled = compileDeclarative(spec, { file, path: Array.isArray(ruleText.value) ? [i] : [], lineOf: ruleText.lineOf }, namespace);
      const [ns, short] = compiled.id.split('/');
      if (ns !== namespace) throw new ConfigError(`规则 id 的命名空间应为 “${namespace}”`, file, 'id', ruleText.lineOf(Array.isArray(ruleText.value) ? [i, 'id'] : ['id']));
      rules[short] = compiled.rule;
      enabled[compiled.id] = compiled.severity;
    });
  }
  return {
    meta: { name: meta.name ?? basename(dir), version: meta.version ?? '0.0.0', namespace },
    rules,
    configs: meta.configs ?? { recommended: { rules: enabled } },
  };
}

/** the module a folder of code names: its package.json's main, or index.js */
function mainOf(dir: string, specifier: string): string {
  const pkgFile = join(dir, 'package.json');
  const main = existsSync(pkgFile) ? (tryResolve(dir, dir) ?? join(dir, 'index.js')) : join(dir, 'index.js');
  if (!existsSync(main)) throw new ConfigError(`“${specifier}” 是一个目录（${dir}），其中既没有 pack.yml（数据规则包），也没有 package.json 或 index.js（规则包模块）`);
  return main;
}

async function loadPath(path: string, specifier: string, policy: ExtendsPolicy): Promise<Loaded> {
  if (statSync(path).isDirectory()) {
    if (['pack.yml', 'pack.yaml', 'pack.json'].some((f) => existsSync(join(path, f)))) {
      return { kind: 'pack', pack: loadDataPack(path), configName: null };
    }
    return fromModule(await importModule(mainOf(path, specifier), specifier, policy), null, path);
  }
  if (isScript(path)) {
    const value = await importModule(path, specifier, policy);
    if (isPack(value) || isCollection(value)) return fromModule(value, null, path);
  }
  return { kind: 'config', file: path };
}

/** packages installed beside xxgk-lint itself (a global or npx install) */
const OWN_DIR = dirname(fileURLToPath(import.meta.url));

/** resolve from the config's folder first, then from where xxgk-lint is installed */
function tryResolve(specifier: string, fromDir: string): string | null {
  for (const dir of [fromDir, OWN_DIR]) {
    try {
      return createRequire(join(dir, '__xxgklint__.js')).resolve(specifier);
    } catch {
      // try the next place
    }
  }
  return null;
}

/**
 * An `extends` entry: a relative path (config file or pack folder), an npm
 * package (a pack, a collection of packs, or a config), or "package/name"
 * naming a pack's config or one pack of a collection.
 */
export async function resolveExtends(
  specifier: string,
  fromDir: string,
  known: KnownPacks = {},
  policy: ExtendsPolicy = ANY_IMPORT,
): Promise<Loaded> {
  const held = heldPack(specifier, known);
  if (held) return held;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const path = resolve(fromDir, specifier);
    if (existsSync(path)) return loadPath(path, specifier, policy);
    const withExt = CONFIG_EXTENSIONS.map((e) => path + e).find(existsSync);
    if (withExt) return loadPath(withExt, specifier, policy);
    throw new ConfigError(`找不到 “${specifier}”（${path}）`);
  }
  if (isBuiltin(specifier)) {
    throw new ConfigError(`“${specifier}” 是 Node.js 的内置模块，不是规则包或配置：extends 应写规则包的包名，或以 ./ 开头的配置文件、规则包目录的路径`);
  }
  const base = policy.packageBase ?? fromDir;
  const direct = tryResolve(specifier, base);
  if (direct) return fromModuleFile(direct, specifier, null);
  const parts = specifier.split('/');
  const pkgLength = specifier.startsWith('@') ? 2 : 1;
  if (parts.length > pkgLength) {
    const pkg = parts.slice(0, pkgLength).join('/');
    const name = parts.slice(pkgLength).join('/');
    const resolved = tryResolve(pkg, base);
    if (resolved) return fromModuleFile(resolved, specifier, name);
  }
  throw new ConfigError(`找不到 “${specifier}”：既不是已安装的 npm 包，也不是以 ./ 开头的相对路径`);
}

/** a package, found where the policy looks packages up */
async function fromModuleFile(file: string, specifier: string, configName: string | null): Promise<Loaded> {
  if (/\.(ya?ml|json)$/.test(file)) return { kind: 'config', file };
  return fromModule(await importModule(file, specifier), configName, dirname(file));
}
