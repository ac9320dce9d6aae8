/**
 * Failures the fuzzer found, as minimal cases (the recipe and seed above
 * each). Both were stack overflows ("xxgk-lint 内部错误（Maximum call stack
 * size exceeded）") on main at 18d0415 and are fixed by issue 11 item 2
 * (no recursion on input depth, 2e25767 and after).
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { problemsOf } from './run.js';

const linter = createLinter({ ...nationalDefaults, noConfig: true });

async function lintHtmlBytes(html: string) {
  const bytes = new TextEncoder().encode(html);
  const started = performance.now();
  const result = await linter.lintBytes(bytes, { filePath: 'fuzz/deep.html', previous: false });
  return problemsOf({ filePath: 'fuzz/deep.html', input: { kind: 'bytes', bytes }, result, ms: performance.now() - started, format: 'html' });
}

async function lintTxt(text: string) {
  const started = performance.now();
  const result = await linter.lintText(text, { filePath: 'fuzz/deep.txt', previous: false });
  return problemsOf({ filePath: 'fuzz/deep.txt', input: { kind: 'text', text }, result, ms: performance.now() - started, format: 'text' });
}

describe('fuzz regressions', () => {
  // seed 778 (FUZZ_SEED=777 FUZZ_LARGE=1): formats/seed-003.html, truncate at 706264413, then "a></li></ul>\n</div>\n<div"
  // repeated 3000+ times: every repetition opens an unknown <diva> that nothing closes
  it('3,000 unclosed unknown elements (<diva>) in an .html: no stack overflow', async () => {
    expect(await lintHtmlBytes(`<html><body><p>一、总体情况</p>${'<diva>'.repeat(3000)}</body></html>`)).toEqual([]);
  });

  // seed 777 (FUZZ_LARGE=1): corpus/crawl/pingtan_xingzhengshenpiju_2023.txt, nest "list" depth 2791 (one line "- - - …列表项");
  // the same with "> " prefixes, cheaper
  it('5,000 "> " prefixes on one line of a .txt: no stack overflow', { timeout: 60_000 }, async () => {
    expect(await lintTxt(`${'> '.repeat(5000)}引用\n`)).toEqual([]);
  });
});
