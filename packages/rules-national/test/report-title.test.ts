import { RuleTester } from '@xxgk-lint/core/testing';
import { reportTitle } from '../src/rules/report-title.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const STANDARD = '平安县和顺镇人民政府2023年政府信息公开工作年度报告';
const titled = (...lines: string[]) => report({ title: lines });

tester.run('national/report-title', reportTitle, {
  valid: [
    { name: '机关名称 + 年份 + 政府信息公开工作年度报告', code: report() },
    { name: 'PDF 文字层的两行标题', code: titled('平安县和顺镇人民政府', '2023年政府信息公开工作年度报告') },
    { name: 'PDF 文字层字间空格', code: titled('平安县和顺镇人民政府', '2023 年政府信息公开工作年度报告') },
    { name: '“2023年度”', code: titled('平安县和顺镇人民政府2023年度政府信息公开工作年度报告') },
    { name: 'Markdown 一级标题', code: report({ markdown: true }), filePath: 'x.md' },
  ],
  invalid: [
    {
      name: '没有标题：报在第一行，机关名称取自落款',
      code: report({ title: null }),
      errors: [
        {
          messageId: 'missing',
          message: `报告没有标题：请在开头写明“${STANDARD}”。`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 171,
          suggestions: [],
        },
      ],
    },
    {
      name: '没有标题也没有落款：机关名称留空',
      code: report({ title: null, signature: null }),
      errors: [
        {
          message: '报告没有标题：请在开头写明“（机关名称）2023年政府信息公开工作年度报告”。',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 171,
          suggestions: [],
        },
      ],
    },
    {
      name: '“政务公开工作年度报告”：建议改为标准标题',
      code: titled('平安县和顺镇人民政府2023年政务公开工作年度报告'),
      errors: [
        {
          messageId: 'nonStandard',
          message: `标题应写成“${STANDARD}”的形式，现为“平安县和顺镇人民政府2023年政务公开工作年度报告”。`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          suggestions: [{ desc: `改为“${STANDARD}”`, output: report() }],
        },
      ],
      output: null,
    },
    {
      name: '“年报”',
      code: titled('平安县和顺镇人民政府2023年政府信息公开年报'),
      errors: [
        {
          message: `标题应写成“${STANDARD}”的形式，现为“平安县和顺镇人民政府2023年政府信息公开年报”。`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
          suggestions: [{ output: report() }],
        },
      ],
    },
    {
      name: '两行标题少了“年度”：建议合成一行',
      code: titled('平安县和顺镇', '2023年政府信息公开工作报告'),
      errors: [
        {
          message: '标题应写成“平安县和顺镇2023年政府信息公开工作年度报告”的形式，现为“平安县和顺镇2023年政府信息公开工作报告”。',
          line: 1,
          column: 1,
          endLine: 2,
          endColumn: 16,
          suggestions: [{ output: titled('平安县和顺镇2023年政府信息公开工作年度报告') }],
        },
      ],
    },
    {
      name: '标题缺机关名称：按落款的机关名称建议',
      code: titled('2023年政府信息公开工作年度报告'),
      errors: [
        {
          message: `标题应写成“${STANDARD}”的形式，现为“2023年政府信息公开工作年度报告”。`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          suggestions: [{ output: report() }],
        },
      ],
    },
    {
      name: '标题缺机关名称、也没有落款：不给建议',
      code: report({ title: ['2023年政府信息公开工作年度报告'], signature: null }),
      errors: [
        {
          message: '标题应写成“（机关名称）2023年政府信息公开工作年度报告”的形式，现为“2023年政府信息公开工作年度报告”。',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: '年份写成两位“23年”、没有落款：年份取自正文，不给建议',
      code: report({ title: ['和顺镇23年政府信息公开工作年度报告'], signature: null }),
      errors: [
        {
          message: '标题应写成“（机关名称）2023年政府信息公开工作年度报告”的形式，现为“和顺镇23年政府信息公开工作年度报告”。',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Markdown：范围与建议都不含 “# ”，修改后仍是一级标题',
      code: report({ markdown: true, title: ['平安县和顺镇人民政府2023年政府信息公开年度报告'] }),
      filePath: 'x.md',
      errors: [
        {
          message: `标题应写成“${STANDARD}”的形式，现为“平安县和顺镇人民政府2023年政府信息公开年度报告”。`,
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 28,
          suggestions: [{ output: report({ markdown: true }) }],
        },
      ],
    },
  ],
});
