import type { ResolvedConfig } from '../config/merge.js';
import { fixText } from '../engine/fix-loop.js';
import type { FixedText } from '../engine/fix-loop.js';
import { buildResult, fatalResult, lintIngested } from '../engine/linter.js';
import type { LintOptions } from '../engine/linter.js';
import { getRulesMeta } from '../engine/rule-set.js';
import { decode } from '../ingest/index.js';
import { TEXT_EXTENSIONS, sniffFormat } from '../ingest/index.js';
import { IngestError } from '../ingest/index.js';
import type { Ingested } from '../ingest/index.js';
import { MAX_INPUT_BYTES, ingestAny, ingestText } from '../ingest/index.js';
import { isStackOverflow, TOO_DEEP } from '../ingest/nesting-cap.js';
import { buildReportModel } from '../model/build.js';
import type { AnnualReport } from '../model/types.js';
import type { LintResult, RulesMeta } from '../types.js';
import { findPrevious } from './previous.js';
import type { Described, FileFix, LintCallOptions, Linter } from './types.js';

/** What a linter needs from where it runs: config for a file, and (where there are files) reading them. */
export interface Platform {
  configFor(filePath: string): Promise<ResolvedConfig>;
  /** a file's bytes (at most maxBytes), or the fatal result saying why it cannot be read; absent in a browser */
  readFile?(filePath: string, maxBytes: number): Uint8Array | LintResult;
  /** an absolute path for a file name given by the user */
  resolvePath(filePath: string): string;
}

export interface EngineOptions {
  /** report inline directives that suppressed nothing */
  reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error';
  /** refuse files larger than this (bytes); default: each format's own limit */
  maxBytes?: number;
  /** previous-year reports: each linted report is paired with the same body's report of the year before among these */
  previous?: readonly string[];
}

const UNNAMED = '<text>';

function internalError(filePath: string, error: unknown): LintResult {
  if (isStackOverflow(error)) return fatalResult(filePath, new IngestError(TOO_DEEP));
  const detail = error instanceof Error ? error.message : String(error);
  return fatalResult(filePath, new IngestError(`xxgk-lint 内部错误（${detail}）：这个文件没有检查完。请把报告和这条消息反馈给维护者。`));
}

/** A file the config's ignores leave out, said as ESLint says it. */
export function ignoredResult(filePath: string, ignoreFile?: string): LintResult {
  return buildResult(filePath, [
    {
      ruleId: null,
      severity: 1,
      message: ignoreFile
        ? `这个文件被忽略文件 ${ignoreFile} 排除，没有检查；如需检查，请修改该文件。`
        : '这个文件被配置中的 ignores 忽略，没有检查；如需检查，请修改配置或用 --no-config。',
      line: 1,
      column: 1,
      xxgkSeverity: 'warn',
      range: [0, 0],
    },
  ]);
}

/** only .md/.txt files, whose text is the file itself, are fixed in place */
export function canFixInPlace(filePath: string): boolean {
  const dot = filePath.lastIndexOf('.');
  return dot >= 0 && TEXT_EXTENSIONS.includes(filePath.slice(dot).toLowerCase());
}

/** a report read for the year-on-year pairing: its text and its model (default settings) */
interface ReadReport {
  ingested: Ingested;
  report: AnnualReport;
}

export function createLinterWith(platform: Platform, options: EngineOptions = {}): Linter {
  const seenMeta: RulesMeta = {};
  const readCache = new Map<string, Promise<ReadReport | undefined>>();
  const candidates = options.previous ?? [];

  const read = (filePath: string): Uint8Array | LintResult => {
    if (!platform.readFile) return fatalResult(filePath, new IngestError('这里不能读取文件：请把文件内容交给检查。'));
    return platform.readFile(filePath, options.maxBytes ?? MAX_INPUT_BYTES);
  };

  /**
   * A candidate previous-year report, read, parsed and modelled once per run
   * (describing it and linting against it share this); undefined when unreadable.
   */
  const readReport = (filePath: string): Promise<ReadReport | undefined> => {
    let cached = readCache.get(filePath);
    if (!cached) {
      cached = (async () => {
        const bytes = read(filePath);
        if (!(bytes instanceof Uint8Array)) return undefined;
        try {
          const ingested = await ingestAny(bytes, filePath);
          return { ingested, report: buildReportModel(ingested) };
        } catch {
          return undefined; // an unreadable previous report: the year-on-year rules stay silent
        }
      })();
      readCache.set(filePath, cached);
    }
    return cached;
  };

  const previousReport = async (filePath: string): Promise<LintOptions['previous']> => {
    const done = await readReport(filePath);
    return done ? { filePath, ingested: done.ingested, report: done.report } : undefined;
  };

  const describe = async (filePath: string): Promise<Described> => {
    const absolute = platform.resolvePath(filePath);
    const done = await readReport(absolute);
    if (!done) return { filePath: absolute };
    const { metadata } = done.report;
    return { filePath: absolute, body: metadata.body, year: metadata.year };
  };

  /** the engine's options for one file: its config, and the rules that exist */
  const engineOptions = async (
    filePath: string,
    previous?: string,
    resolved?: ResolvedConfig,
  ): Promise<{ config: ResolvedConfig; lint: LintOptions }> => {
    const config = resolved ?? (await platform.configFor(filePath));
    Object.assign(seenMeta, getRulesMeta(config.rules));
    const lint: LintOptions = {
      filePath,
      rules: config.rules,
      settings: config.settings,
      knownRuleIds: config.knownRuleIds,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
      maxBytes: options.maxBytes,
      previous: previous === undefined ? undefined : await previousReport(platform.resolvePath(previous)),
      batchSummary: config.batch !== undefined,
    };
    return { config, lint };
  };

  /** the same body's report of the year before among the candidates */
  const previousOf = async (filePath: string, body: string | undefined, year: number | undefined): Promise<string | undefined> => {
    if (candidates.length === 0 || !body || !year) return undefined;
    const described = await Promise.all(candidates.map(describe));
    return findPrevious({ filePath, body, year }, described)?.filePath;
  };

  /**
   * Read the input (a failure to read is the result's fatal message), then
   * lint it once: with candidates and no previous report named, the model
   * built to find the same body's report of the year before is the one the
   * lint uses. `resolved`: the file's config, when the caller has it.
   */
  const lintRead = async (
    call: LintCallOptions,
    readInput: (filePath: string, lint: LintOptions) => Ingested | Promise<Ingested>,
    source?: string,
    resolved?: ResolvedConfig,
  ): Promise<LintResult | null> => {
    const filePath = call.filePath ?? UNNAMED;
    try {
      const { config, lint } = await engineOptions(filePath, call.previous || undefined, resolved);
      if (config.ignored) return call.warnIgnored === false ? null : ignoredResult(filePath);
      let ingested: Ingested;
      try {
        ingested = await readInput(filePath, lint);
      } catch (error) {
        return fatalResult(filePath, error, source);
      }
      if (call.previous !== undefined || candidates.length === 0) return lintIngested(ingested, lint);
      const model = buildReportModel(ingested, lint.settings);
      const previous = await previousOf(filePath, model.metadata.body, model.metadata.year);
      return lintIngested(ingested, { ...lint, model, previous: previous ? await previousReport(platform.resolvePath(previous)) : undefined });
    } catch (error) {
      if (isFolderConfigProblem(error)) return folderConfigResult(filePath, error);
      if (isConfigProblem(error)) throw error;
      return internalError(filePath, error);
    }
  };

  /** a file's config, or the fatal result of a file whose config inside the linted tree cannot be used */
  const configOrFatal = async (filePath: string): Promise<ResolvedConfig | LintResult> => {
    try {
      return (await engineOptions(filePath)).config;
    } catch (error) {
      if (isFolderConfigProblem(error)) return folderConfigResult(filePath, error);
      throw error;
    }
  };

  const lintBytesWith = (bytes: Uint8Array, call: LintCallOptions = {}, resolved?: ResolvedConfig) =>
    lintRead(call, (filePath, lint) => ingestAny(bytes, filePath, { maxBytes: lint.maxBytes, format: call.format }), undefined, resolved);
  const lintBytes = (bytes: Uint8Array, call: LintCallOptions = {}) => lintBytesWith(bytes, call);

  const lintText = (text: string, call: LintCallOptions = {}) =>
    lintRead(call, (filePath) => ingestText(text, filePath, { format: call.format }), text);

  const fixOf = async (text: string, filePath: string, call: LintCallOptions): Promise<FixedText | null> => {
    const previous = call.previous === false ? undefined : (call.previous ?? (await previousForText(text, filePath, call)));
    const { config, lint } = await engineOptions(filePath, previous);
    if (config.ignored) return call.warnIgnored === false ? null : { output: text, result: ignoredResult(filePath), applied: 0 };
    return fixText(text, { ...lint, format: call.format });
  };

  /** the candidate previous report for a text about to be fixed (its body and year read from the text) */
  const previousForText = async (text: string, filePath: string, call: LintCallOptions): Promise<string | undefined> => {
    if (candidates.length === 0) return undefined;
    try {
      const { metadata } = buildReportModel(ingestText(text, filePath, { format: call.format }));
      return await previousOf(filePath, metadata.body, metadata.year);
    } catch {
      return undefined;
    }
  };

  const fixTextSafely = async (text: string, call: LintCallOptions = {}): Promise<FixedText | null> => {
    const filePath = call.filePath ?? UNNAMED;
    try {
      return await fixOf(text, filePath, call);
    } catch (error) {
      if (isFolderConfigProblem(error)) return { output: text, result: folderConfigResult(filePath, error), applied: 0 };
      if (isConfigProblem(error)) throw error;
      return { output: text, result: internalError(filePath, error), applied: 0 };
    }
  };

  return {
    lintText,
    lintBytes,
    async lintFile(file, call = {}) {
      const filePath = platform.resolvePath(file);
      const config = await configOrFatal(filePath);
      if (isResult(config)) return config;
      if (config.ignored) return call.warnIgnored === false ? null : ignoredResult(filePath);
      const bytes = read(filePath);
      if (!(bytes instanceof Uint8Array)) return bytes;
      return lintBytesWith(bytes, { ...call, filePath }, config);
    },
    fixText: fixTextSafely,
    async fixFile(file, call = {}): Promise<FileFix | null> {
      const filePath = platform.resolvePath(file);
      const config = await configOrFatal(filePath);
      if (isResult(config)) return { result: config };
      if (config.ignored) return call.warnIgnored === false ? null : { result: ignoredResult(filePath) };
      const bytes = read(filePath);
      if (!(bytes instanceof Uint8Array)) return { result: bytes };
      const sniffed = sniffFormat(bytes.subarray(0, 4096), filePath).format;
      const isText = sniffed === 'text' || sniffed === 'markdown';
      if (!canFixInPlace(filePath) || !isText) {
        const result = await lintBytes(bytes, { ...call, filePath });
        return result ? { result } : null;
      }
      let decoded;
      try {
        decoded = decode(bytes, options.maxBytes);
      } catch (error) {
        return { result: fatalResult(filePath, error) };
      }
      const fixed = await fixTextSafely(decoded.text, { ...call, filePath });
      if (!fixed) return null;
      return {
        result: fixed.output === decoded.text ? fixed.result : { ...fixed.result, output: fixed.output },
        text: { before: decoded.text, after: fixed.output, encoding: decoded.encoding, bom: decoded.bom, applied: fixed.applied, read: bytes },
      };
    },
    async configFor(filePath) {
      const config = await platform.configFor(platform.resolvePath(filePath));
      Object.assign(seenMeta, getRulesMeta(config.rules));
      return config;
    },
    rulesMeta: () => ({ ...seenMeta }),
    describe,
  };
}

/** a configuration that cannot be used stops the run (it is the user's to mend), unlike a file's problem */
function isConfigProblem(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConfigError';
}

/** a config inside the tree being linted that cannot be used (errors.ts FolderConfigError): only its files fail */
export function isFolderConfigProblem(error: unknown): error is Error {
  return isConfigProblem(error) && (error as { scope?: unknown }).scope === 'folder';
}

/** the one fatal message of a file whose config cannot be used, naming the config and its problem */
function folderConfigResult(filePath: string, error: Error): LintResult {
  return buildResult(filePath, [
    { ruleId: null, severity: 2, fatal: true, message: `${error.message.replace(/。$/, '')}。这个文件没有检查。`, line: 1, column: 1, xxgkSeverity: 'error', range: [0, 0] },
  ]);
}

function isResult(value: ResolvedConfig | LintResult): value is LintResult {
  return 'messages' in value;
}
