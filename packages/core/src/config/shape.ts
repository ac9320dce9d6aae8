import type { BodyKind } from '../types.js';
import { ConfigError } from './errors.js';

interface Located {
  file: string;
  lineOf(path: (string | number)[]): number | undefined;
}

const TOP_KEYS = ['$schema', 'root', 'extends', 'rules', 'settings', 'customRules', 'overrides', 'ignores'];
const OVERRIDE_KEYS = ['files', 'rules', 'settings', 'customRules'];
const SEVERITIES = ['off', 'info', 'warn', 'error', 0, 1, 2];
const BODY_KINDS: BodyKind[] = ['township', 'government', 'department'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringList(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

/** Check a config's structure; every problem names the key and its line. */
export function checkConfigShape(raw: unknown, at: Located): unknown {
  const fail = (path: (string | number)[], detail: string): never => {
    throw new ConfigError(detail, at.file, path.join('.') || undefined, at.lineOf(path));
  };
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw)) fail([], '配置应为一个对象（键: 值）');
  // a key whose items are all commented out ("customRules:" alone) reads as null: the same as absent
  const config = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([, v]) => v !== null));
  for (const key of Object.keys(config)) {
    if (!TOP_KEYS.includes(key)) fail([key], `不是配置项（可用：${TOP_KEYS.slice(1).join('、')}）`);
  }
  if (config.root !== undefined && typeof config.root !== 'boolean') fail(['root'], '应为 true 或 false');
  if (config.extends !== undefined && !isStringList(config.extends)) fail(['extends'], '应为文字或文字列表');
  if (config.ignores !== undefined && !(Array.isArray(config.ignores) && config.ignores.every((x) => typeof x === 'string'))) fail(['ignores'], '应为文件模式的列表');
  if (config.customRules !== undefined && !Array.isArray(config.customRules)) fail(['customRules'], '应为规则的列表');
  checkRules(config.rules, ['rules'], fail);
  checkSettings(config.settings, ['settings'], fail);
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail(['overrides'], '应为列表');
    (config.overrides as unknown[]).forEach((item, i) => {
      if (!isObject(item)) fail(['overrides', i], '应为对象（files、rules、settings、customRules）');
      const o = item as Record<string, unknown>;
      for (const key of Object.keys(o)) if (!OVERRIDE_KEYS.includes(key)) fail(['overrides', i, key], `不是 overrides 的配置项（可用：${OVERRIDE_KEYS.join('、')}）`);
      if (!isStringList(o.files)) fail(['overrides', i, 'files'], '须写明文件模式，如 ["乡镇/**"]');
      checkRules(o.rules, ['overrides', i, 'rules'], fail);
      checkSettings(o.settings, ['overrides', i, 'settings'], fail);
      if (o.customRules !== undefined && !Array.isArray(o.customRules)) fail(['overrides', i, 'customRules'], '应为规则的列表');
    });
  }
  return config;
}

function checkRules(rules: unknown, path: (string | number)[], fail: (path: (string | number)[], detail: string) => never): void {
  if (rules === undefined) return;
  if (!isObject(rules)) fail(path, '应为 “规则 id: 级别” 的对象');
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    const severity = Array.isArray(value) ? value[0] : value;
    if (!SEVERITIES.includes(severity as never)) {
      fail([...path, id], `级别只能是 off、info、warn、error（或 0、1、2），实际是 ${JSON.stringify(severity)}`);
    }
    if (Array.isArray(value) && (value.length > 2 || (value.length === 2 && !isObject(value[1])))) {
      fail([...path, id], '应写成 级别 或 [级别, {选项}]');
    }
  }
}

function checkSettings(settings: unknown, path: (string | number)[], fail: (path: (string | number)[], detail: string) => never): void {
  if (settings === undefined) return;
  if (!isObject(settings)) fail(path, '应为对象');
  const s = settings as Record<string, unknown>;
  if (s.bodyKind !== undefined && !BODY_KINDS.includes(s.bodyKind as BodyKind)) {
    fail([...path, 'bodyKind'], `只能是 ${BODY_KINDS.join('、')} 之一（乡镇/街道、县级以上人民政府、部门）`);
  }
  if (s.reportYear !== undefined && !(Number.isInteger(s.reportYear) && (s.reportYear as number) >= 2008)) fail([...path, 'reportYear'], '应为四位年份，如 2024');
  if (s.region !== undefined && !isObject(s.region)) fail([...path, 'region'], '应为对象，如 {province: 四川省, county: xx县}');
  if (s.ownPhones !== undefined && !(Array.isArray(s.ownPhones) && s.ownPhones.every((x) => typeof x === 'string'))) fail([...path, 'ownPhones'], '应为电话号码（文字）的列表');
  if (s.deadlines !== undefined && !isObject(s.deadlines)) fail([...path, 'deadlines'], '应为对象，如 {township: "02-20"}');
}
