import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter, FormatterContext, FormatterOutput, LintResult, StreamingFormatter } from '@xxgk-lint/core';
import { csvStream } from './csv.js';
import { formatJson, jsonStream } from './json.js';
import { sarifStream } from './sarif.js';

/**
 * The formats that ship with xxgk-lint. Each but json is loaded when it is
 * used (issue 14, start-up: eslint-formatter-pretty and the HTML page cost
 * more to load than linting a report).
 */
export const BUILTIN_FORMATTERS = {
  pretty: async (results, { rulesMeta, cwd }) => (await import('./pretty.js')).formatPretty(results, rulesMeta, cwd),
  json: (results) => `${formatJson(results)}\n`,
  sarif: async (results, { rulesMeta, cwd, version }) => (await import('./sarif.js')).formatSarif(results, rulesMeta, cwd, version),
  csv: async (results, { cwd }) => (await import('./csv.js')).formatCsv(results, cwd),
  html: async (results, { rulesMeta, cwd }) => (await import('./html.js')).formatHtml(results, rulesMeta, cwd),
  xlsx: async (results, { rulesMeta, cwd }) => (await import('./xlsx.js')).formatXlsx(results, rulesMeta, cwd),
} satisfies Record<string, Formatter>;

export type BuiltinFormatterName = keyof typeof BUILTIN_FORMATTERS;

/**
 * Builtins that can also be written as results arrive (issue 14): each gives
 * byte for byte what its whole-array function gives for the same results.
 */
export const BUILTIN_STREAMS: Partial<Record<BuiltinFormatterName, () => StreamingFormatter>> = {
  json: () => {
    const stream = jsonStream();
    return { ...stream, end: (context) => `${stream.end!(context)}\n` };
  },
  // small modules (no library of their own): loaded with the registry
  csv: csvStream,
  sarif: sarifStream,
};

/** formats whose output is bytes, not text: written only to a file (-o) */
export const BINARY_FORMATS: ReadonlySet<string> = new Set<BuiltinFormatterName>(['xlsx']);

export const BUILTIN_FORMATTER_NAMES = Object.keys(BUILTIN_FORMATTERS) as BuiltinFormatterName[];

const PACKAGE_PREFIX = 'xxgk-lint-formatter';

/** A formatter that cannot be found, loaded or run (exit code 2); the message names it. */
export class FormatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatterError';
  }
}

export interface LoadedFormatter {
  /** as given with -f */
  name: string;
  builtin: boolean;
  /** a builtin that can be written result by result: a new stream per output */
  stream?: () => StreamingFormatter;
  /** its output is bytes (xlsx): it can only go to a file */
  binary: boolean;
  /** runs the formatter; whatever it throws becomes a FormatterError naming it */
  format(results: LintResult[], context: FormatterContext): Promise<FormatterOutput>;
}

function isBuiltin(name: string): name is BuiltinFormatterName {
  return Object.hasOwn(BUILTIN_FORMATTERS, name);
}

/** ESLint's rule: a name with a slash (other than a scope's) or a leading dot is a file */
function isPath(name: string): boolean {
  if (name.startsWith('.') || path.isAbsolute(name) || name.includes('\\')) return true;
  const slashes = name.split('/').length - 1;
  return name.startsWith('@') ? slashes > 1 : slashes > 0;
}

/** `x` → xxgk-lint-formatter-x, `@org/x` → @org/xxgk-lint-formatter-x, `@org` → @org/xxgk-lint-formatter */
export function formatterPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/');
    if (!rest) return `${scope}/${PACKAGE_PREFIX}`;
    return rest.startsWith(PACKAGE_PREFIX) ? name : `${scope}/${PACKAGE_PREFIX}-${rest}`;
  }
  return name.startsWith(PACKAGE_PREFIX) ? name : `${PACKAGE_PREFIX}-${name}`;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** where -f points: a file resolved from cwd, or a package resolved from cwd's node_modules */
function locate(name: string, cwd: string): { file: string; shown: string } {
  if (isPath(name)) return { file: path.resolve(cwd, name), shown: `格式化模块 “${name}”` };
  const pkg = formatterPackageName(name);
  try {
    return { file: createRequire(path.join(cwd, 'noop.js')).resolve(pkg), shown: `输出格式 “${name}”（${pkg}）` };
  } catch {
    throw new FormatterError(
      `选项 “--format” 的值 “${name}” 无效：没有这个内置格式（可用 ${BUILTIN_FORMATTER_NAMES.join('、')}），当前目录也没有安装 ${pkg} 包；自定义格式请给出模块路径（如 -f ./my-formatter.js）。`,
    );
  }
}

async function importFormatter(file: string, shown: string): Promise<Formatter> {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new FormatterError(`无法加载${shown}（${file}）：${detail(error)}`);
  }
  if (typeof module.default !== 'function') {
    throw new FormatterError(`${shown} 没有默认导出一个函数：格式化模块应 export default (results, context) => string。`);
  }
  return module.default as Formatter;
}

/**
 * The formatter -f names: a built-in one, a module by path (`./my-formatter.js`,
 * from cwd) or an installed package (`-f x` → `xxgk-lint-formatter-x`, from
 * cwd). Only what the user names is loaded, never a module found among the
 * files being linted.
 */
export async function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  let formatter: Formatter;
  let shown = `输出格式 “${name}”`;
  const builtin = isBuiltin(name);
  if (builtin) {
    formatter = BUILTIN_FORMATTERS[name];
  } else {
    const found = locate(name, cwd);
    shown = found.shown;
    formatter = await importFormatter(found.file, shown);
  }
  return {
    name,
    builtin,
    binary: builtin && BINARY_FORMATS.has(name),
    ...(builtin && BUILTIN_STREAMS[name] ? { stream: BUILTIN_STREAMS[name] } : {}),
    async format(results, context) {
      let output: unknown;
      try {
        output = await formatter(results, context);
      } catch (error) {
        throw new FormatterError(`${shown}运行出错：${detail(error)}`);
      }
      if (typeof output !== 'string' && !(output instanceof Uint8Array)) throw new FormatterError(`${shown}应返回文字，实际返回了 ${output === null ? 'null' : typeof output}。`);
      return output;
    },
  };
}
