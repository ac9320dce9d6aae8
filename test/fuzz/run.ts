/**
 * One fuzz case: the recipe applied to its seed, linted through the one
 * linting API (Node's createLinter or the browser's createHeldLinter), timed,
 * and the result checked against what every result must be.
 */
import { createLinter } from '@xxgk-lint/core';
import type { LintResult, Linter } from '@xxgk-lint/core';
import { createHeldLinter } from '@xxgk-lint/core/browser';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { applyToBytes, applyToText } from './mutations.js';
import type { Recipe } from './recipes.js';
import { seedNamed } from './seeds.js';
import type { SeedFormat } from './seeds.js';

/** a case slower than this is a failure: a property against hangs, not a benchmark */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 30_000);

const linters: Record<'node' | 'held', Linter> = {
  node: createLinter({ ...nationalDefaults, noConfig: true }),
  held: createHeldLinter(nationalDefaults),
};

export type Input = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array };

export interface Outcome {
  filePath: string;
  input: Input;
  result: LintResult | null;
  ms: number;
  /** the seed's format: how line and column count */
  format: SeedFormat;
}

function decodeSeed(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function inputOf(recipe: Recipe): Input {
  const seed = seedNamed(recipe.seed);
  if (recipe.api.endsWith('-text')) return { kind: 'text', text: applyToText(decodeSeed(seed.bytes), recipe.ops) };
  return { kind: 'bytes', bytes: applyToBytes(seed.bytes, recipe.ops, seed.format === 'html') };
}

export const filePathOf = (recipe: Recipe) => `fuzz/${recipe.seed.replace(/\.[^./]+$/, '')}${recipe.ext}`;

/** lint the case; a rejection is rethrown as it came (the property fails with it) */
export async function runRecipe(recipe: Recipe): Promise<Outcome> {
  const input = inputOf(recipe);
  const filePath = filePathOf(recipe);
  const linter = linters[recipe.api.startsWith('held') ? 'held' : 'node'];
  const started = performance.now();
  const result =
    input.kind === 'text'
      ? await linter.lintText(input.text, { filePath, previous: false })
      : await linter.lintBytes(input.bytes, { filePath, previous: false });
  return { filePath, input, result, ms: performance.now() - started, format: seedNamed(recipe.seed).format };
}

const CJK = /[\u3400-\u9fff]/;
/** what a stack trace or a raw JS error looks like in a message */
const STACK = /\n\s+at |\bat [\w.<>]+ \(|\b(?:Type|Range|Reference|Syntax)Error\b|node:internal|\.(?:ts|js|mjs):\d+/;
const INTERNAL = 'xxgk-lint 内部错误';

/** the lines of a text as vfile-location counts them (\r\n, \r and \n end a line) */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/**
 * the lines that line:column count in: the text itself for .txt/.md; the
 * page's source for .html (its byte length bounds a line's characters);
 * none to check for .docx/.pdf (paragraphs and pages, checked by range)
 */
function linesOfPositions(outcome: Outcome, text: string | undefined): number[] | undefined {
  if (outcome.format === 'text' || outcome.format === 'markdown') return text === undefined ? undefined : lineLengths(text);
  if (outcome.format === 'html' && outcome.input.kind === 'bytes') return lineLengths(Buffer.from(outcome.input.bytes).toString('latin1'));
  return undefined;
}

/** every way the outcome breaks the contract, in words (none: it holds) */
export function problemsOf(outcome: Outcome): string[] {
  const { result, filePath, ms } = outcome;
  const problems: string[] = [];
  if (ms > BUDGET_MS) problems.push(`用时 ${Math.round(ms)} ms，超过 ${BUDGET_MS} ms`);
  if (!result) return [...problems, '结果为 null（没有配置忽略这个文件）'];
  if (result.filePath !== filePath) problems.push(`filePath 为 ${result.filePath}，应为 ${filePath}`);
  const { messages } = result;
  if (!Array.isArray(messages)) return [...problems, 'messages 不是数组'];
  const count = (pred: (m: (typeof messages)[number]) => boolean) => messages.filter(pred).length;
  const counts = {
    errorCount: count((m) => m.severity === 2),
    fatalErrorCount: count((m) => m.fatal === true),
    warningCount: count((m) => m.severity === 1 && m.xxgkSeverity === 'warn'),
    infoCount: count((m) => m.severity === 1 && m.xxgkSeverity === 'info'),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== undefined),
  };
  for (const [key, value] of Object.entries(counts)) {
    if (result[key as keyof typeof counts] !== value) problems.push(`${key} 为 ${result[key as keyof typeof counts]}，消息中有 ${value} 条`);
  }
  if (counts.warningCount + counts.infoCount !== count((m) => m.severity === 1)) problems.push('有 severity 1 的消息既不是 warn 也不是 info');
  const text = result.source ?? (outcome.input.kind === 'text' ? outcome.input.text : undefined);
  const lines = linesOfPositions(outcome, text);
  for (const m of messages) {
    const at = `消息“${m.message.slice(0, 60)}”（${m.ruleId ?? 'fatal'}@${m.line}:${m.column}）`;
    if (m.ruleId !== null && (typeof m.ruleId !== 'string' || m.ruleId === '')) problems.push(`${at} 的 ruleId 不是字符串或 null`);
    if (m.severity !== 1 && m.severity !== 2) problems.push(`${at} 的 severity 为 ${String(m.severity)}`);
    if (typeof m.message !== 'string' || m.message.trim() === '') problems.push(`${at} 没有文字`);
    if (!Number.isInteger(m.line) || m.line < 1 || !Number.isInteger(m.column) || m.column < 1) problems.push(`${at} 的位置不是从 1 起的整数`);
    if (m.endLine !== undefined && (m.endLine < m.line || (m.endLine === m.line && (m.endColumn ?? m.column) < m.column))) {
      problems.push(`${at} 的结束位置 ${m.endLine}:${m.endColumn} 在开始之前`);
    }
    if (STACK.test(m.message)) problems.push(`${at} 含有堆栈或 JS 错误`);
    if (m.message.startsWith(INTERNAL)) problems.push(`${at} 是内部错误（核心抛出了异常）`);
    if (m.fatal) {
      if (!CJK.test(m.message)) problems.push(`${at} 是致命消息，但不是中文`);
      if (m.ruleId !== null || m.severity !== 2) problems.push(`${at} 是致命消息，但 ruleId/severity 不是 null/2`);
    }
    const [start, end] = m.range ?? [];
    if (text !== undefined && m.range) {
      if (!(Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && start! <= end! && end! <= text.length)) {
        problems.push(`${at} 的 range [${start}, ${end}] 不在文字（${text.length} 字）之内`);
      }
    }
    if (lines && !m.fatal) {
      if (m.line > lines.length) problems.push(`${at} 的行号超过文字的 ${lines.length} 行`);
      else if (m.column > lines[m.line - 1]! + 1) problems.push(`${at} 的列号超过第 ${m.line} 行的 ${lines[m.line - 1]} 字`);
    }
  }
  return problems;
}
