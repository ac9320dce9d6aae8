/**
 * The fuzz harness itself: each mutation changes the input as it says, and
 * the result checker catches each way a result can break the contract (so
 * the properties can fail).
 */
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '@xxgk-lint/core';
import { buildResult } from '@xxgk-lint/core';
import { applyToBytes, applyToText, breakCharset, nesting, wtf8 } from './mutations.js';
import { problemsOf } from './run.js';
import type { Outcome } from './run.js';
import { seedNamed, seeds } from './seeds.js';
import { zipEntries } from './zip.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('seeds', () => {
  it('hold the corpus and the format fixtures in every format', () => {
    const formats = new Set(seeds.map((s) => s.format));
    expect([...formats].sort()).toEqual(['docx', 'html', 'pdf', 'text']);
    expect(seeds.length).toBeGreaterThanOrEqual(30);
  });
});

describe('mutations', () => {
  it('nest to the depth asked', () => {
    expect(nesting('div', 3)).toBe('<div><div><div>正文段落</div></div></div>');
    expect(nesting('quote', 2)).toBe('> > 引用的段落\n');
    expect(nesting('table', 2)).toBe('<table><tr><td><table><tr><td>1</td></tr></table></td></tr></table>');
    expect(nesting('indented-list', 2)).toBe('\n- 第0层\n  - 第1层\n');
  });

  it('flip, truncate, insert and repeat text at positions taken modulo its length', () => {
    expect(applyToText('abcdef', [{ op: 'truncate', at: 10 }])).toBe('abc');
    expect(applyToText('abc', [{ op: 'insert', at: 6, text: '\ud800' }])).toBe('ab\ud800c');
    expect(applyToText('ab\ncd', [{ op: 'repeat', at: 3, length: 2, times: 3 }])).toBe('ab\ncdcdcdcd');
    expect(applyToText('ab\ncd', [{ op: 'nest', at: 1, style: 'quote', depth: 2 }])).toBe('ab\n> > 引用的段落\ncd');
    expect(applyToText('a', [{ op: 'flip', at: 0, xor: 0xdc }]).charCodeAt(0)).toBe(0x61 ^ 0xdcdc);
  });

  it('encode a lone surrogate as its three bytes (WTF-8)', () => {
    expect([...wtf8('a\ud800😀')]).toEqual([0x61, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('find the entries of a .docx and corrupt one entry or header', () => {
    const docx = seedNamed('formats/seed-003.docx').bytes;
    const entries = zipEntries(docx);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    const document = entries.findIndex((e) => e.name === 'word/document.xml');
    const flipped = applyToBytes(docx, [{ op: 'docx-entry', entry: document, at: 0, xor: 0xff }], false);
    expect(flipped[entries[document]!.data]).toBe(docx[entries[document]!.data]! ^ 0xff);
    const methodless = applyToBytes(docx, [{ op: 'docx-header', entry: document, field: 'method', value: 99 }], false);
    expect(methodless[entries[document]!.header + 8]).toBe(99);
  });

  it('cut a PDF after startxref and drop its %%EOF', () => {
    const pdf = seedNamed('formats/scanned.pdf').bytes;
    const whole = latin1(pdf);
    const cut = latin1(applyToBytes(pdf, [{ op: 'pdf-xref', mode: 'cut-after-startxref', at: 2 }], false));
    expect(cut).toBe(whole.slice(0, whole.lastIndexOf('startxref') + 'startxref'.length + 2));
    expect(cut).not.toContain('%%EOF');
    expect(latin1(applyToBytes(pdf, [{ op: 'pdf-xref', mode: 'drop-eof', at: 0 }], false)).trimEnd().endsWith('%%EOF')).toBe(false);
  });

  it('replace the charset an HTML page declares, or add one', () => {
    expect(breakCharset('<meta charset="gbk"><p>', 'big5')).toBe('<meta charset="big5"><p>');
    expect(breakCharset('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'utf-7')).toBe(
      '<meta http-equiv="Content-Type" content="text/html; charset=utf-7">',
    );
    expect(breakCharset('<html><head><title>x</title>', 'x-nonsense')).toBe('<html><head><meta charset="x-nonsense"><title>x</title>');
  });
});

const message = (overrides: Partial<LintMessage> = {}): LintMessage => ({
  ruleId: 'national/x',
  severity: 1,
  message: '一条提示',
  line: 1,
  column: 1,
  xxgkSeverity: 'warn',
  range: [0, 1],
  ...overrides,
});

function outcome(messages: LintMessage[], overrides: Partial<LintResult> = {}, ms = 5): Outcome {
  const result: LintResult = { ...buildResult('fuzz/a.txt', messages), ...overrides };
  return { filePath: 'fuzz/a.txt', input: { kind: 'text', text: 'ab\ncd' }, result, ms, format: 'text' };
}

describe('the result checker', () => {
  it('passes a well-formed result', () => {
    expect(problemsOf(outcome([message(), message({ line: 2, column: 3, range: [3, 5] })]))).toEqual([]);
  });

  it('catches each broken part of a result', () => {
    expect(problemsOf(outcome([message()], { warningCount: 0 }))).toEqual(['warningCount 为 0，消息中有 1 条']);
    expect(problemsOf(outcome([message({ range: [2, 9] })]))).toEqual(['消息“一条提示”（national/x@1:1） 的 range [2, 9] 不在文字（5 字）之内']);
    expect(problemsOf(outcome([message({ line: 3 })]))).toEqual(['消息“一条提示”（national/x@3:1） 的行号超过文字的 2 行']);
    expect(problemsOf(outcome([message({ column: 4 })]))).toEqual(['消息“一条提示”（national/x@1:4） 的列号超过第 1 行的 2 字']);
    expect(problemsOf(outcome([message({ line: 0 })]))).toEqual(['消息“一条提示”（national/x@0:1） 的位置不是从 1 起的整数']);
    expect(problemsOf(outcome([message()], {}, 31_000))).toEqual(['用时 31000 ms，超过 30000 ms']);
    expect(problemsOf({ ...outcome([]), result: null })).toEqual(['结果为 null（没有配置忽略这个文件）']);
  });

  it('catches a fatal message that is not Chinese, carries a stack, or is an internal error', () => {
    const fatal = (text: string) => message({ ruleId: null, severity: 2, fatal: true, xxgkSeverity: 'error', message: text, range: [0, 0] });
    expect(problemsOf(outcome([fatal('Cannot read file')]))).toEqual(['消息“Cannot read file”（fatal@1:1） 是致命消息，但不是中文']);
    expect(problemsOf(outcome([fatal('读不了：RangeError: Maximum call stack size exceeded')]))).toEqual([
      '消息“读不了：RangeError: Maximum call stack size exceeded”（fatal@1:1） 含有堆栈或 JS 错误',
    ]);
    expect(problemsOf(outcome([fatal('读不了\n    at parse (ingest.ts:10:3)')]))).toEqual(['消息“读不了\n    at parse (ingest.ts:10:3)”（fatal@1:1） 含有堆栈或 JS 错误']);
    expect(problemsOf(outcome([fatal('xxgk-lint 内部错误（x）：这个文件没有检查完。')]))).toEqual([
      '消息“xxgk-lint 内部错误（x）：这个文件没有检查完。”（fatal@1:1） 是内部错误（核心抛出了异常）',
    ]);
  });
});
