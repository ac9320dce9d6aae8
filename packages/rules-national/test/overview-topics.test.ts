import { RuleTester } from '@xxgk-lint/core/testing';
import { overviewTopics } from '../src/rules/overview-topics.js';
import { OVERVIEW, report } from './helpers.js';

const tester = new RuleTester();

const message = (topic: string) =>
  `“一、总体情况”没有写到“${topic}”方面：国家格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障，请补写这一方面的情况。`;
const without = (...drop: number[]) => report({ bodies: { 1: OVERVIEW.filter((_, i) => !drop.includes(i)) } });
const heading = { line: 7, column: 1, endLine: 7, endColumn: 7 };

tester.run('national/overview-topics', overviewTopics, {
  valid: [
    { name: '五个方面都写到', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '只要求其中几个方面（选项）', code: without(4), options: { topics: ['主动公开', '依申请公开'] } },
    { name: '没有第一部分：由 required-parts 提示', code: report({ order: [2, 3, 4, 5, 6] }) },
    {
      // 平潭综合实验区公安局 2022 年报告（../shared/corpus/crawl/pingtan_gonganju_2022.txt）：没有用这两个方面的名称，但写了这两方面的工作
      name: '写了保密审查、公开指南（政府信息管理）和栏目更新（平台建设），不用原词',
      code: report({
        bodies: {
          1: [
            ...OVERVIEW.filter((_, i) => i !== 3 && i !== 4),
            '（三）规范管理。严格落实保密审查制度，修订完善政府信息公开指南，依托政府网站不断更新完善镇政务公开栏目。',
          ],
        },
      }),
    },
  ],
  invalid: [
    { name: '没写平台建设', code: without(4), errors: [{ messageId: 'missing', message: message('政府信息公开平台建设'), ...heading }] },
    {
      // 长春市某局 2023 年报告网页的节选（../shared/corpus/web-excerpts/jilin_changchun_bumen_2023.txt）
      name: '只提到“公众留言”栏目里的答复，不是平台建设',
      code: report({ bodies: { 1: [...OVERVIEW.filter((_, i) => i !== 4), '（四）处理群众咨询。按时收集整理门户网站“公众留言”栏目内容，及时做出答复回应。'] } }),
      errors: [{ messageId: 'missing', message: message('政府信息公开平台建设'), ...heading }],
    },
    {
      name: '没写政府信息管理和监督保障：各报一条',
      code: without(3, 5),
      errors: [
        { message: message('政府信息管理'), ...heading },
        { message: message('监督保障'), ...heading },
      ],
    },
    {
      name: 'Markdown',
      code: report({ markdown: true, bodies: { 1: OVERVIEW.filter((_, i) => i !== 2) } }),
      filePath: 'x.md',
      errors: [{ message: message('依申请公开'), line: 7, column: 4, endLine: 7, endColumn: 10 }],
    },
  ],
});
