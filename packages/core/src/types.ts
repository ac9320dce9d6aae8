import type { Nodes, Root } from 'mdast';
import type { AnnualReport, ModelNode, Part, ReportTable } from './model/types.js';
import type { ReportSummary } from './batch/types.js';
import type { SourceCode } from './source-code.js';
import type { BodyKind } from './vocabulary/types.js';

export type Severity = 'off' | 'info' | 'warn' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export type SeverityInput = Severity | 0 | 1 | 2;

export type RuleCategory =
  | 'structure'
  | 'template'
  | 'arithmetic'
  | 'consistency'
  | 'fees'
  | 'contact'
  | 'writing'
  | 'privacy';

export interface RuleDocs {
  /** 中文一句话说明 */
  description: string;
  /** 规则文档页的绝对地址 */
  url: string;
  /** 依据（条例条款、文号、国家标准） */
  basis?: string[];
  category?: RuleCategory;
}

export interface RuleMeta {
  type: 'problem' | 'suggestion' | 'layout';
  docs: RuleDocs;
  messages?: Record<string, string>;
  fixable?: 'text' | 'whitespace';
  hasSuggestions?: boolean;
  /** 默认严重级别（全国 recommended 配置使用） */
  defaultSeverity: Severity;
  /** 规则选项的默认值，用户选项浅合并其上 */
  defaultOptions?: Record<string, unknown>;
  /** the options' shape (a JSON Schema subset), checked when a config loads */
  schema?: OptionSchema;
}

/** The JSON Schema keywords rule options may use. */
export interface OptionSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, OptionSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: OptionSchema;
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  description?: string;
}

export interface TextEdit {
  /** UTF-16 offsets into the original text, [start, end) */
  range: readonly [number, number];
  text: string;
}

export interface Fixer {
  replaceTextRange(range: readonly [number, number], text: string): TextEdit;
  insertTextBeforeRange(range: readonly [number, number], text: string): TextEdit;
  insertTextAfterRange(range: readonly [number, number], text: string): TextEdit;
  removeRange(range: readonly [number, number]): TextEdit;
}

export type FixFunction = (fixer: Fixer) => TextEdit | TextEdit[] | null;

export interface SuggestionDescriptor {
  desc: string;
  fix: FixFunction;
}

export interface ReportDescriptor {
  message?: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** a mdast node or a model node: the finding covers its range */
  node?: { position?: { start: { offset?: number }; end: { offset?: number } } } | ModelNode;
  /** absolute offsets into sourceCode.text */
  range?: readonly [number, number];
  fix?: FixFunction;
  suggest?: SuggestionDescriptor[];
  /**
   * Lower this one finding below the configured severity (a rule whose
   * catalogue entry says "error / warning"). Never raises it.
   */
  severity?: ActiveSeverity;
}

export interface Settings {
  /** 主体类型：乡镇/街道、县级以上人民政府、部门 */
  bodyKind?: BodyKind;
  /** 报告年度 */
  reportYear?: number;
  [key: string]: unknown;
}

export type { BodyKind } from './vocabulary/types.js';

export interface RuleContext<O = Record<string, unknown>> {
  readonly id: string;
  readonly options: O;
  readonly settings: Readonly<Settings>;
  readonly filePath: string;
  readonly sourceCode: SourceCode;
  readonly annualReport: AnnualReport;
  /** the same body's report of the year before, when the run was given it (year-on-year rules) */
  readonly previousReport?: { report: AnnualReport; filePath: string };
  report(descriptor: ReportDescriptor): void;
  /**
   * A value computed once per document and shared by every rule that asks
   * for the same key (e.g. a scan of the prose several rules read).
   */
  cache<T>(key: string, compute: () => T): T;
  /** whether a rule (by full id, e.g. "national/row-total") runs on this document */
  isEnabled(ruleId: string): boolean;
}

/**
 * Handlers by node type: the report model's Report / Part / Table, then mdast
 * types ("paragraph", "text", "table", …), each also as "type:exit".
 */
export interface Visitors {
  Report?: (report: AnnualReport) => void;
  'Report:exit'?: (report: AnnualReport) => void;
  Part?: (part: Part) => void;
  Table?: (table: ReportTable) => void;
  root?: (node: Root) => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mdast node types vary by key
  [mdastType: string]: ((node: any) => void) | undefined;
}

export type MdastNode = Nodes;

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  create(context: RuleContext<O>): Visitors;
}

export interface RuleEntry {
  rule: Rule;
  severity: ActiveSeverity;
  options: Record<string, unknown>;
}

/** id → rule, with namespace, e.g. "national/fee-statement" */
export type RuleSet = Record<string, RuleEntry>;

export interface RulePack {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule>;
  configs: Record<string, { rules: Record<string, SeverityInput | [SeverityInput, Record<string, unknown>]> }>;
}

export interface LintSuggestion {
  desc: string;
  fix: TextEdit;
}

/** why a finding was suppressed (ESLint's shape): an inline `<!-- xxgk-lint-disable … -- 理由 -->` */
export interface LintSuppression {
  kind: 'directive';
  /** the text after " -- " in the directive ('' when none) */
  justification: string;
}

/** ESLint's LintMessage, plus xxgk fields */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  fatal?: boolean;
  fix?: TextEdit;
  suggestions?: LintSuggestion[];
  /** only in `LintResult.suppressedMessages`: the directives that suppressed it */
  suppressions?: LintSuppression[];
  /** 'info' findings are severity 1 in ESLint's shape and are marked here */
  xxgkSeverity: ActiveSeverity;
  /**
   * UTF-16 offsets in the text the rules read: the file itself for .md/.txt,
   * the document's text view (`LintResult.source`) for .html/.docx/.pdf
   */
  range: [number, number];
  /** .pdf: the page the finding is on; `line` and `column` are then on that page */
  page?: number;
  /** .docx/.pdf: the words at the finding (the paragraph, table cell or PDF line), shortened */
  excerpt?: string;
  /** .docx: the table cell the finding is in, 1-based (merged cells count as the columns they cover) */
  cell?: { table: number; row: number; column: number };
  /** where the finding is, in words: 第3页第9行, 第12段, 第12行, 表三“本年新收政府信息公开申请数量”行“自然人”列 */
  where?: string;
}

/** ESLint's LintResult */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
  source?: string;
  output?: string;
  /** what core recognised, for reviewers' summaries */
  report?: { title?: string; body?: string; year?: number; bodyKind?: BodyKind };
  /** with a config that has `batch`: the compact summary the batch stage reads (batch/) */
  batch?: ReportSummary;
}

export interface RulesMeta {
  [ruleId: string]: RuleMeta;
}

/** what every formatter is given besides the results */
export interface FormatterContext {
  /** the metadata (docs links, descriptions) of every rule that ran */
  rulesMeta: RulesMeta;
  /** the working directory: paths are shown relative to it */
  cwd: string;
  /** the xxgk-lint version, for outputs that name the tool */
  version: string;
}

/**
 * An output format (ESLint's formatter contract): the results in, the text
 * to print out. A module named with `-f ./file.js` or an installed package
 * `xxgk-lint-formatter-<name>` default-exports one.
 */
export type Formatter = (results: LintResult[], context: FormatterContext) => FormatterOutput | Promise<FormatterOutput>;

/** text, or the bytes of a binary format (xlsx), which the CLI writes only to a file (-o) */
export type FormatterOutput = string | Uint8Array;

/** An output written as results arrive, so a batch never holds every result (issue 14). */
export interface StreamingFormatter {
  /** text before the first result */
  start?(context: FormatterContext): string;
  /** text for one result, written as soon as it is linted (the result's `source` may be absent) */
  result(result: LintResult, context: FormatterContext): string;
  /** text after the last result: closing brackets, summary lines */
  end?(context: FormatterContext): string;
}
