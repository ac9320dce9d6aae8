import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@xxgk-lint/core';
import { lintBytes, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';

/**
 * The national pack on the five crawled reports (copies of
 * /work/shared/corpus/crawl in packages/core/test/fixtures/crawl). The
 * corpus README says every table identity holds in all five: no arithmetic
 * finding may come from a table recovered from the running text, and a table
 * the recovery could not cut with certainty is said once, as a warning.
 */

const rules = resolveRuleSet([nationalPack]);
const ARITHMETIC = ['application-balance', 'row-total', 'result-total', 'review-litigation-total', 'cell-value', 'narrative-table'].map((r) => `national/${r}`);

function lint(name: string): LintResult {
  const path = fileURLToPath(new URL(`../packages/core/test/fixtures/crawl/${name}`, import.meta.url));
  return lintBytes(readFileSync(path), { filePath: path, rules });
}

const unreadable = (r: LintResult) => r.messages.filter((m) => m.ruleId === 'national/table-unreadable');

describe('crawled reports: tables recovered from the running text', () => {
  const files: [string, string[]][] = [
    ['pingtan_gonganju_2022.txt', []],
    ['pingtan_jingjifazhanju_2022.txt', []],
    ['pingtan_jiaotongjiansheju_2023.txt', ['“行政规范性文件5615”的数字连在一起，无法确定地拆成 3 格']],
    ['pingtan_xingzhengshenpiju_2023.txt', ['“行政规范性文件5416”的数字连在一起，无法确定地拆成 3 格']],
    ['pingtan_shichangjianguanju_2019.txt', ['“行政许可51037”的数字连在一起，无法确定地拆成 3 格', '“行政处罚5340103”的数字连在一起，无法确定地拆成 3 格']],
  ];
  for (const [name, reasons] of files) {
    it(`${name}: no arithmetic finding, no "table missing"; ${reasons.length > 0 ? 'table 二 unreadable, said once' : 'nothing unreadable'}`, () => {
      const result = lint(name);
      // a text–table comparison that needs no split digits ("the text never mentions the application") is not arithmetic on them
      const fromDigits = result.messages.filter((m) => ARITHMETIC.includes(m.ruleId ?? '') && m.messageId !== 'applicationsUnmentioned');
      expect(fromDigits).toEqual([]);
      expect(result.messages.filter((m) => m.ruleId === 'national/table-present')).toEqual([]);
      const said = unreadable(result);
      expect(said).toHaveLength(reasons.length > 0 ? 1 : 0);
      for (const reason of reasons) expect(said[0].message).toContain(reason);
      if (said[0]) {
        expect(said[0].message).toContain('第二部分（主动公开）');
        expect(said[0].severity).toBe(1);
      }
    });
  }
});
