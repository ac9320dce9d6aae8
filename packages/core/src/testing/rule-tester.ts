import { checkAgainstSchema } from '../config/option-schema.js';
import { applyFixes } from '../engine/fixes.js';
import { lintText } from '../engine/linter.js';
import { ingestText } from '../ingest/index.js';
import type { ActiveSeverity, LintMessage, Rule, Settings } from '../types.js';

export interface ValidCase {
  code: string;
  name?: string;
  /** decides the format: .md is Markdown, anything else plain text */
  filePath?: string;
  options?: Record<string, unknown>;
  settings?: Settings;
  /** the previous year's report of the same body (year-on-year rules) */
  previous?: string;
}

export interface ExpectedError {
  message?: string | RegExp;
  messageId?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: ActiveSeverity;
  suggestions?: { desc?: string; output: string }[];
}

export interface InvalidCase extends ValidCase {
  errors: number | ExpectedError[];
  /** the text after applying the rule's fixes; null = the rule must not fix */
  output?: string | null;
  /** every expected error must give line, column, endLine and endColumn (overrides the tester's setting) */
  requirePositions?: boolean;
}

export interface RuleTesterOptions {
  settings?: Settings;
  filePath?: string;
  /** every invalid case must give each error's line, column, endLine and endColumn */
  requirePositions?: boolean;
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => void) => void;

const ERROR_KEYS = new Set(['message', 'messageId', 'line', 'column', 'endLine', 'endColumn', 'severity', 'suggestions']);
const CASE_KEYS = new Set(['code', 'name', 'filePath', 'options', 'settings', 'previous', 'errors', 'output', 'requirePositions']);
const POSITION_KEYS = ['line', 'column', 'endLine', 'endColumn'] as const;

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

function caseName(c: ValidCase, index: number): string {
  return c.name ?? `#${index + 1} ${c.code.replace(/\s+/g, ' ').slice(0, 40)}`;
}

/**
 * ESLint's RuleTester for report rules: each case is linted with the rule
 * alone (severity error), findings are compared by message and exact
 * position, fixes by the resulting text. A case's options must fit the
 * rule's meta.schema, as a config's would. Test-framework agnostic: set
 * RuleTester.describe / RuleTester.it (vitest's are picked up from globals).
 */
export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  constructor(private readonly defaults: RuleTesterOptions = {}) {}

  /** the test framework's describe/it: RuleTester's own when set, else the globals */
  static framework(): { describe: Describe; it: It } {
    const g = globalThis as { describe?: Describe; it?: It };
    const describe = RuleTester.describe ?? g.describe;
    const it = RuleTester.it ?? g.it;
    assert(describe && it, 'RuleTester 需要 describe/it：请设置 RuleTester.describe 与 RuleTester.it');
    return { describe, it };
  }

  run(ruleId: string, rule: Rule, tests: RuleTests): void {
    const { describe, it } = RuleTester.framework();
    describe(ruleId, () => {
      if (tests.valid.length > 0) {
        describe('valid', () => {
          tests.valid.forEach((raw, i) => {
            const c = typeof raw === 'string' ? { code: raw } : raw;
            it(caseName(c, i), () => this.checkValid(ruleId, rule, c));
          });
        });
      }
      if (tests.invalid.length > 0) {
        describe('invalid', () => {
          tests.invalid.forEach((c, i) => it(caseName(c, i), () => this.checkInvalid(ruleId, rule, c)));
        });
      }
    });
  }

  lint(ruleId: string, rule: Rule, c: ValidCase): LintMessage[] {
    for (const key of Object.keys(c)) assert(CASE_KEYS.has(key), `测试用例含未知字段 “${key}”`);
    if (c.options !== undefined) checkOptions(rule, c.options);
    const result = lintText(c.code, {
      filePath: c.filePath ?? this.defaults.filePath ?? 'report.txt',
      settings: { ...this.defaults.settings, ...c.settings },
      rules: { [ruleId]: { rule, severity: 'error', options: c.options ?? {} } },
      checkReportShape: false,
      previous: c.previous === undefined ? undefined : { filePath: 'previous.txt', ingested: ingestText(c.previous, 'previous.txt') },
    });
    const crash = result.messages.find((m) => m.fatal);
    assert(!crash, `规则或读入出错：${crash?.message}`);
    return result.messages;
  }

  checkValid(ruleId: string, rule: Rule, c: ValidCase): void {
    const messages = this.lint(ruleId, rule, c);
    assert(
      messages.length === 0,
      `应无问题，实际报告了 ${messages.length} 条：\n${messages.map((m) => `  ${m.line}:${m.column} ${m.message}`).join('\n')}`,
    );
  }

  checkInvalid(ruleId: string, rule: Rule, c: InvalidCase): void {
    const messages = this.lint(ruleId, rule, c);
    const listing = messages.map((m) => `  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`).join('\n');
    const requirePositions = c.requirePositions ?? this.defaults.requirePositions ?? false;
    if (requirePositions) {
      assert(typeof c.errors !== 'number', `requirePositions：errors 须逐条写出位置，不能只写条数 ${c.errors}；实际报告：\n${listing}`);
      c.errors.forEach((expected, i) => {
        const missing = POSITION_KEYS.filter((key) => expected[key] === undefined);
        assert(missing.length === 0, `requirePositions：errors[${i}] 缺少 ${missing.join('、')}；实际报告：\n${listing}`);
      });
    }
    if (typeof c.errors === 'number') {
      assert(messages.length === c.errors, `应报告 ${c.errors} 条，实际 ${messages.length} 条：\n${listing}`);
    } else {
      assert(messages.length === c.errors.length, `应报告 ${c.errors.length} 条，实际 ${messages.length} 条：\n${listing}`);
      c.errors.forEach((expected, i) => checkError(rule, messages[i], expected, i, c.code));
    }
    const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (c.output === undefined) {
      assert(fixes.length === 0, `规则给出了修复，测试用例须写明 output`);
    } else if (c.output === null) {
      assert(fixes.length === 0, '应不给修复，实际给了');
    } else {
      assert(rule.meta.fixable, '测试写了 output，但规则未声明 meta.fixable');
      const { output } = applyFixes(c.code, fixes);
      assert(output === c.output, `修复结果不符：\n实际：${JSON.stringify(output)}\n应为：${JSON.stringify(c.output)}`);
    }
  }
}

/** ESLint's schema check of a test case's options: options a config could not give are not a test */
function checkOptions(rule: Rule, options: Record<string, unknown>): void {
  const { schema } = rule.meta;
  assert(schema, `测试用例给了 options，但规则没有声明选项（meta.schema）`);
  const problem = checkAgainstSchema(options, schema, 'options');
  assert(!problem, `测试用例的选项不符合规则的 meta.schema：${problem?.path} ${problem?.problem}`);
}

function checkError(rule: Rule, actual: LintMessage, expected: ExpectedError, index: number, code: string): void {
  for (const key of Object.keys(expected)) assert(ERROR_KEYS.has(key), `errors[${index}] 含未知字段 “${key}”`);
  if (expected.messageId !== undefined) {
    assert(rule.meta.messages?.[expected.messageId] !== undefined, `errors[${index}] 的 messageId “${expected.messageId}” 不在规则的 meta.messages 中`);
  }
  const where = `errors[${index}]（${actual.line}:${actual.column} ${actual.message}）`;
  if (expected.message instanceof RegExp) {
    assert(expected.message.test(actual.message), `${where} 消息不匹配 ${expected.message}`);
  } else if (expected.message !== undefined) {
    assert(actual.message === expected.message, `${where} 消息应为 “${expected.message}”`);
  }
  if (expected.messageId !== undefined) assert(actual.messageId === expected.messageId, `${where} messageId 应为 ${expected.messageId}，实际 ${actual.messageId}`);
  for (const key of POSITION_KEYS) {
    if (expected[key] !== undefined) assert(actual[key] === expected[key], `${where} ${key} 应为 ${expected[key]}，实际 ${actual[key]}`);
  }
  if (expected.severity !== undefined) assert(actual.xxgkSeverity === expected.severity, `${where} 严重级别应为 ${expected.severity}，实际 ${actual.xxgkSeverity}`);
  if (expected.suggestions !== undefined) {
    const got = actual.suggestions ?? [];
    assert(got.length === expected.suggestions.length, `${where} 应有 ${expected.suggestions.length} 条建议，实际 ${got.length}`);
    expected.suggestions.forEach((s, k) => {
      if (s.desc !== undefined) assert(got[k].desc === s.desc, `${where} 建议 ${k} 的说明应为 “${s.desc}”`);
      const { output } = applyFixes(code, [got[k].fix]);
      assert(output === s.output, `${where} 建议 ${k} 的结果不符：${JSON.stringify(output)}`);
    });
  }
}
