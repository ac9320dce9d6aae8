import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintText } from '../engine/linter.js';
import { applyFixes } from '../engine/fixes.js';
import { normalizeSeverity } from '../engine/severity.js';
import type { AnnualReport, Cell, PartNumber, Range, Table2Row, Table3Row, Table4Group } from '../model/types.js';
import {
  CHINESE_NUMERALS,
  TABLE2_COLUMNS,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_ROWS_2019,
  TABLE3_ROWS_2021,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
} from '../vocabulary/labels.js';
import { tableGrid } from '../model/grid.js';
import type { NormalizedText } from '../text/normalize.js';
import { labelKey, normalizeSegments } from '../text/normalize.js';
import type { ActiveSeverity, Rule, RuleContext } from '../types.js';
import { ConfigError } from './errors.js';
import { matchAllWithBudget, PatternTimeout, unsafePatternReason } from './regex-safety.js';

export const DECLARATIVE_TYPES = ['require-phrase', 'forbid-phrase', 'max-length', 'require-table-value'] as const;
export type DeclarativeType = (typeof DECLARATIVE_TYPES)[number];

/** time a declarative pattern rule may take on one file */
export const PATTERN_BUDGET_MS = 250;

export interface DeclarativeRuleSpec {
  id: string;
  type: DeclarativeType;
  message?: string;
  severity?: string | number;
  description?: string;
  docs?: { description?: string; url?: string; basis?: string[] };
  phrase?: string | string[];
  regex?: boolean;
  ignoreCase?: boolean;
  replacement?: string;
  min?: number;
  max?: number;
  part?: string | number;
  table?: string | number;
  row?: string;
  column?: string;
  op?: string;
  value?: number | { row: string; column: string };
  examples?: { valid?: string[]; invalid?: (string | { text: string; output?: string })[] };
}

/** a spec with the file it came from */
type Spec = DeclarativeRuleSpec & { file: string };

export interface CompiledDeclarative {
  id: string;
  rule: Rule;
  severity: ActiveSeverity;
}

/** where a problem is, for ConfigError: the key path inside the rule and a line lookup */
export interface SpecLocation {
  file: string;
  path: (string | number)[];
  lineOf(path: (string | number)[]): number | undefined;
}

const OPS = ['==', '!=', '>', '>=', '<', '<='] as const;
type Op = (typeof OPS)[number];
const OP_WORDS: Record<Op, string> = { '==': '等于', '!=': '不等于', '>': '大于', '>=': '不小于', '<': '小于', '<=': '不大于' };

function fail(loc: SpecLocation, key: string | (string | number)[] | undefined, detail: string): never {
  const path = key === undefined ? loc.path : [...loc.path, ...(Array.isArray(key) ? key : [key])];
  throw new ConfigError(detail, loc.file, path.join('.'), loc.lineOf(path));
}

export function parsePart(value: string | number | undefined): PartNumber | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().replace(/[、.．]$/, '');
  const n = /^[1-6]$/.test(text) ? Number(text) : CHINESE_NUMERALS.indexOf(text) + 1;
  return n >= 1 && n <= 6 ? (n as PartNumber) : undefined;
}

function tableNumber(value: string | number | undefined): 2 | 3 | 4 | undefined {
  const n = parsePart(value);
  return n === 2 || n === 3 || n === 4 ? n : undefined;
}

function scopeName(part: PartNumber | undefined, table: number | undefined): string {
  if (part) return `第${CHINESE_NUMERALS[part - 1]}部分`;
  if (table) return `表${CHINESE_NUMERALS[table - 1]}`;
  return '全文';
}

/** the text a phrase rule looks at: the whole prose, one part's prose, or one table's cells */
function scopeText(report: AnnualReport, part: PartNumber | undefined, table: 2 | 3 | 4 | undefined, source: string): NormalizedText | null {
  if (part) {
    const p = report.part(part);
    return p ? report.proseIn(p.bodyRange) : null;
  }
  if (table) {
    const t = report.tables[`table${table}` as const];
    if (!t) return null;
    const segments = t.nodes.flatMap((node) => tableGrid(node).flatMap((row) => row.cells.map((c) => ({ range: c.range, newBlock: true }))));
    return normalizeSegments(source, segments);
  }
  return report.prose;
}

function compilePatterns(spec: DeclarativeRuleSpec, loc: SpecLocation): RegExp[] {
  const phrases = Array.isArray(spec.phrase) ? spec.phrase : spec.phrase !== undefined ? [spec.phrase] : [];
  if (phrases.length === 0 || phrases.some((p) => typeof p !== 'string' || p.length === 0)) {
    fail(loc, 'phrase', '应为非空的文字（或文字列表）');
  }
  const flags = `g${spec.ignoreCase ? 'i' : ''}u`;
  return phrases.map((phrase, i) => {
    // phrases are compared with the whitespace of the report removed
    const source = spec.regex ? phrase : labelFree(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (spec.regex) {
      const unsafe = unsafePatternReason(phrase);
      if (unsafe) fail(loc, Array.isArray(spec.phrase) ? ['phrase', i] : 'phrase', `正则表达式 “${phrase}” 被拒绝：${unsafe}。请改写，避免嵌套的重复。`);
    }
    let re: RegExp;
    try {
      re = new RegExp(source, flags);
    } catch (error) {
      fail(loc, 'phrase', `正则表达式 “${phrase}” 无法编译：${(error as Error).message}`);
    }
    if (new RegExp(source, flags.replace('g', '')).test('')) fail(loc, 'phrase', `“${phrase}” 可以匹配空字符串，规则会在每个位置报告：请改写。`);
    return re;
  });
}

function labelFree(phrase: string): string {
  return phrase.replace(/[\s\u3000]+/g, '');
}

function findMatches(re: RegExp, text: NormalizedText, regex: boolean): { index: number; text: string }[] {
  if (!regex) return Array.from(text.value.matchAll(re), (m) => ({ index: m.index ?? 0, text: m[0] }));
  return matchAllWithBudget(re, text.value, PATTERN_BUDGET_MS);
}

function checkSeverity(spec: DeclarativeRuleSpec, loc: SpecLocation): ActiveSeverity {
  if (spec.severity === undefined) return 'warn';
  const allowed = ['info', 'warn', 'error', 1, 2];
  if (!allowed.includes(spec.severity as never)) fail(loc, 'severity', `只能是 info、warn、error（或 1、2），实际是 ${JSON.stringify(spec.severity)}`);
  return normalizeSeverity(spec.severity as never) as ActiveSeverity;
}

function interpolate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/** a docs url relative to the rule file becomes a file:// URL; by default the rule file itself */
function docsUrlOf(spec: Spec): string {
  const url = spec.docs?.url;
  if (url && /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return pathToFileURL(url ? resolve(dirname(spec.file), url) : spec.file).href;
}

function meta(spec: Spec, severity: ActiveSeverity, description: string, fixable: boolean): Rule['meta'] {
  return {
    type: 'suggestion',
    defaultSeverity: severity,
    fixable: fixable ? 'text' : undefined,
    docs: {
      description: spec.docs?.description ?? spec.description ?? description,
      url: docsUrlOf(spec),
      basis: spec.docs?.basis,
    },
  };
}

function timeoutMessage(context: RuleContext, id: string): void {
  context.report({
    message: `自定义规则 ${id} 的正则表达式在本文件上运行超过 ${PATTERN_BUDGET_MS} 毫秒，已停止：请简化这个表达式。`,
    range: [0, 0],
  });
}

// ------------------------------------------------------------------ the four types

function forbidPhrase(spec: Spec, loc: SpecLocation, severity: ActiveSeverity): Rule {
  const patterns = compilePatterns(spec, loc);
  const part = parsePart(spec.part);
  const table = tableNumber(spec.table);
  if (spec.replacement !== undefined && typeof spec.replacement !== 'string') fail(loc, 'replacement', '应为文字');
  const template = spec.message ?? (spec.replacement !== undefined ? '不应使用“{{actual}}”，请改为“{{expected}}”。' : '不应出现“{{actual}}”。');
  return {
    meta: meta(spec, severity, `${scopeName(part, table)}不应出现“${[spec.phrase].flat().join('、')}”`, spec.replacement !== undefined),
    create(context) {
      return {
        Report(report) {
          const text = scopeText(report, part, table, context.sourceCode.text);
          if (!text) return;
          for (const re of patterns) {
            let matches;
            try {
              matches = findMatches(re, text, spec.regex === true);
            } catch (error) {
              if (error instanceof PatternTimeout) return timeoutMessage(context, spec.id);
              throw error;
            }
            for (const m of matches) {
              const range = text.toRange(m.index, m.index + m.text.length);
              const expected = spec.replacement === undefined ? '' : spec.regex ? m.text.replace(new RegExp(re.source, re.flags.replace('g', '')), spec.replacement) : spec.replacement;
              context.report({
                message: interpolate(template, { actual: m.text, expected }),
                range,
                fix: spec.replacement === undefined ? undefined : (fixer) => fixer.replaceTextRange(range, expected),
              });
            }
          }
        },
      };
    },
  };
}

function requirePhrase(spec: Spec, loc: SpecLocation, severity: ActiveSeverity): Rule {
  const patterns = compilePatterns(spec, loc);
  const part = parsePart(spec.part);
  const table = tableNumber(spec.table);
  const min = spec.min ?? 1;
  if (!Number.isInteger(min) || min < 1) fail(loc, 'min', '应为不小于 1 的整数');
  const phraseText = [spec.phrase].flat().join('”或“');
  const template = spec.message ?? `${scopeName(part, table)}应写明“{{expected}}”。`;
  return {
    meta: meta(spec, severity, `${scopeName(part, table)}须出现“${phraseText}”`, false),
    create(context) {
      return {
        Report(report) {
          const text = scopeText(report, part, table, context.sourceCode.text);
          let count = 0;
          if (text) {
            for (const re of patterns) {
              try {
                count += findMatches(re, text, spec.regex === true).length;
              } catch (error) {
                if (error instanceof PatternTimeout) return timeoutMessage(context, spec.id);
                throw error;
              }
            }
          }
          if (count >= min) return;
          const heading = part ? report.part(part)?.heading.range : undefined;
          context.report({ message: interpolate(template, { expected: phraseText, count, min }), range: heading ?? [0, 0] });
        },
      };
    },
  };
}

function maxLength(spec: Spec, loc: SpecLocation, severity: ActiveSeverity): Rule {
  const part = parsePart(spec.part);
  if (spec.part !== undefined && !part) fail(loc, 'part', `应为一至六（或 1–6），实际是 ${JSON.stringify(spec.part)}`);
  if (!Number.isInteger(spec.max) || (spec.max as number) < 1) fail(loc, 'max', '应为正整数（字数上限）');
  const max = spec.max as number;
  const template = spec.message ?? `${scopeName(part, undefined)}共 {{count}} 字，超过了 {{max}} 字的上限：请精简。`;
  return {
    meta: meta(spec, severity, `${scopeName(part, undefined)}不超过 ${max} 字`, false),
    create(context) {
      return {
        Report(report) {
          const p = part ? report.part(part) : undefined;
          if (part && !p) return;
          const text = p ? report.proseIn(p.bodyRange) : report.prose;
          const count = text.value.replace(/\n/g, '').length;
          if (count <= max) return;
          context.report({ message: interpolate(template, { count, max }), range: p ? p.heading.range : [0, 0] });
        },
      };
    },
  };
}

// ------------------------------------------------------------------ table cells by their Chinese names

type CellRef = { row: string; column: string };

function findTable3Row(name: string): Table3Row | undefined {
  const key = labelKey(name);
  const specs = [...TABLE3_ROWS_2021, ...TABLE3_ROWS_2019];
  return specs.find((r) => r.key === name || labelKey(r.short) === key || labelKey(r.label) === key)?.key;
}

function lookupCell(report: AnnualReport, table: 2 | 3 | 4, ref: CellRef): Cell | undefined | null {
  const column = labelKey(ref.column);
  if (table === 2) {
    const t = report.tables.table2;
    if (!t || t.confidence !== 'high') return null;
    const row = (Object.entries(TABLE2_LABELS) as [Table2Row, string][]).find(([, l]) => labelKey(l) === labelKey(ref.row))?.[0];
    if (!row) return undefined;
    const cells = t.rows[row];
    const index = TABLE2_COLUMNS.documents.findIndex((c) => labelKey(c) === column);
    return cells?.[Math.max(0, index)];
  }
  if (table === 3) {
    const t = report.tables.table3;
    if (!t || t.confidence !== 'high') return null;
    const row = findTable3Row(ref.row);
    const index = (Object.values(TABLE3_COLUMN_LABELS) as string[]).findIndex((c) => labelKey(c) === column);
    if (!row || index < 0) return undefined;
    return t.rows[row]?.cells[index] ?? null;
  }
  const t = report.tables.table4;
  if (!t || t.confidence !== 'high') return null;
  const group = (Object.entries(TABLE4_GROUP_LABELS) as [Table4Group, string][]).find(([, l]) => labelKey(l).includes(labelKey(ref.row)))?.[0];
  const index = (Object.values(TABLE4_COLUMN_LABELS) as string[]).findIndex((c) => labelKey(c) === column);
  if (!group || index < 0) return undefined;
  return t.groups[group]?.[index] ?? null;
}

function validRef(table: 2 | 3 | 4, ref: CellRef): boolean {
  const column = labelKey(ref.column);
  if (table === 2) {
    return Object.values(TABLE2_LABELS).some((l) => labelKey(l) === labelKey(ref.row)) && [...TABLE2_COLUMNS.documents, TABLE2_COLUMNS.decisions, TABLE2_COLUMNS.fee].some((c) => labelKey(c) === column);
  }
  if (table === 3) return findTable3Row(ref.row) !== undefined && Object.values(TABLE3_COLUMN_LABELS).some((c) => labelKey(c) === column);
  return Object.values(TABLE4_GROUP_LABELS).some((l) => labelKey(l).includes(labelKey(ref.row))) && (Object.values(TABLE4_COLUMN_LABELS) as string[]).some((c) => labelKey(c) === column);
}

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '<=': return a <= b;
  }
}

function requireTableValue(spec: Spec, loc: SpecLocation, severity: ActiveSeverity): Rule {
  const table = tableNumber(spec.table);
  if (!table) fail(loc, 'table', `应为 二、三 或 四，实际是 ${JSON.stringify(spec.table)}`);
  if (typeof spec.row !== 'string' || typeof spec.column !== 'string') fail(loc, 'row', '须写明 row（行）和 column（列）');
  const ref: CellRef = { row: spec.row, column: spec.column };
  if (!validRef(table, ref)) fail(loc, 'row', `表${CHINESE_NUMERALS[table - 1]}中找不到“${spec.row}”行“${spec.column}”列`);
  if (!OPS.includes(spec.op as Op)) fail(loc, 'op', `只能是 ${OPS.join(' ')} 之一`);
  const op = spec.op as Op;
  const other = typeof spec.value === 'object' && spec.value !== null ? (spec.value as CellRef) : undefined;
  if (other && !validRef(table, other)) fail(loc, 'value', `表${CHINESE_NUMERALS[table - 1]}中找不到“${other.row}”行“${other.column}”列`);
  if (!other && typeof spec.value !== 'number') fail(loc, 'value', '应为数字，或 {row, column} 指向同表的另一格');
  const cellName = (r: CellRef) => `表${CHINESE_NUMERALS[table - 1]}“${r.row}”行“${r.column}”列`;
  const expectedText = other ? cellName(other) : String(spec.value);
  const template = spec.message ?? `{{cell}}为 {{actual}}，应${OP_WORDS[op]}{{expected}}。`;
  return {
    meta: meta(spec, severity, `${cellName(ref)}${OP_WORDS[op]}${expectedText}`, false),
    create(context) {
      return {
        Report(report) {
          const cell = lookupCell(report, table, ref);
          if (!cell || cell.value === null) return;
          let expected: number;
          let expectedShown = expectedText;
          if (other) {
            const otherCell = lookupCell(report, table, other);
            if (!otherCell || otherCell.value === null) return;
            expected = otherCell.value;
            expectedShown = `${expectedText}（${expected}）`;
          } else expected = spec.value as number;
          if (compare(cell.value, op, expected)) return;
          context.report({ message: interpolate(template, { cell: cellName(ref), actual: cell.value, expected: expectedShown }), range: cell.range as Range });
        },
      };
    },
  };
}

// ------------------------------------------------------------------ entry

const BUILDERS: Record<DeclarativeType, (spec: Spec, loc: SpecLocation, severity: ActiveSeverity) => Rule> = {
  'forbid-phrase': forbidPhrase,
  'require-phrase': requirePhrase,
  'max-length': maxLength,
  'require-table-value': requireTableValue,
};

const KNOWN_KEYS = new Set([
  'id', 'type', 'message', 'severity', 'description', 'docs', 'phrase', 'regex', 'ignoreCase', 'replacement',
  'min', 'max', 'part', 'table', 'row', 'column', 'op', 'value', 'examples',
]);

/** A declarative rule (YAML/JSON data) → a code rule, checked and with its examples run. */
export function compileDeclarative(raw: unknown, loc: SpecLocation, namespace?: string): CompiledDeclarative {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(loc, undefined, '每条自定义规则应为一个对象（id、type、…）');
  const spec = raw as DeclarativeRuleSpec;
  for (const key of Object.keys(spec)) if (!KNOWN_KEYS.has(key)) fail(loc, key, `不是自定义规则的字段（可用：${[...KNOWN_KEYS].join('、')}）`);
  if (typeof spec.id !== 'string' || spec.id.length === 0) fail(loc, 'id', '须写明规则 id，如 “county/agency-name”');
  const id = spec.id.includes('/') ? spec.id : namespace ? `${namespace}/${spec.id}` : fail(loc, 'id', `应带命名空间，如 “county/${spec.id}”`);
  if (!DECLARATIVE_TYPES.includes(spec.type)) fail(loc, 'type', `只能是 ${DECLARATIVE_TYPES.join('、')} 之一，实际是 ${JSON.stringify(spec.type)}`);
  if (spec.part !== undefined && !parsePart(spec.part)) fail(loc, 'part', `应为一至六（或 1–6），实际是 ${JSON.stringify(spec.part)}`);
  if (spec.message !== undefined && typeof spec.message !== 'string') fail(loc, 'message', '应为文字');
  const severity = checkSeverity(spec, loc);
  const rule = BUILDERS[spec.type]({ ...spec, id, file: loc.file }, loc, severity);
  runExamples(id, rule, spec, loc);
  return { id, rule, severity };
}

/** A rule's own examples must behave as written; a rule that can't match them is a config error. */
export function runExamples(id: string, rule: Rule, spec: DeclarativeRuleSpec, loc: SpecLocation): void {
  const examples = spec.examples;
  if (!examples) return;
  const lint = (text: string) =>
    lintText(text, { filePath: 'example.txt', rules: { [id]: { rule, severity: 'error', options: {} } }, checkReportShape: false });
  (examples.valid ?? []).forEach((text, i) => {
    const found = lint(text).messages;
    if (found.length > 0) fail(loc, ['examples', 'valid', i], `示例应无问题，规则却报告了：${found[0].message}`);
  });
  (examples.invalid ?? []).forEach((example, i) => {
    const { text, output } = typeof example === 'string' ? { text: example, output: undefined } : example;
    const found = lint(text).messages;
    if (found.length === 0) fail(loc, ['examples', 'invalid', i], '示例应被规则发现，规则却没有报告：请检查 phrase、part 等是否写对。');
    if (output !== undefined) {
      const fixed = applyFixes(text, found.flatMap((m) => (m.fix ? [m.fix] : []))).output;
      if (fixed !== output) fail(loc, ['examples', 'invalid', i], `修复后应为 “${output}”，实际为 “${fixed}”`);
    }
  });
}
