/**
 * Split-cell diagnosis (issue 16 item 8): a number cut into two cells of
 * table 三, and one application counted under the wrong applicant, named
 * when exactly one such slip makes every identity hold.
 */
import { RuleTester } from '@xxgk-lint/core/testing';
import { describe, expect, it } from 'vitest';
import type { LintMessage, RuleSet } from '@xxgk-lint/core';
import { applyFixes, buildReportModel, ingestText, lintText } from '@xxgk-lint/core';
import { rules } from '../src/index.js';
import { applicationBalance } from '../src/rules/application-balance.js';
import { resultTotal } from '../src/rules/result-total.js';
import { rowTotal } from '../src/rules/row-total.js';
import { diagnoseSplitCells } from '../src/split-cells.js';
import { locateIn, report } from './helpers.js';

/** balanced, with 12 applications from 商业企业: 一 [5,12,…,17], （一） [2,12,…,14] */
const TWELVE = {
  new: [5, 12, 0, 0, 0, 0, 17],
  granted: [2, 12, 0, 0, 0, 0, 14],
  resultTotal: [5, 12, 0, 0, 0, 0, 17],
};
/** the same with 商业企业's 12 of row 一 copied as "1" "2" */
const SPLIT = report({ table3: { ...TWELVE, new: [5, '1\t2', 0, 0, 0, 0, 17] } });
/** the default table with one application of （一） under 商业企业 instead of 自然人 */
const MOVED = report({ table3: { granted: [1, 2, 0, 0, 0, 0, 3] } });

const ARITHMETIC = ['application-balance', 'result-total', 'row-total'];
const ruleSet: RuleSet = Object.fromEntries(ARITHMETIC.map((n) => [`national/${n}`, { rule: rules[n], severity: 'error' as const, options: {} }]));
const lint = (text: string): LintMessage[] => lintText(text, { filePath: 'report.txt', rules: ruleSet }).messages;

const tester = new RuleTester({ requirePositions: true });
const SPLIT_TEXT =
  '表三“一”行很可能把 12 拆成了“1”“2”两格，本行的数因此错了位：合并后本行（六类申请人、总计）为 5、12、0、0、0、0、17，全部勾稽关系成立。现在对不上的是：本行六类申请人之和 3，“总计”列为 17；本列一+二 = 2，（七）总计+四 = 6；本列一+二 = 2，（七）总计+四 = 12。请把这两格合并为一格。';
const MOVE_TEXT =
  '表三“三（一）”行很可能把 1 件申请记错了申请人类别：“商业企业”列 2 若为 1、“自然人”列 1 若为 2，则全部勾稽关系成立。现在对不上的是：本列（一）至（六）各项之和 4，（七）总计为 5；本列（一）至（六）各项之和 2，（七）总计为 1。';

tester.run('national/application-balance', applicationBalance, {
  valid: [{ code: report({ table3: TWELVE }), name: 'the balanced table with 12 written whole' }],
  invalid: [
    {
      code: SPLIT,
      name: '12 written "1" "2": the balance of 自然人 and 商业企业 and the row fail; the merge mends them all',
      errors: [{ ...locateIn(SPLIT, '\t5\t1\t2\t', '1\t2'), messageId: 'split', message: SPLIT_TEXT, suggestions: [{ output: report({ table3: TWELVE }) }] }],
    },
  ],
});

tester.run('national/result-total', resultTotal, {
  valid: [{ code: report(), name: 'the default table' }],
  invalid: [
    {
      code: MOVED,
      name: 'one application of （一） moved from 自然人 to 商业企业',
      errors: [{ ...locateIn(MOVED, '（一）予以公开\t1\t2', '1\t2'), messageId: 'move', message: MOVE_TEXT, suggestions: [{ output: report() }] }],
    },
    (() => {
      // two rows could hold the misplaced application: no single slip is named
      const code = report({ table3: { granted: [1, 1, 0, 0, 0, 0, 2], partlyGranted: [1, 1, 0, 0, 0, 0, 2] } });
      return {
        code,
        name: 'ambiguous move: the two failing column totals are reported as usual',
        errors: [
          { ...locateIn(code, '（七）总计\t5', '5'), messageId: 'mismatch' },
          { ...locateIn(code, '（七）总计\t5\t1', '1'), messageId: 'mismatch' },
        ],
      };
    })(),
  ],
});

tester.run('national/row-total', rowTotal, {
  valid: [{ code: report({ table3: TWELVE }) }],
  invalid: [
    // the split makes the row fail too: with only row-total on, it names the merge
    { code: SPLIT, name: 'only row-total on', errors: [{ ...locateIn(SPLIT, '\t5\t1\t2\t', '1\t2'), messageId: 'split' }] },
  ],
});

describe('split-cell diagnosis with all three rules on', () => {
  it('a split: one finding, by application-balance, and its suggestion restores the table', () => {
    const messages = lint(SPLIT);
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([['national/application-balance', 'split']]);
    const fixed = applyFixes(SPLIT, [messages[0].suggestions![0].fix]).output;
    expect(lint(fixed)).toEqual([]);
  });

  it('a move: one finding, by result-total', () => {
    expect(lint(MOVED).map((m) => [m.ruleId, m.messageId])).toEqual([['national/result-total', 'move']]);
  });

  it('a single wrong cell is still the pinpoint, not a split or move', () => {
    const messages = lint(report({ table3: { granted: [3, 1, 0, 0, 0, 0, 3] } }));
    expect(messages.map((m) => m.messageId)).toEqual(['pinpoint']);
  });

  it('two slips at once: nothing is named, each failing identity is reported', () => {
    const code = report({ table3: { ...TWELVE, new: [5, '1\t2', 0, 0, 0, 0, 17], granted: [1, 13, 0, 0, 0, 0, 14] } });
    const messages = lint(code);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => m.messageId !== 'split' && m.messageId !== 'move' && m.messageId !== 'pinpoint')).toBe(true);
  });

  it('a row of eight numbers whose merge mends nothing is not a split', () => {
    const table = buildReportModel(ingestText(report({ table3: { new: [5, '1\t3', 0, 0, 0, 0, 6] } }), 'report.txt')).tables.table3!;
    expect(table.arithmetic!.identities.some((i) => i.status === 'fails')).toBe(true);
    expect(diagnoseSplitCells(table, report({ table3: { new: [5, '1\t3', 0, 0, 0, 0, 6] } }))).toBeUndefined();
  });

  it('leaves a table whose identities hold alone', () => {
    const table = buildReportModel(ingestText(report(), 'report.txt')).tables.table3!;
    expect(diagnoseSplitCells(table, report())).toBeUndefined();
  });
});
