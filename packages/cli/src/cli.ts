import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, MAX_INPUT_BYTES, canFixInPlace, createLinter, ignoredResult } from '@xxgk-lint/core';
import type { KnownPacks, LinterOptions, LintResult, RulePack } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { initConfig, parseRuleFlags, printConfig, testRules } from './config-commands.js';
import { resolveConfigFirst } from './config-scope.js';
import { UsageError, translateCommanderError } from './errors.js';
import { expandPaths } from './files.js';
import type * as HelpLayout from './help.js';
import { envInfo } from './env-info.js';
import { CACHE_FILE } from './cache/cache-file.js';
import type { LintCache } from './cache/lint-cache.js';
import { readBounded } from './stdin.js';
import { errorsOnly, summarize, summaryLine } from './format.js';
import { BUILTIN_FORMATTER_NAMES, FormatterError, loadFormatter } from './formatters/registry.js';
import { terminalSafe } from './formatters/terminal-text.js';
import type { Budget } from './batch/budget.js';
import { DEFAULT_BUDGET } from './batch/budget.js';
import type { JobConfig } from './batch/job.js';
import { IGNORE_FILE, createIgnoreMatcher } from './batch/ignore-file.js';
import type { IgnoredBy } from './batch/ignore-file.js';
import { progressBar } from './batch/progress.js';
import { defaultConcurrency, runBatch } from './batch/run-batch.js';
import { withBatchMeta, withBatchView } from './batch-view.js';
import { createRunner } from './batch/runner.js';
import type { Streamed } from './batch/stream-output.js';
import { streamResults, wantsBatchView } from './batch/stream-output.js'; // issue 14

/** Exit codes, as in ESLint. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** whether stdout is a terminal (colours are only used there, or with FORCE_COLOR) */
  isTTY: boolean;
  /** Rule packs to use instead of configuration files (tests, embedding). */
  packs?: RulePack[];
  /** stdin is a terminal: --init may ask questions */
  stdinIsTTY?: boolean;
  /** where --init reads its answers (default: process.stdin) */
  promptInput?: NodeJS.ReadableStream;
}

export interface CliOptions {
  format?: string;
  quiet?: boolean;
  maxWarnings?: string;
  stdin?: boolean;
  stdinFilename?: string;
  outputFile?: string;
  /** true for --color, false for --no-color, undefined: by the terminal and NO_COLOR / FORCE_COLOR */
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  exitOnFatalError?: boolean;
  debug?: boolean;
  envInfo?: boolean;
  lsp?: boolean;
  /** a file, or false for --no-config */
  config: string | boolean;
  allowJsConfig?: boolean;
  rule: string[];
  fix?: boolean;
  fixDryRun?: boolean;
  printConfig?: string;
  init?: boolean;
  province?: string;
  city?: string;
  county?: string;
  bodyKind?: string;
  testRules?: string;
  reportUnusedDisableDirectives?: boolean;
  concurrency?: string;
  maxFileSeconds?: string;
  maxFileMemory?: string;
  previous: string[];
  ignorePath?: string;
  /** false for --no-ignore */
  ignore: boolean;
  ignorePattern: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** stdin, read no further than the largest input any format accepts (stdin.ts) */
function readProcessStdin(): Promise<Uint8Array> {
  return readBounded(process.stdin, MAX_INPUT_BYTES);
}

export function defaultIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: readProcessStdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}

export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** laid out only when help is shown: string-width on every line costs a run that never shows it */
const helpAfter = ({ twoColumns, wrapByWidth }: typeof HelpLayout): string => `
退出码：
${twoColumns([
  ['0', '没有错误（且警告数未超过 --max-warnings）'],
  ['1', '发现错误（包括无法读取的文件），或警告数超过 --max-warnings'],
  ['2', '无法运行：选项或取值有误、没有给出文件、文件或目录不存在、通配模式没有匹配到文件；或用了 --exit-on-fatal-error 且有文件无法读取'],
])}

示例：
${twoColumns([
  ['xxgk-lint 2024年度报告.txt', ''],
  ['xxgk-lint 报告/', '检查目录下所有报告（.md/.txt/.docx/.html/.pdf）'],
  ['xxgk-lint "报告/**/*.md" --format json -o 结果.json', ''],
  ['cat 报告.txt | xxgk-lint --stdin --stdin-filename 报告.txt', ''],
  ['xxgk-lint --fix 报告.txt', '自动修复能确定的问题（写回文件）'],
  ['xxgk-lint --cache 报告/', '只重新检查改过的报告'],
  ['xxgk-lint --print-config 报告.txt', '查看这个文件最终适用的规则'],
  ['xxgk-lint --test-rules 县规则/', '运行规则目录中每条规则自带的示例'],
  ['xxgk-lint --init --province 四川省 --city 遂宁市 --body-kind township', ''],
])}

${wrapByWidth('配置：从每个报告所在目录向上查找 .xxgklintrc(.yml/.json/.js…)、xxgklint.config.js 或 package.json 的 xxgklint 字段，遇到 root: true 停止；一个也没有时使用全国推荐规则。', 80)}
`;

/**
 * Whether argv asks for the help text (-h, --help, or -h among combined short
 * flags, before any --): only then is help.js loaded, with string-width, whose
 * Intl.Segmenter costs a run ~10 ms (issue 14, start-up). Saying yes too often
 * only loads it.
 */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || (/^-[^-]/.test(arg) && arg.includes('h'))) return true;
  }
  return false;
}

function buildProgram(io: CliIo, help: typeof HelpLayout | undefined): Command {
  const program = new Command('xxgk-lint');
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // errors are translated and printed by runCli
      outputError: () => {},
    })
    .optionsGroup('选项：')
    .showSuggestionAfterError(true)
    .usage('[选项] <文件|目录|通配模式…>')
    .description('检查政府信息公开工作年度报告（.md、.txt、.docx、.html、.pdf）是否符合国家规定的格式与要求。')
    .argument('[路径...]', '报告文件、目录（递归查找 .md/.txt/.docx/.html/.pdf 等）或通配模式')
    .option('-f, --format <name>', `输出格式：${BUILTIN_FORMATTER_NAMES.join('、')}（默认 pretty；json 为 ESLint 结果结构，sarif 为 SARIF 2.1.0，csv 可用 Excel/WPS 打开，xlsx 为 Excel 工作簿（须用 -o 写入文件），html 为给审核人员的汇总页）；也可给出自己的格式化模块的路径（./my-formatter.js），或已安装的 xxgk-lint-formatter-<名称> 包的名称`)
    .option('--quiet', '只报告错误，不显示警告和提示')
    .option('--max-warnings <n>', '警告数超过 n 时以退出码 1 结束（默认不限）')
    .option('--stdin', '从标准输入读取一份报告')
    .option('--stdin-filename <name>', '标准输入的文件名：格式按内容识别（Word、PDF、网页、文本），.md/.markdown 的文本按 Markdown 读')
    .option('-o, --output-file <path>', '把结果写入文件，而不是标准输出')
    .option('--color', '总是输出颜色（即使不是终端，如接管道给 less -R）')
    .option('--no-color', '不输出颜色（也可设置环境变量 NO_COLOR；FORCE_COLOR=1 则在非终端也输出颜色）')
    .option('-c, --config <file>', '只使用这个配置文件（不再向上查找）')
    .option('--no-config', '不读取任何配置文件，只用全国推荐规则')
    .option('--allow-js-config', '运行所检查目录的子目录中的 JavaScript 配置（.xxgklintrc.js、xxgklint.config.js 等）和规则包；默认只读其中的 YAML/JSON 配置，JavaScript 配置不运行')
    .option('--rule <规则: 级别>', "临时调整一条规则，如 --rule 'national/contact-info: off'（可重复）", collect, [])
    .option('--fix', '自动修复能确定的问题，写回 .md/.txt 文件（保持原编码）')
    .option('--fix-dry-run', '显示修复后的差异，不写文件')
    .option('--report-unused-disable-directives', '报告没有屏蔽任何问题的行内控制注释 <!-- xxgk-lint-disable … -->（警告；--fix 时删除）')
    .option('--print-config <file>', '打印某个文件最终适用的配置（JSON）')
    .option('--init', '在当前目录生成一份带注释的配置 .xxgklintrc.yml')
    .option('--province <name>', '与 --init 一起用：省份')
    .option('--city <name>', '与 --init 一起用：市')
    .option('--county <name>', '与 --init 一起用：县（区）')
    .option('--body-kind <kind>', '与 --init 一起用：township（乡镇/街道）、government、department')
    .option('--test-rules <dir>', '运行规则目录中每条规则自带的示例（正例、反例）')
    .option('--concurrency <n>', '同时检查的线程数（默认为 CPU 核数，不超过文件数）')
    .option('--max-file-seconds <n>', `每个文件最多检查多少秒，超时的文件报告“检查超时”并跳过，其余文件照常检查（默认 ${DEFAULT_BUDGET.seconds}）`)
    .option('--max-file-memory <MB>', `检查每个文件最多用多少内存（MB），超出的文件报告“内存超限”并跳过（默认 ${DEFAULT_BUDGET.memoryMb}）`)
    .option('--previous <文件或目录>', '上一年度的报告，用于逐年核对（上年结转、现行有效件数、文字重复率）；同名主体按标题匹配（可重复）', collect, [])
    .option('--ignore-path <file>', `只用这个忽略文件（默认：所检查目录及其上级直到当前目录或 git 仓库根目录中的 ${IGNORE_FILE}，写法同 .gitignore）`)
    .option('--ignore-pattern <pattern>', '再忽略符合这个模式的文件（写法同 .gitignore，相对当前目录；可重复）', collect, [])
    .option('--no-ignore', `不使用任何忽略文件（${IGNORE_FILE}、--ignore-path）和 --ignore-pattern`)
    .option('--cache', `只检查上次以来有变化的文件：文件内容、适用的配置和工具版本都没变的，直接用缓存的结果（缓存在当前目录的 ${CACHE_FILE}；--fix、--fix-dry-run、--stdin 不用缓存）`)
    .option('--cache-location <path>', `缓存文件的位置（文件，或目录：其中的 ${CACHE_FILE}）`)
    .option('--exit-on-fatal-error', '有文件无法读取或没有检查完（致命错误）时以退出码 2 结束')
    .option('--debug', '在标准错误上输出调试信息：各阶段用时、读取了哪些配置文件、缓存命中数')
    .option('--env-info', '显示运行环境（Node.js、操作系统、各 xxgk-lint 包的版本）后退出，报告问题时请附上')
    .option('--lsp', '以语言服务器方式运行（编辑器使用：xxgk-lint --lsp --stdio），不检查文件')
    .addOption(new Option('--stdio').hideHelp())
    .version(cliVersion(), '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助');
  if (help) program.configureHelp(help.CHINESE_HELP).addHelpText('after', () => helpAfter(help));
  return program;
}

/** above this many files, results keep a one-line excerpt per finding instead of the whole text */
const SLIM_ABOVE = 200;

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return defaultConcurrency();
  if (!/^[1-9]\d*$/.test(value.trim())) throw new UsageError(`选项 “--concurrency” 的值 “${value}” 无效：应为正整数。`);
  return Number(value.trim());
}

/** the smallest heap a worker can lint a report in */
const MIN_FILE_MEMORY_MB = 64;

function parseBudget(opts: CliOptions): Budget {
  const budget = { ...DEFAULT_BUDGET };
  if (opts.maxFileSeconds !== undefined) {
    const value = opts.maxFileSeconds.trim();
    if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(value) || Number(value) <= 0) {
      throw new UsageError(`选项 “--max-file-seconds” 的值 “${opts.maxFileSeconds}” 无效：应为大于 0 的秒数，如 10 或 2.5。`);
    }
    budget.seconds = Number(value);
  }
  if (opts.maxFileMemory !== undefined) {
    const value = opts.maxFileMemory.trim();
    if (!/^\d+$/.test(value) || Number(value) < MIN_FILE_MEMORY_MB) {
      throw new UsageError(`选项 “--max-file-memory” 的值 “${opts.maxFileMemory}” 无效：应为不小于 ${MIN_FILE_MEMORY_MB} 的整数（MB）。`);
    }
    budget.memoryMb = Number(value);
  }
  return budget;
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^(?:\d+|-1)$/.test(value.trim())) {
    throw new UsageError(`选项 “--max-warnings” 的值 “${value}” 无效：应为不小于 0 的整数。`);
  }
  return Number(value.trim());
}

function validate(opts: CliOptions, paths: string[]): { format: string; maxWarnings: number } {
  opts.format ??= 'pretty';
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  if (opts.stdin && paths.length > 0) {
    throw new UsageError(`使用 “--stdin” 时不能再给出文件（收到 “${paths[0]}”）：请只用其中一种方式。`);
  }
  if (!opts.stdin && opts.stdinFilename !== undefined) {
    throw new UsageError('选项 “--stdin-filename” 只能与 “--stdin” 一起使用。');
  }
  if (opts.fix && opts.fixDryRun) {
    throw new UsageError('“--fix” 与 “--fix-dry-run” 只能选一个：--fix 写回文件，--fix-dry-run 只显示修复后的差异、不写文件。');
  }
  if (opts.fix && opts.stdin) {
    throw new UsageError('“--fix” 不能与 “--stdin” 一起使用：修复要写回文件；可改用 --fix-dry-run 查看差异。');
  }
  if (!opts.stdin && paths.length === 0) {
    throw new UsageError(
      '没有给出要检查的文件：请写出报告文件、目录或通配模式，例如 “xxgk-lint 2024年度报告.txt”，或用 --stdin 从标准输入读取。用 --help 查看用法。',
    );
  }
  return { format: opts.format, maxWarnings };
}

/**
 * Colours never in an -o file; --color / --no-color decide; else not with
 * NO_COLOR, as FORCE_COLOR says, or on a terminal only. (log-symbols colours
 * its ⚠/✖ even in a pipe, so the CLI strips escapes itself rather than
 * trusting the formatter's detection.)
 */
function useColor(opts: CliOptions, io: CliIo): boolean {
  if (opts.outputFile || opts.color === false) return false;
  if (opts.color === true) return true;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}

function writeOutputFile(io: CliIo, file: string, text: string | Uint8Array): void {
  const abs = path.resolve(io.cwd, file);
  try {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`无法写入输出文件 “${file}”（${code}）：请检查路径和权限。`);
  }
}

/** a format whose output is bytes (xlsx) is written only to a file */
function binaryNeedsFile(format: string): string {
  return `输出格式 “${terminalSafe(format)}” 生成的是文件（不是文字），不能输出到终端或标准输出：请用 -o 指定文件，如 -o 结果.${format === 'xlsx' ? 'xlsx' : '文件'}。`;
}

/**
 * The whole CLI, in-process: parses argv (without "node" and the script),
 * lints, prints through `io`, and resolves to the exit code. Never throws.
 */
export async function runCli(argv: readonly string[], ioOverrides: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = { ...defaultIo(), ...ioOverrides };
  const fail = (message: string) => {
    io.stderr(`xxgk-lint：${terminalSafe(message)}\n`);
    return EXIT_USAGE;
  };
  try {
    const program = buildProgram(io, asksForHelp(argv) ? await import('./help.js') : undefined);
    try {
      program.parse([...argv], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
        if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        return fail(translateCommanderError(error));
      }
      throw error;
    }
    const opts = program.opts<CliOptions>();
    const paths = program.args;
    if (opts.envInfo) {
      io.stdout(envInfo(cliVersion()));
      return EXIT_OK;
    }
    if (opts.lsp) throw new UsageError('“--lsp” 启动语言服务器，要单独使用：xxgk-lint --lsp --stdio（编辑器会这样启动它），不能与检查文件的选项一起用。');
    const debug = debugLog(opts.debug === true, io);
    const reportUnusedDisableDirectives = opts.reportUnusedDisableDirectives === true;
    const jobConfig: JobConfig = {
      cwd: io.cwd,
      configFile: typeof opts.config === 'string' ? opts.config : undefined,
      // packs given in-process (tests, embedding) stand in for config files
      noConfig: opts.config === false || io.packs !== undefined,
      allowJsConfig: opts.allowJsConfig === true,
      cliRules: parseRuleFlags(opts.rule),
      reportUnusedDisableDirectives,
      slim: false,
    };
    const previous = opts.previous.length > 0 ? expandPaths(opts.previous, io.cwd) : [];
    const linter = createLinter({ ...(io.packs ? heldPacks(io.packs) : nationalDefaults), ...jobConfig, previous });
    if (opts.init) {
      const answers = { province: opts.province, city: opts.city, county: opts.county, bodyKind: opts.bodyKind };
      const prompt = { input: io.promptInput ?? process.stdin, output: io.stderr };
      const file = await initConfig(io.cwd, answers, io.stdinIsTTY === true && !answers.province, prompt);
      io.stderr(`已生成配置文件 “${path.relative(io.cwd, file)}”：按其中的注释修改即可。\n`);
      return EXIT_OK;
    }
    if (opts.testRules) {
      const { lines, failed } = testRules(path.resolve(io.cwd, opts.testRules));
      io.stdout(`${lines.join('\n')}\n共 ${lines.length} 条规则，${failed} 条未通过。\n`);
      return failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
    }
    if (opts.printConfig) {
      io.stdout(await printConfig(linter, path.resolve(io.cwd, opts.printConfig)));
      return EXIT_OK;
    }
    const { format, maxWarnings } = validate(opts, paths);
    const budget = parseBudget(opts);
    const concurrency = parseConcurrency(opts.concurrency);
    // loaded before any report is read: a formatter that cannot be found stops the run at once
    const formatter = await loadFormatter(format, io.cwd);
    if (formatter.binary && !opts.outputFile) throw new UsageError(binaryNeedsFile(format));

    const results: LintResult[] = [];
    const diffs: string[] = [];
    let cache: LintCache | undefined;
    let streamed: Streamed | undefined; // issue 14: set when the output was written as results came
    // every file is linted in a worker under the budget (packs held in this thread cannot cross to workers);
    // issue 14: a run of one ordinary report is linted here with `linter` (batch/local-policy.ts); workers start on first need
    const runner = createRunner({ budget, inProcess: io.packs ? linter : undefined, local: linter });
    const workConfig: JobConfig = { ...jobConfig, previous };
    try {
      if (opts.stdin) {
        const name = opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : path.join(io.cwd, '<stdin>');
        const bytes = await io.readStdin();
        // resolved here too: a broken config of the run stops it, and the formatters get every rule's meta
        await resolveConfigFirst(linter, name);
        const { runStdin } = await import('./batch/run-fix.js'); // issue 14: --fix's modules (iconv-lite, crypto) load only when used
        const linted = await runStdin(bytes, name, { config: workConfig, runner, dryRun: opts.fixDryRun === true });
        if (linted?.diff) diffs.push(linted.diff);
        if (linted) results.push(linted.result);
      } else {
        const named = new Set(paths.map((p) => path.resolve(io.cwd, p)));
        const ignoredBy = createIgnoreMatcher({
          cwd: io.cwd,
          ignorePath: opts.ignorePath,
          patterns: opts.ignorePattern,
          enabled: opts.ignore,
          roots: [...named].map((p) => (statIsDirectory(p) ? p : path.dirname(p))),
        });
        const files: string[] = [];
        for (const file of expandPaths(paths, io.cwd)) {
          const by = ignoredBy(file);
          if (!by) files.push(file);
          else if (named.has(file)) results.push(ignoredByResult(file, by));
        }
        debug(`找到 ${files.length} 个要检查的文件`);
        // configs are resolved here first: a broken one stops the run before any work, and the formatters get every rule's meta
        for (const file of files) await resolveConfigFirst(linter, file);
        if (opts.debug) await debugConfigFiles(linter, files, debug);
        runner.plan(files, concurrency, opts.concurrency !== undefined); // issue 14: workers only where they win (batch/pool-size.ts)
        if (opts.fix) sayOnlyChecked(io, files);
        if (opts.fix || opts.fixDryRun) {
          // each fix is computed in a worker and written here: a file that fails is its own result
          const { runFixes } = await import('./batch/run-fix.js');
          const fixed = await runFixes(files, { config: workConfig, runner, named, write: opts.fix === true });
          results.push(...fixed.results);
          if (opts.fixDryRun) diffs.push(...fixed.diffs);
        } else {
          const progressEnabled = !opts.quiet && io.isTTY && process.stderr.isTTY === true && !io.env.CI;
          const batchConfig = { ...jobConfig, slim: files.length > SLIM_ABOVE };
          if (opts.cache) {
            const { cacheFilePath, openCache } = await import('./cache/lint-cache.js');
            cache = openCache(cacheFilePath(io.cwd, opts.cacheLocation), cliVersion(), (m) => io.stderr(`xxgk-lint：${terminalSafe(m)}\n`));
          }
          const batchOptions = {
            config: batchConfig,
            runner: cache ? cache.wrap(runner, linter, batchConfig) : runner,
            named,
            previous,
            progress: progressBar(files.length, progressEnabled),
          };
          // issue 14: a format with a stream is written as results come, none kept (batch/stream-output.ts)
          if (formatter.stream && !(await wantsBatchView(linter, io.cwd))) {
            const context = { rulesMeta: linter.rulesMeta(), cwd: io.cwd, version: cliVersion() };
            const output = { stream: formatter.stream(), context, before: results.splice(0), quiet: opts.quiet === true, cwd: io.cwd, outputFile: opts.outputFile };
            streamed = await streamResults(files, batchOptions, { ...output, stdout: io.stdout, stderr: io.stderr });
          } else {
            results.push(...(await withBatchView(await runBatch(files, batchOptions), linter, io.cwd)));
          }
        }
      }
    } finally {
      await runner.close();
    }
    debug(`检查完毕：主线程检查 ${runner.counts.here} 项，工作线程 ${runner.counts.workers} 项`);
    if (cache) {
      const warning = cache.save();
      if (warning) io.stderr(`xxgk-lint：${terminalSafe(warning)}\n`);
      debug(`缓存 ${cache.file}：命中 ${cache.stats.hits} 个，重新检查 ${cache.stats.misses} 个`);
    }
    const rulesMeta = withBatchMeta(linter.rulesMeta(), results);
    // the diff is for reading (pretty); a machine format carries the fixed text in each result's `output`, as ESLint's does
    // on a terminal the report's control characters are shown, not obeyed; to a file or pipe the diff stays exact
    if (diffs.length > 0 && format === 'pretty') io.stdout(`${io.isTTY ? terminalSafe(diffs.join('\n')) : diffs.join('\n')}\n`);

    // issue 14: a streamed run has written its output and summary already
    const all = streamed?.all ?? summarize(results);
    if (!streamed) {
      const shown = opts.quiet ? errorsOnly(results) : results;
      const summary = summaryLine(summarize(shown), opts.quiet);
      const formatted = () => formatter.format(shown, { rulesMeta, cwd: io.cwd, version: cliVersion() });
      let output = format === 'pretty' && useColor(opts, io) ? await withColorsForced(formatted) : await formatted();
      if (format === 'pretty' && typeof output === 'string') {
        output = `${output}${summary}\n`;
        if (!useColor(opts, io)) output = stripVTControlCharacters(output);
      }
      if (opts.outputFile) {
        writeOutputFile(io, opts.outputFile, output);
        io.stderr(`结果已写入 “${terminalSafe(opts.outputFile)}”。${summary}\n`);
      } else {
        if (typeof output !== 'string') throw new UsageError(binaryNeedsFile(format));
        io.stdout(output);
        if (format !== 'pretty') io.stderr(`${summary}\n`);
      }
    }

    debug('输出完毕');
    const fatal = streamed?.fatal ?? results.filter((r) => r.messages.some((m) => m.fatal)).length;
    if (opts.exitOnFatalError && fatal > 0) {
      io.stderr(`xxgk-lint：${fatal} 个文件有致命错误（无法读取或没有检查完），按 --exit-on-fatal-error 以退出码 2 结束。\n`);
      return EXIT_USAGE;
    }
    const tooManyWarnings = maxWarnings >= 0 && all.warnings > maxWarnings;
    if (tooManyWarnings) {
      io.stderr(`xxgk-lint：警告共 ${all.warnings} 个，超过了 --max-warnings 允许的 ${maxWarnings} 个。\n`);
    }
    return all.errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof FormatterError) return fail(error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`内部错误（${detail}）：请把命令和这条消息反馈给维护者。`);
  }
}

function statIsDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** a file named on the command line that an ignore file or --ignore-pattern excludes: said, not dropped */
function ignoredByResult(file: string, by: IgnoredBy): LintResult {
  const result = ignoredResult(file, by.kind === 'file' ? by.file : undefined);
  if (by.kind === 'file') return result;
  const message = `这个文件被 --ignore-pattern “${by.pattern}” 排除，没有检查；如需检查，请去掉这个选项或用 --no-ignore。`;
  return { ...result, messages: result.messages.map((m) => ({ ...m, message })) };
}

/**
 * Colours asked for (--color, FORCE_COLOR) although stdout is no terminal: node's styleText,
 * which the pretty formatter uses, asks process.env whether to colour, so it is told for this call.
 */
async function withColorsForced<T>(run: () => Promise<T>): Promise<T> {
  const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
  process.env.FORCE_COLOR = '1';
  delete process.env.NO_COLOR;
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** --debug: one stderr line a step, with the milliseconds since the run began; nothing without it */
function debugLog(enabled: boolean, io: CliIo): (message: string) => void {
  if (!enabled) return () => {};
  const started = performance.now();
  return (message) => io.stderr(`xxgk-lint 调试 [${Math.round(performance.now() - started)} ms]：${terminalSafe(message)}\n`);
}

/** --debug: the config files the run's files are checked with (resolved already, so this reads nothing more) */
async function debugConfigFiles(linter: { configFor(file: string): Promise<{ files: string[] }> }, files: readonly string[], debug: (m: string) => void): Promise<void> {
  const read = new Set<string>();
  for (const file of files) {
    try {
      for (const f of (await linter.configFor(file)).files) read.add(f);
    } catch {
      // a folder's broken config: its files say so
    }
  }
  if (read.size === 0) debug('没有读取配置文件（使用全国推荐规则）');
  for (const f of read) debug(`读取了配置文件 ${f}`);
}

/** --fix writes back only .md/.txt: the other files named are linted, and the user is told so once */
function sayOnlyChecked(io: CliIo, files: readonly string[]): void {
  const checked = files.filter((f) => !canFixInPlace(f));
  if (checked.length === 0) return;
  const kinds = [...new Set(checked.map((f) => path.extname(f).toLowerCase() || '（无扩展名）'))].join('、');
  io.stderr(`xxgk-lint：${checked.length} 个文件（${terminalSafe(kinds)}）只检查、不修复：--fix 只写回 .md/.txt 文件，Word、PDF、网页等请在原文档中修改。\n`);
}

/** packs given in-process: each under its name, all of their recommended configs as the defaults */
function heldPacks(packs: RulePack[]): Pick<LinterOptions, 'defaults' | 'packs'> {
  const held: Record<string, RulePack> = {};
  for (const pack of packs) held[pack.meta.name] = pack;
  const known: KnownPacks = held;
  return { defaults: { extends: packs.map((p) => `${p.meta.name}/recommended`) }, packs: known };
}

/** Entry point of bin/xxgk-lint.js */
export async function main(): Promise<void> {
  if (process.argv.includes('--lsp')) {
    // `xxgk-lint --lsp --stdio`: editors start the language server this way; it owns stdin/stdout from here on
    const { startStdioServer } = await import('@xxgk-lint/language-server');
    startStdioServer();
    return;
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `xxgk-lint … | head`: the reader went away; stop quietly
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2));
  // for benchmarks: the peak memory of the whole run (worker threads included)
  if (process.env.XXGK_LINT_STATS) process.stderr.write(`xxgk-lint-stats ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
}
