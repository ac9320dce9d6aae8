import type { Node as UnistNode, Parent } from 'unist';
import { IngestError } from '../ingest/index.js';
import type { Ingested } from '../ingest/index.js';
import type { TextFormat, TextParser } from '../ingest/index.js';
import { ingestAny, ingestBytes, ingestText } from '../ingest/index.js';
import type { PhaseTimes } from '../ingest/phases.js';
import { addPhase } from '../ingest/phases.js';
import { summarizeReport } from '../batch/summary.js';
import { buildReportModel } from '../model/build.js';
import { isPre2019, looksLikeReport } from '../model/recognise.js';
import type { AnnualReport, ModelNode } from '../model/types.js';
import { addWhere } from '../report/where.js';
import { SourceCode } from '../source-code.js';
import type {
  LintMessage,
  LintResult,
  ReportDescriptor,
  RuleContext,
  RuleSet,
  Settings,
  TextEdit,
} from '../types.js';
import { applyDirectives } from './directives.js';
import { fixer, mergeEdits } from './fixes.js';
import { toOriginalMessage } from './original.js';
import { placeOf } from './place.js';
import { capSeverity, eslintSeverity } from './severity.js';

export interface LintOptions {
  filePath?: string;
  /** read text as Markdown or plain text (default: from the file name) */
  format?: TextFormat;
  rules: RuleSet;
  settings?: Settings;
  /** files larger than this are refused with a message (bytes) */
  maxBytes?: number;
  /**
   * Say once that a file is not an annual report (no part headings, no
   * standard table, no report title) instead of running every rule on it.
   * Rule tests and rule examples lint snippets and turn this off.
   */
  checkReportShape?: boolean;
  /** add each rule's time (ms: create and visitors) here, as ESLint's TIMING=1 does */
  timing?: Map<string, number>;
  /** how text that is not Markdown is parsed (default: the plain-text parser; 'remark': the reference reading) */
  parser?: TextParser;
  /** add each phase's time (ms: decode, ingest, parse, model, rules, output) here; the bench's breakdown */
  phases?: PhaseTimes;
  /** the same body's report of the previous year, for the year-on-year rules (`report`: its model, when the caller built it) */
  previous?: { filePath: string; ingested: Ingested; report?: AnnualReport };
  /** the model of this very `ingested` with these settings, when the caller built it already (to find the previous report) */
  model?: AnnualReport;
  /** every rule id that exists (on or off), so that inline directives naming a rule that is off are not "unknown" */
  knownRuleIds?: Iterable<string>;
  /** report inline directives that suppressed nothing: true / 'warn', 'error', false / 'off' (default) */
  reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error';
  /** add the report's compact summary for the batch stage (`LintResult.batch`; a config with `batch`) */
  batchSummary?: boolean;
}

type Handler = (node: never) => void;

export function lintText(text: string, options: LintOptions): LintResult {
  const filePath = options.filePath ?? '<text>';
  try {
    return lintIngested(ingestText(text, filePath, { format: options.format }), options);
  } catch (error) {
    return fatalResult(filePath, error, text);
  }
}

export function lintBytes(bytes: Uint8Array, options: LintOptions): LintResult {
  const filePath = options.filePath ?? '<text>';
  let ingested: Ingested;
  try {
    ingested = ingestBytes(bytes, filePath, options.maxBytes, options.format, { phases: options.phases, parser: options.parser });
  } catch (error) {
    return fatalResult(filePath, error);
  }
  return lintIngested(ingested, options);
}

/**
 * Lint a file of any supported format (.md/.txt, .html, .docx, .pdf), found
 * from its content. Never rejects for a file that cannot be read: that is the
 * result's one fatal message.
 */
export async function lintAny(bytes: Uint8Array, options: LintOptions): Promise<LintResult> {
  const filePath = options.filePath ?? '<text>';
  let ingested: Ingested;
  try {
    ingested = await ingestAny(bytes, filePath, { maxBytes: options.maxBytes });
  } catch (error) {
    return fatalResult(filePath, error);
  }
  return lintIngested(ingested, options);
}

export function lintIngested(ingested: Ingested, options: LintOptions): LintResult {
  const filePath = options.filePath ?? '<text>';
  const settings = options.settings ?? {};
  const { phases } = options;
  let started = phases ? performance.now() : 0;
  const sourceCode = new SourceCode(ingested.text, ingested.ast, ingested.lines);
  const annualReport = options.model ?? buildReportModel(ingested, settings);
  if (options.checkReportShape !== false && !looksLikeReport(annualReport)) {
    return fatalResult(
      filePath,
      new IngestError(
        '这个文件看起来不是政府信息公开工作年度报告：没有找到“……政府信息公开工作年度报告”标题、“一、总体情况”等部分标题、统计表，也没有引用《中华人民共和国政府信息公开条例》的年度报告字样，未做检查。请确认文件是否选对。',
      ),
      ingested.text,
    );
  }
  if (options.checkReportShape !== false && isPre2019(annualReport)) {
    return noticeResult(filePath, PRE_2019_NOTICE.replace('{{year}}', String(annualReport.metadata.year)), annualReport);
  }
  const previousReport = options.previous
    ? { report: options.previous.report ?? buildReportModel(options.previous.ingested, {}), filePath: options.previous.filePath }
    : undefined;
  if (phases) started = addPhase(phases, 'model', started);
  const messages: LintMessage[] = [];
  const handlers = new Map<string, { ruleId: string; fn: Handler }[]>();
  const shared = new Map<string, unknown>();
  const cache = <T>(key: string, compute: () => T): T => {
    if (!shared.has(key)) shared.set(key, compute());
    return shared.get(key) as T;
  };
  const isEnabled = (ruleId: string) => Object.hasOwn(options.rules, ruleId);

  for (const [ruleId, entry] of Object.entries(options.rules)) {
    const context: RuleContext = {
      id: ruleId,
      options: { ...(entry.rule.meta.defaultOptions ?? {}), ...entry.options },
      settings,
      filePath,
      sourceCode,
      annualReport,
      previousReport,
      report: (descriptor) => messages.push(toMessage(ruleId, entry, descriptor, sourceCode)),
      cache,
      isEnabled,
    };
    let visitors;
    const started = options.timing ? performance.now() : 0;
    try {
      visitors = entry.rule.create(context);
      if (options.timing) options.timing.set(ruleId, (options.timing.get(ruleId) ?? 0) + performance.now() - started);
    } catch (error) {
      messages.push(ruleCrash(ruleId, error));
      continue;
    }
    for (const [key, fn] of Object.entries(visitors)) {
      if (!fn) continue;
      const list = handlers.get(key) ?? [];
      list.push({ ruleId, fn: fn as Handler });
      handlers.set(key, list);
    }
  }

  const crashed = new Set<string>();
  const emit = (key: string, node: unknown) => {
    const list = handlers.get(key);
    if (!list) return;
    for (const { ruleId, fn } of list) {
      if (crashed.has(ruleId)) continue;
      try {
        if (options.timing) {
          const started = performance.now();
          fn(node as never);
          options.timing.set(ruleId, (options.timing.get(ruleId) ?? 0) + performance.now() - started);
        } else fn(node as never);
      } catch (error) {
        crashed.add(ruleId);
        messages.push(ruleCrash(ruleId, error));
      }
    }
  };

  traverse(annualReport, ingested.ast, emit, visitedNodeTypes(handlers));
  if (phases) started = addPhase(phases, 'rules', started);
  const directed = applyDirectives(messages, ingested, Object.keys(options.rules), options);
  const found = [...readingNotices(ingested), ...dedupe(directed.messages)].map((m) => toOriginalMessage(m, ingested));
  const result = buildResult(filePath, found, ingested.text, annualReport);
  result.suppressedMessages = dedupe(directed.suppressedMessages).map((m) => toOriginalMessage(m, ingested));
  addWhere([...result.messages, ...result.suppressedMessages], ingested.format, annualReport);
  if (options.batchSummary) result.batch = summarizeReport(annualReport, (range) => placeOf(range, sourceCode, ingested, annualReport));
  if (phases) addPhase(phases, 'output', started);
  return result;
}

const PRE_2019_NOTICE =
  '这是 {{year}} 年度的报告：2019 年以前的年度报告按旧模板编写，现行格式（国办公开办函〔2019〕60号试行格式、〔2021〕30号格式）的各项检查不适用，未做检查。';

/** one info for the whole file, in place of the checks */
function noticeResult(filePath: string, text: string, report: AnnualReport): LintResult {
  const message: LintMessage = { ruleId: null, severity: 1, message: text, line: 1, column: 1, xxgkSeverity: 'info', range: [0, 0] };
  return buildResult(filePath, [message], undefined, report);
}

/** the reading's warnings (nesting flattened …): one warning each, at the start of the file */
function readingNotices(ingested: Ingested): LintMessage[] {
  return (ingested.notices ?? []).map((text) => ({ ruleId: null, severity: 1, message: text, line: 1, column: 1, xxgkSeverity: 'warn', range: [0, 0] }));
}

const MODEL_KEYS = new Set(['Report', 'Part', 'Table', 'Report:exit']);

/** the mdast node types some rule visits, on entering and on exit */
interface Visited {
  enter: Set<string>;
  exit: Set<string>;
}

function visitedNodeTypes(handlers: ReadonlyMap<string, unknown>): Visited {
  const visited: Visited = { enter: new Set(), exit: new Set() };
  for (const key of handlers.keys()) {
    if (MODEL_KEYS.has(key)) continue;
    if (key.endsWith(':exit')) visited.exit.add(key.slice(0, -':exit'.length));
    else visited.enter.add(key);
  }
  return visited;
}

/**
 * One pass: the report model first (Report, Part, Table), then the mdast
 * (each node, its children, then `type:exit`), then Report:exit. A stack, not
 * recursion: the tree's depth is the input's. Only the node types a rule
 * visits are emitted; with none, the mdast is not walked.
 */
function traverse(report: AnnualReport, ast: UnistNode, emit: (key: string, node: unknown) => void, visited: Visited): void {
  emit('Report', report);
  for (const part of report.parts) emit('Part', part);
  for (const table of Object.values(report.tables)) if (table) emit('Table', table);
  if (visited.enter.size > 0 || visited.exit.size > 0) walkMdast(ast, emit, visited);
  emit('Report:exit', report);
}

function walkMdast(ast: UnistNode, emit: (key: string, node: unknown) => void, visited: Visited): void {
  const stack: { node: UnistNode; exit: boolean }[] = [{ node: ast, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: UnistNode; exit: boolean };
    if (exit) {
      emit(`${node.type}:exit`, node);
      continue;
    }
    if (visited.enter.has(node.type)) emit(node.type, node);
    if (visited.exit.has(node.type)) stack.push({ node, exit: true });
    const children = (node as Parent).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** a template split once: [text, key, placeholder as written, text, key, placeholder, …, text] */
const splitTemplates = new Map<string, string[]>();
const SPLIT_KEPT = 512;

function splitTemplate(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1], m[0]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  if (splitTemplates.size >= SPLIT_KEPT) splitTemplates.clear();
  splitTemplates.set(template, parts);
  return parts;
}

/** {{key}} replaced by data[key] (a key the data lacks stays as written); the same as template.replace(PLACEHOLDER, …) */
function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data || !template.includes('{{')) return template;
  const parts = splitTemplate(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) out += (parts[i] in data ? String(data[parts[i]]) : parts[i + 1]) + parts[i + 2];
  return out;
}

function rangeOf(descriptor: ReportDescriptor): [number, number] {
  if (descriptor.range) return [descriptor.range[0], descriptor.range[1]];
  const node = descriptor.node;
  if (node && 'range' in node && Array.isArray((node as ModelNode).range)) {
    const r = (node as ModelNode).range;
    return [r[0], r[1]];
  }
  if (node && 'position' in node && node.position) {
    return [node.position.start.offset ?? 0, node.position.end.offset ?? 0];
  }
  return [0, 0];
}

function toMessage(
  ruleId: string,
  entry: RuleSet[string],
  descriptor: ReportDescriptor,
  sourceCode: SourceCode,
): LintMessage {
  const { meta } = entry.rule;
  const template = descriptor.message ?? (descriptor.messageId ? meta.messages?.[descriptor.messageId] : undefined);
  if (template === undefined) throw new Error(`规则 ${ruleId} 报告时没有给出 message 或有效的 messageId`);
  const range = rangeOf(descriptor);
  const loc = sourceCode.getLoc(range);
  const severity = capSeverity(entry.severity, descriptor.severity);
  const message: LintMessage = {
    ruleId,
    severity: eslintSeverity(severity),
    message: interpolate(template, descriptor.data),
    line: loc.start.line,
    column: loc.start.column,
    endLine: loc.end.line,
    endColumn: loc.end.column,
    xxgkSeverity: severity,
    range,
  };
  if (descriptor.messageId) message.messageId = descriptor.messageId;
  if (descriptor.fix) {
    if (!meta.fixable) throw new Error(`规则 ${ruleId} 给出了修复，但 meta.fixable 未声明`);
    const fix = collectEdits(descriptor.fix(fixer), sourceCode.text);
    if (fix) message.fix = fix;
  }
  if (descriptor.suggest?.length) {
    message.suggestions = descriptor.suggest.flatMap((s) => {
      const fix = collectEdits(s.fix(fixer), sourceCode.text);
      return fix ? [{ desc: s.desc, fix }] : [];
    });
  }
  return message;
}

function collectEdits(result: TextEdit | TextEdit[] | null, text: string): TextEdit | undefined {
  if (!result) return undefined;
  const edits = Array.isArray(result) ? result : [result];
  if (edits.length === 0) return undefined;
  return edits.length === 1 ? edits[0] : mergeEdits(text, edits);
}

function ruleCrash(ruleId: string, error: unknown): LintMessage {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    severity: 2,
    fatal: true,
    message: `规则 ${ruleId} 运行出错（${detail}）：本文件的这条规则没有完成检查，请把报告和这条消息反馈给维护者。`,
    line: 1,
    column: 1,
    xxgkSeverity: 'error',
    range: [0, 0],
  };
}

function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  const out: LintMessage[] = [];
  for (const m of messages) {
    const key = `${m.ruleId}\u0000${m.range[0]}\u0000${m.range[1]}\u0000${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || String(a.ruleId).localeCompare(String(b.ruleId)));
}

export function buildResult(filePath: string, messages: LintMessage[], source?: string, report?: AnnualReport): LintResult {
  const count = (pred: (m: LintMessage) => boolean) => messages.filter(pred).length;
  const result: LintResult = {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: count((m) => m.severity === 2),
    fatalErrorCount: count((m) => m.fatal === true),
    warningCount: count((m) => m.xxgkSeverity === 'warn'),
    infoCount: count((m) => m.xxgkSeverity === 'info'),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== undefined),
    usedDeprecatedRules: [],
  };
  if (source !== undefined && messages.length > 0) result.source = source;
  if (report) {
    const md = report.metadata;
    result.report = { title: md.title?.text, body: md.body, year: md.year, bodyKind: md.bodyKind };
  }
  return result;
}

/** A file that could not be read: one fatal message naming the problem, the batch goes on. */
export function fatalResult(filePath: string, error: unknown, source?: string): LintResult {
  if (!(error instanceof IngestError)) throw error;
  const message: LintMessage = {
    ruleId: null,
    severity: 2,
    fatal: true,
    message: error.message,
    line: error.line ?? 1,
    column: error.column ?? 1,
    xxgkSeverity: 'error',
    range: [0, 0],
  };
  return buildResult(filePath, [message], source);
}
