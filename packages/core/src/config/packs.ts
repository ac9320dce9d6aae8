import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule, RulePack, SeverityInput } from '../types.js';
import { compileDeclarativeFile as compileDeclarative } from './declarative-file.js';
import { ConfigError } from './errors.js';
import type { KnownPacks, Loaded } from './held-packs.js';
import { fromModule, heldPack, isCollection, isPack } from './held-packs.js';
import { parseConfigText } from './source-map.js';

const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', '.js', '.mjs', '.cjs'];

async function importModule(file: string): Promise<unknown> {
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return mod.default ?? mod;
}

/** a folder of data: pack.yml (name, namespace, configs) + rules/*.yml (declarative rules) */
export function loadDataPack(dir: string): RulePack {
  const packFile = ['pack.yml', 'pack.yaml', 'pack.json'].map((f) => join(dir, f)).find(existsSync);
  if (!packFile) throw new ConfigError('规则包目录里没有 pack.yml', dir);
  const parsed = parseConfigText(readFileSync(packFile, 'utf8'), packFile);
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
    const ruleText = parseConfigText(readFileSync(file, 'utf8'), file);
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

async function loadPath(path: string, configName: string | null): Promise<Loaded> {
  if (statSync(path).isDirectory()) {
    if (['pack.yml', 'pack.yaml', 'pack.json'].some((f) => existsSync(join(path, f)))) {
      return { kind: 'pack', pack: loadDataPack(path), configName };
    }
    const pkgFile = join(path, 'package.json');
    const main = existsSync(pkgFile) ? createRequire(pkgFile).resolve(path) : join(path, 'index.js');
    return fromModule(await importModule(main), configName, path);
  }
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    const value = await importModule(path);
    if (isPack(value) || isCollection(value)) return fromModule(value, configName, path);
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
export async function resolveExtends(specifier: string, fromDir: string, known: KnownPacks = {}): Promise<Loaded> {
  const held = heldPack(specifier, known);
  if (held) return held;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const path = resolve(fromDir, specifier);
    if (existsSync(path)) return loadPath(path, null);
    const withExt = CONFIG_EXTENSIONS.map((e) => path + e).find(existsSync);
    if (withExt) return loadPath(withExt, null);
    throw new ConfigError(`找不到 “${specifier}”（${path}）`);
  }
  const direct = tryResolve(specifier, fromDir);
  if (direct) return fromModuleFile(direct, null);
  const parts = specifier.split('/');
  const pkgLength = specifier.startsWith('@') ? 2 : 1;
  if (parts.length > pkgLength) {
    const pkg = parts.slice(0, pkgLength).join('/');
    const name = parts.slice(pkgLength).join('/');
    const resolved = tryResolve(pkg, fromDir);
    if (resolved) return fromModuleFile(resolved, name);
  }
  throw new ConfigError(`找不到 “${specifier}”：既不是已安装的 npm 包，也不是以 ./ 开头的相对路径`);
}

async function fromModuleFile(file: string, configName: string | null): Promise<Loaded> {
  if (/\.(ya?ml|json)$/.test(file)) return { kind: 'config', file };
  return fromModule(await importModule(file), configName, dirname(file));
}
