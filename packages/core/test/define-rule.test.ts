/**
 * defineRule's promises are compile-time ones, so they are checked by
 * compiling small rules with the TypeScript compiler: a right rule compiles,
 * each kind of mistake is an error at the line that makes it.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/rules/define.js';
import { lintText } from '../src/engine/linter.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

const HEADER = `
import { defineRule } from '../src/rules/define.js';
import type { NoOptions } from '../src/rules/define.js';
interface Options { limit: number; mode: 'strict' | 'loose' }
const meta = { type: 'problem' as const, defaultSeverity: 'warn' as const, docs: { description: '测试', url: 'https://example.invalid' } };
`;

/** the compiler's errors for a snippet placed beside this test, as "line: message" (line 1 = the snippet's first line) */
function compileErrors(snippet: string): string[] {
  const fileName = `${HERE}__define-rule-snippet__.ts`;
  const source = HEADER + snippet;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => (f === fileName ? source : readFile(f));
  host.fileExists = (f) => f === fileName || fileExists(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, v, ...rest) => (f === fileName ? ts.createSourceFile(f, source, v) : getSourceFile(f, v, ...rest));
  const program = ts.createProgram([fileName], options, host);
  const headerLines = HEADER.split('\n').length - 1;
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName)
    .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1 - headerLines}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('defineRule types (compiled)', () => {
  it('a rule whose reports use its own messageIds and typed options compiles', () => {
    const errors = compileErrors(`
export const ok = defineRule<Options, 'over' | 'loose'>({
  meta: { ...meta, messages: { over: '超过 {{limit}}', loose: '宽松' }, defaultOptions: { limit: 3, mode: 'strict' } },
  create(context) {
    const limit: number = context.options.limit;
    const mode: 'strict' | 'loose' = context.options.mode;
    return { Report: () => context.report({ messageId: mode === 'loose' ? 'loose' : 'over', data: { limit }, range: [0, 1] }) };
  },
});
`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a rule without options needs no defaultOptions', () => {
    const errors = compileErrors(`
export const plain = defineRule<NoOptions, 'found'>({
  meta: { ...meta, messages: { found: '有' } },
  create: (context) => ({ Report: () => context.report({ messageId: 'found', range: [0, 1] }) }),
});
`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('rejects a messageId that meta.messages lacks, a message key no type lists, options it has not, and missing defaults', () => {
    const errors = compileErrors(`
export const typo = defineRule<Options, 'over'>({
  meta: { ...meta, messages: { over: '超过' }, defaultOptions: { limit: 3, mode: 'strict' } },
  create: (context) => ({ Report: () => context.report({ messageId: 'ovr', range: [0, 1] }) }),
});
export const extra = defineRule<Options, 'over'>({
  meta: { ...meta, messages: { over: '超过', under: '不足' }, defaultOptions: { limit: 3, mode: 'strict' } },
  create: () => ({}),
});
export const unknownOption = defineRule<Options, 'over'>({
  meta: { ...meta, messages: { over: '超过' }, defaultOptions: { limit: 3, mode: 'strict' } },
  create: (context) => { const n: number = context.options.maximum; return { Report: () => void n }; },
});
export const noDefaults = defineRule<Options, 'over'>({
  meta: { ...meta, messages: { over: '超过' } },
  create: () => ({}),
});
export const missingMessage = defineRule<Options, 'over' | 'under'>({
  meta: { ...meta, messages: { over: '超过' }, defaultOptions: { limit: 3, mode: 'strict' } },
  create: () => ({}),
});
`);
    const lines = errors.map((e) => Number(e.split(':')[0]));
    expect(errors.find((e) => e.startsWith('4:')), errors.join('\n')).toMatch(/"ovr"/);
    expect(errors.find((e) => e.startsWith('7:')), errors.join('\n')).toMatch(/under/);
    expect(errors.find((e) => e.startsWith('12:')), errors.join('\n')).toMatch(/maximum/);
    expect(errors.find((e) => e.startsWith('15:')), errors.join('\n')).toMatch(/defaultOptions/);
    expect(errors.find((e) => e.startsWith('19:')), errors.join('\n')).toMatch(/under/);
    expect(new Set(lines)).toEqual(new Set([4, 7, 12, 15, 19]));
  }, 60_000);
});

describe('defineRule at run time', () => {
  it('gives the engine a rule whose options are the defaults with the user options over them', () => {
    const seen: unknown[] = [];
    const rule = defineRule<{ limit: number; label: string }, 'found'>({
      meta: {
        type: 'problem',
        defaultSeverity: 'warn',
        docs: { description: '测试', url: 'https://example.invalid' },
        messages: { found: '找到 {{label}}：{{limit}}' },
        defaultOptions: { limit: 3, label: '默认' },
      },
      create(context) {
        seen.push(context.options);
        return { Report: () => context.report({ messageId: 'found', data: { limit: context.options.limit, label: context.options.label }, range: [0, 1] }) };
      },
    });
    const result = lintText('某镇2024年政府信息公开工作年度报告\n', {
      filePath: 'r.txt',
      rules: { 't/x': { rule, severity: 'warn', options: { limit: 5 } } },
      checkReportShape: false,
    });
    expect(seen).toEqual([{ limit: 5, label: '默认' }]);
    expect(result.messages.map((m) => [m.messageId, m.message])).toEqual([['found', '找到 默认：5']]);
    expect(rule.meta.messages).toEqual({ found: '找到 {{label}}：{{limit}}' });
  });
});
