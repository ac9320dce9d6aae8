import { RuleTester } from '@xxgk-lint/core/testing';
import { improvementMeasures } from '../src/rules/improvement-measures.js';
import { IMPROVEMENT, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const heading = { line: 81, column: 1, endLine: 81, endColumn: 15 };

tester.run('national/improvement-measures', improvementMeasures, {
  valid: [
    { name: '有问题，有措施', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '“下一步，我镇将……”', code: report({ bodies: { 5: ['政策解读形式还不够丰富。下一步，我镇将采用图解方式开展解读。'] } }) },
    { name: '没有第五部分：由 required-parts 提示', code: report({ order: [1, 2, 3, 4, 6] }) },
  ],
  invalid: [
    {
      name: '只写问题',
      code: report({ bodies: { 5: [IMPROVEMENT[0]] } }),
      errors: [{ messageId: 'noMeasures', message: '第五部分只写了存在的问题，没有写改进措施：请针对每个问题写明下一步的具体措施。', ...heading }],
    },
    {
      name: '只写措施',
      code: report({ bodies: { 5: ['一是建立信息发布台账，每月核对更新情况；二是采用图解方式开展政策解读。今后将持续做好公开工作。'] } }),
      errors: [{ messageId: 'noProblems', ...heading }],
    },
    { name: '写“无”', code: report({ bodies: { 5: ['无。'] } }), errors: [{ messageId: 'empty', ...heading }] },
  ],
});
