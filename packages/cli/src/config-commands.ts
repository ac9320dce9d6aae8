import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { BodyKind, RuleConfigValue } from '@xxgk-lint/core';
import { CONFIG_FILES, ConfigError, compileDeclarativeFile, createLinter, loadDataPack, parseConfigText } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import type { Linter } from '@xxgk-lint/core';
import { UsageError } from './errors.js';

/** "national/contact-info: off" or "x/y: [warn, {a: 1}]" → {id: value} */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleConfigValue> {
  const out: Record<string, RuleConfigValue> = {};
  for (const flag of flags) {
    let value: unknown;
    try {
      value = parseConfigText(flag, '--rule').value;
    } catch {
      value = undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length !== 1) {
      throw new UsageError(`选项 “--rule” 的值 “${flag}” 无效：应写成 “规则id: 级别”，如 --rule 'national/contact-info: off'。`);
    }
    Object.assign(out, value);
  }
  return out;
}

/** --print-config: the resolved config of one file, as JSON */
export async function printConfig(linter: Linter, file: string): Promise<string> {
  const config = await linter.configFor(file);
  const rules = Object.fromEntries(
    Object.entries(config.rules)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, e]) => [id, Object.keys(e.options).length > 0 ? [e.severity, e.options] : e.severity]),
  );
  return `${JSON.stringify({ file: path.resolve(file), configFiles: config.files, ignored: config.ignored, settings: config.settings, rules }, null, 2)}\n`;
}

// ------------------------------------------------------------------ --init

export interface InitAnswers {
  province?: string;
  city?: string;
  county?: string;
  bodyKind?: string;
}

/** provincial packs by place: the province, and for city-level packs the city too */
const PROVINCIAL_PACKS: { province: RegExp; city?: RegExp; pack: string; basis: string }[] = [
  { province: /四川/, pack: 'sichuan', basis: 'DB51/T 2660-2019' },
  { province: /甘肃/, city: /武威/, pack: 'gansu-wuwei', basis: '武政办发〔2025〕54号' },
  { province: /湖南/, city: /怀化/, pack: 'hunan-huaihua', basis: '怀化市 2022 年通知' },
];

const BODY_KINDS: Record<string, BodyKind> = {
  township: 'township',
  乡镇: 'township',
  街道: 'township',
  乡镇街道: 'township',
  government: 'government',
  人民政府: 'government',
  政府: 'government',
  department: 'department',
  部门: 'department',
};

function bodyKindOf(value: string | undefined): BodyKind | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const kind = BODY_KINDS[value.trim().replace(/[/／（）()]/g, '')];
  if (!kind) throw new UsageError(`主体类型 “${value}” 无效：可用 township（乡镇/街道）、government（县级以上人民政府）、department（部门）。`);
  return kind;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function initConfigText(answers: InitAnswers): string {
  const bodyKind = bodyKindOf(answers.bodyKind);
  const place = [answers.province, answers.city, answers.county].filter(Boolean).join('');
  const provincial = PROVINCIAL_PACKS.find(
    (p) => answers.province && p.province.test(answers.province) && (!p.city || (answers.city !== undefined && p.city.test(answers.city))),
  );
  const region = (['province', 'city', 'county'] as const)
    .filter((k) => answers[k])
    .map((k) => `    ${k}: ${yamlString(answers[k]!)}`)
    .join('\n');
  return `# xxgk-lint 配置${place ? `：${place}` : ''}
# 放在本县报告所在的目录（或其上级目录）；检查报告时会自动找到它。
# 合并规则与全部选项见 docs/configuration.md，编写本县规则见 docs/guide-county-rules.md。
root: true

extends:
  - "@xxgk-lint/rules-national/recommended"   # 全国规则：国办公开办函〔2021〕30号、条例、信息处理费
${
  provincial
    ? `  - "@xxgk-lint/rules-provincial/${provincial.pack}"   # 本地规则包，依据：${provincial.basis}`
    : `  # 本省（市）暂无规则包：没有找到现行的年度报告地方依据，不编造规则`
}

settings:
${region ? `  region:\n${region}\n` : ''}  # 主体类型：township（乡镇/街道）、government（县级以上人民政府）、department（部门）
${bodyKind ? `  bodyKind: ${bodyKind}` : '  # bodyKind: township'}

rules:
  # 调整某条规则的级别："off" 关闭，info、warn、error；例如：
  # national/contact-info: error

customRules:
  # 本县自定义规则（不用写代码）。删去行首的 # 即可启用，例如：
  # - id: county/agency-name
  #   type: forbid-phrase
  #   phrase: 县政务服务中心
  #   replacement: 县政务服务和数据管理局
  #   message: 机构已更名，请使用“县政务服务和数据管理局”
  #   severity: error
`;
}

/** where --init asks: the answers' stream (a terminal, or a script in tests) and where the questions go */
export interface Prompt {
  input: NodeJS.ReadableStream;
  output: (text: string) => void;
}

async function ask(answers: InitAnswers, prompt: Prompt): Promise<InitAnswers> {
  // lines are taken from an iterator, which keeps the ones typed (or piped) ahead of their question
  const rl = createInterface({ input: prompt.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const next = async (label: string): Promise<string | undefined> => {
    prompt.output(label);
    const line = await lines.next();
    if (line.done) throw new UsageError('输入已结束，--init 没有得到全部回答，没有生成配置文件：请重新运行，或用 --province、--city、--county、--body-kind 直接给出。');
    return (line.value as string).trim() || undefined;
  };
  try {
    const q = async (label: string, current: string | undefined) => current ?? (await next(label));
    const province = await q('省份（如 四川省）：', answers.province);
    const city = await q('市（如 遂宁市）：', answers.city);
    const county = await q('县（区）（如 安居区）：', answers.county);
    let bodyKind = answers.bodyKind;
    while (bodyKind === undefined) {
      const answer = await next('主体类型 township（乡镇/街道）/ government（人民政府）/ department（部门），可留空：');
      if (answer === undefined) break;
      try {
        bodyKindOf(answer);
        bodyKind = answer;
      } catch (error) {
        // asked again, not given up at the end
        prompt.output(`${(error as Error).message}请重新输入。\n`);
      }
    }
    return { province, city, county, bodyKind };
  } finally {
    rl.close();
  }
}

/** --init: write a commented starter config in cwd; never overwrite one */
export async function initConfig(cwd: string, answers: InitAnswers, interactive: boolean, prompt?: Prompt): Promise<string> {
  const existing = CONFIG_FILES.filter((f) => f !== 'package.json').find((f) => existsSync(path.join(cwd, f)));
  if (existing) throw new UsageError(`当前目录已有配置文件 “${existing}”，没有覆盖它：请直接编辑，或先删除再运行 --init。`);
  bodyKindOf(answers.bodyKind);
  const filled = interactive ? await ask(answers, prompt ?? { input: process.stdin, output: (t) => void process.stderr.write(t) }) : answers;
  const target = path.join(cwd, '.xxgklintrc.yml');
  writeFileSync(target, initConfigText(filled), { flag: 'wx' });
  await createLinter({ ...nationalDefaults, cwd, configFile: target }).configFor(path.join(cwd, '报告.txt'));
  return target;
}

// ------------------------------------------------------------------ --test-rules

function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...ruleFiles(full));
    else if (/\.(ya?ml|json)$/.test(entry.name) && !/^pack\.(ya?ml|json)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

function exampleCount(spec: unknown): number {
  const examples = (spec as { examples?: { valid?: unknown[]; invalid?: unknown[] } }).examples;
  return (examples?.valid?.length ?? 0) + (examples?.invalid?.length ?? 0);
}

/** --test-rules: compile every declarative rule under dir, running its examples. */
export function testRules(dir: string): { lines: string[]; failed: number } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`找不到规则目录 “${dir}”。`);
  const namespace = ['pack.yml', 'pack.yaml', 'pack.json'].some((f) => existsSync(path.join(dir, f))) ? loadNamespace(dir) : undefined;
  const lines: string[] = [];
  let failed = 0;
  for (const file of ruleFiles(dir)) {
    let parsed;
    try {
      parsed = parseConfigText(readFileSync(file, 'utf8'), file);
    } catch (error) {
      failed++;
      lines.push(`✗ ${(error as Error).message}`);
      continue;
    }
    const specs = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    specs.forEach((spec, i) => {
      try {
        const compiled = compileDeclarativeFile(spec, { file, path: Array.isArray(parsed.value) ? [i] : [], lineOf: parsed.lineOf }, namespace);
        const n = exampleCount(spec);
        lines.push(`✓ ${compiled.id}：${n > 0 ? `${n} 个示例通过` : '没有示例（建议在 examples 中写上正反例）'}`);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        failed++;
        lines.push(`✗ ${error.message}`);
      }
    });
  }
  if (lines.length === 0) throw new UsageError(`规则目录 “${dir}” 中没有 .yml/.yaml/.json 规则文件。`);
  return { lines, failed };
}

function loadNamespace(dir: string): string {
  return loadDataPack(dir).meta.namespace;
}
