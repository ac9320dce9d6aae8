/**
 * The one linting API where there are no files to search (a browser page):
 * config comes as texts the user loaded (.xxgklintrc.yml / .json) and as
 * data, rule packs only from those the page holds. No `node:` import here.
 */
import type { CompileOptions } from '../config/declarative/index.js';
import { compileDeclarative } from '../config/declarative/index.js';
import { ConfigError } from '../config/errors.js';
import type { ConfigData, Located, ResolvedConfig, RuleConfigValue, Step } from '../config/merge.js';
import { mergeSteps, nowhere } from '../config/merge.js';
import type { KnownPacks } from '../config/held-packs.js';
import { heldPack } from '../config/held-packs.js';
import { checkConfigShape } from '../config/shape.js';
import { parseConfigText } from '../config/source-map.js';
import { stepsOfConfig } from '../config/steps.js';
import type { EngineOptions } from './create.js';
import { createLinterWith } from './create.js';
import type { Linter } from './types.js';

/** a config as the user gave it: a file's name and text, or data the page made (its province, body kind …) */
export type HeldConfig = { name: string; text: string } | { name: string; data: ConfigData };

export interface HeldLinterOptions extends EngineOptions {
  /** applied in order; none: the defaults */
  configs?: readonly HeldConfig[];
  defaults?: ConfigData;
  packs?: KnownPacks;
  /** settings applied last (a page's own switches), as --rule */
  cliRules?: Record<string, RuleConfigValue>;
  /** how user regexes run (a page passes one with its own time budget) */
  matcher?: CompileOptions['matcher'];
}

const NOT_HELD =
  '只能使用随检查工具提供的规则包（全国规则和各省、市规则包）：这里不能读取其他文件或安装的 npm 包。请改用页面上的选择，或在命令行工具中使用这份配置。';

/** the steps of configs held in memory; every problem is a ConfigError naming the config and its line */
async function heldSteps(options: HeldLinterOptions): Promise<Step[]> {
  const packs = options.packs ?? {};
  const hooks = {
    resolveExtends: async (specifier: string) => {
      const held = heldPack(specifier, packs);
      if (!held) throw new ConfigError(`“${specifier}” ${NOT_HELD}`);
      return held;
    },
    stepsOfFile: async (file: string): Promise<Step[]> => {
      throw new ConfigError(`“${file}” ${NOT_HELD}`);
    },
    compile: (spec: unknown, loc: Parameters<typeof compileDeclarative>[1]) => compileDeclarative(spec, loc, { matcher: options.matcher }),
  };
  const configs = options.configs ?? [];
  if (configs.length === 0) return stepsOfConfig(options.defaults ?? {}, nowhere('defaults'), '', hooks);
  const steps: Step[] = [];
  for (const config of configs) {
    let data: unknown;
    let from: Located;
    if ('text' in config) {
      const parsed = parseConfigText(config.text, config.name);
      data = parsed.value;
      from = { origin: 'file', file: config.name, lineOf: parsed.lineOf };
    } else {
      data = config.data;
      from = nowhere('file', config.name);
    }
    const checked = checkConfigShape(data, { file: config.name, lineOf: from.lineOf }) as ConfigData;
    steps.push(...(await stepsOfConfig(checked, from, '', hooks)));
  }
  return steps;
}

export function createHeldLinter(options: HeldLinterOptions = {}): Linter {
  let steps: Promise<Step[]> | undefined;
  const configFor = async (filePath: string): Promise<ResolvedConfig> => {
    steps ??= heldSteps(options);
    const all = [...(await steps)];
    if (options.cliRules) all.push({ kind: 'rules', rules: options.cliRules, from: nowhere('command-line'), path: [] });
    return { ...mergeSteps(all, filePath), files: (options.configs ?? []).map((c) => c.name) };
  };
  return createLinterWith({ configFor, resolvePath: (filePath) => filePath }, options);
}
