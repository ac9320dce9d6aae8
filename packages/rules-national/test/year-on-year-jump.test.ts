import { RuleTester } from '@xxgk-lint/core/testing';
import { describe, expect, it } from 'vitest';
import { describeJump, yearOnYearJump } from '../src/rules/year-on-year-jump.js';
import { locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });
const OPTIONS = { factor: 5, minimum: 20 };

// defaults: 行政许可 36, 行政处罚 12, 规范性文件 in force 5, table 三 一 总计 6
tester.run('national/year-on-year-jump', yearOnYearJump, {
  valid: [
    { code: report(), previous: report(), name: 'the same figures' },
    { code: report({ table2: { license: [150] } }), name: 'no previous report' },
    { code: report({ table2: { license: [150] } }), previous: report({ table2: { license: [40] } }), name: '3.75×: within 5×' },
    { code: report({ table2: { penalty: [19] } }), previous: report({ table2: { penalty: [2] } }), name: '2 → 19: both under 20, noise' },
    { code: report({ table2: { license: ['/'] } }), previous: report({ table2: { license: [300] } }), name: '"/" is not a figure read cleanly' },
    {
      code: report({ table3: { new: [35, 0, 0, 0, 0, 0, 35] } }),
      previous: report({ dropTable3Rows: ['granted'] }),
      name: "6 → 35 新收申请, but last year's table 三 is not read with confidence: no claim",
    },
  ],
  invalid: [
    (() => {
      const code = report({ table2: { license: [200] } });
      return {
        code,
        previous: report(),
        name: '36 → 200: 5.6×',
        errors: [
          {
            ...locateIn(code, '行政许可\t200', '200'),
            message: '表二“行政许可”处理决定数量本年为 200，上一年度报告（previous.txt）为 36，增至上一年度的 5.6 倍：请核对是否填错行、列或单位；确有其事的可不理会。',
          },
        ],
      };
    })(),
    (() => {
      const code = report({ table2: { license: [0] } });
      return {
        code,
        previous: report(),
        name: '36 → 0',
        errors: [{ ...locateIn(code, '行政许可\t0', '0'), message: /^表二“行政许可”处理决定数量本年为 0，上一年度报告（previous.txt）为 36，降为 0：/ }],
      };
    })(),
    (() => {
      const code = report({ table2: { penalty: [2] } });
      return {
        code,
        previous: report({ table2: { penalty: [25] } }),
        name: '25 → 2: 8%',
        errors: [{ ...locateIn(code, '行政处罚\t2', '2'), message: /为 25，降至上一年度的 8%：/ }],
      };
    })(),
  ],
});

describe('describeJump', () => {
  it('reports 5× exactly, a fifth exactly, and from 0 to the minimum', () => {
    expect(describeJump(100, 20, OPTIONS)).toBe('增至上一年度的 5 倍');
    expect(describeJump(20, 100, OPTIONS)).toBe('降至上一年度的 20%');
    expect(describeJump(20, 0, OPTIONS)).toBe('由 0 增加');
    expect(describeJump(0, 20, OPTIONS)).toBe('降为 0');
  });
  it('leaves small numbers and changes within the factor alone', () => {
    expect(describeJump(19, 0, OPTIONS)).toBeUndefined();
    expect(describeJump(99, 20, OPTIONS)).toBeUndefined();
    expect(describeJump(21, 100, OPTIONS)).toBeUndefined();
  });
});
