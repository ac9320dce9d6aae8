import { RuleTester } from '@xxgk-lint/core/testing';
import { carryOver } from '../src/rules/carry-over.js';
import { copiedText } from '../src/rules/copied-text.js';
import { stockMovement } from '../src/rules/stock-movement.js';
import { locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });
const lastYear = report();

// this year's 二、上年结转 must equal last year's 四、结转下年度 (default: [1,0,0,0,0,0,1])
tester.run('national/carry-over', carryOver, {
  valid: [
    { code: report(), previous: lastYear, name: 'equal per column' },
    { code: report({ table3: { carriedOver: [9, 0, 0, 0, 0, 0, 9] } }), name: 'no previous report: nothing to compare' },
    {
      code: report({ table3: { carriedOver: [2, 0, 0, 0, 0, 0, 2], new: [4, 1, 0, 0, 0, 0, 5] } }),
      previous: report({ dropTable3Rows: ['granted'] }),
      name: "last year's table unreadable: no claim",
    },
  ],
  invalid: [
    (() => {
      const code = report({ table3: { carriedOver: [2, 0, 0, 0, 0, 0, 2], new: [4, 1, 0, 0, 0, 0, 5] } });
      const at = locate(code, '二、上年结转政府信息公开申请数量');
      return {
        code,
        previous: lastYear,
        name: '自然人 and 总计 differ',
        errors: [
          { line: at.line, column: 18, endLine: at.line, endColumn: 19, message: '表三“二、上年结转”“自然人”列为 2，但上一年度报告（previous.txt）“四、结转下年度继续办理”为 1：两者应相等，请核对。' },
          { line: at.line, column: 30, endLine: at.line, endColumn: 31, message: /“总计”列为 2.*为 1/ },
        ],
      };
    })(),
  ],
});

// 现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (default 行政规范性文件: 2 issued, 0 repealed, 5 in force)
tester.run('national/stock-movement', stockMovement, {
  valid: [
    { code: report(), previous: report({ table2: { normativeDocument: [1, 0, 3] } }), name: '3 + 2 − 0 = 5' },
    { code: report(), name: 'no previous report' },
  ],
  invalid: [
    (() => {
      const code = report();
      const at = locateIn(code, '行政规范性文件\t2\t0\t5', '5');
      return {
        code,
        previous: report({ table2: { normativeDocument: [1, 1, 4] } }),
        errors: [
          {
            ...at,
            severity: 'error',
            message: '表二“行政规范性文件”现行有效 5 件，但按上一年度报告（previous.txt）推算应为 4 + 2 − 0 = 6 件：如有修订、清理等原因可不理会，否则请核对。',
          },
        ],
      };
    })(),
  ],
});

const overview = (lines: string[]) => report({ bodies: { 1: lines } });
const sentencesOf = (year: number) => [
  `${year}年，我镇认真贯彻落实政府信息公开条例，持续推进政务公开工作。`,
  '严格执行信息发布审核制度，确保公开信息准确规范。',
  '加强政府网站和政务新媒体管理，及时更新各类信息。',
  '建立健全依申请公开工作机制，规范办理流程。',
];

tester.run('national/copied-text', copiedText, {
  valid: [
    { code: overview(sentencesOf(2023)), previous: overview(['上一年的总体情况写得完全不同，这里只有这一句话。']), name: 'rewritten' },
    { code: overview(sentencesOf(2023)), name: 'no previous report' },
    {
      code: overview(sentencesOf(2023)),
      previous: overview([...sentencesOf(2022).slice(0, 3), '这一句是上一年度报告独有的，今年没有再写。']),
      options: { threshold: 1, minLength: 8 },
      name: 'threshold 1 reports only a whole copy: one sentence of last year rewritten',
    },
  ],
  invalid: [
    {
      code: overview(sentencesOf(2023)),
      previous: overview(sentencesOf(2022)),
      name: 'the same sentences with only the year changed',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 28, message: /^本报告 \d+% 的句子（\d+\/\d+ 句，数字不计）与上一年度报告（previous.txt）相同/ }],
    },
  ],
});

