import { RuleTester } from '@xxgk-lint/core/testing';
import { overviewTopics } from '../src/declarative/overview-topics.js';
import { OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (topic: string) =>
  `“一、总体情况”没有写到“${topic}”方面：国家格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障，请补写这一方面的情况。`;
const without = (...drop: number[]) => report({ bodies: { 1: OVERVIEW.filter((_, i) => !drop.includes(i)) } });
const heading = { line: 7, column: 1, endLine: 7, endColumn: 7 };

/** （一） without any count of the items published */
const UNCOUNTED = '（一）主动公开。坚持以公开为常态、不公开为例外原则，及时更新政府网站内容。';
/** （二）–（五） with no count in them either */
const UNCOUNTED_REST = ['（二）依申请公开。依申请公开工作规范有序。', '（三）政府信息管理。建立信息发布前保密审查制度。', OVERVIEW[4], OVERVIEW[5]];
const proactive = (first: string, rest: string[] = OVERVIEW.slice(2)) => report({ bodies: { 1: [OVERVIEW[0], first, ...rest] } });

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
    { name: '（一）写了条数（汉字数字）', code: proactive('（一）主动公开。全年通过政府网站主动公开政府信息五百余条。') },
    { name: '（一）写了篇数', code: proactive('（一）主动公开情况。2023年，通过政务新媒体发布政府信息共计174篇。') },
    { name: '小标题不在行首（爬虫压平的一行）：分不清（一）到哪里为止，不提示', code: report({ bodies: { 1: [OVERVIEW[0], [UNCOUNTED, ...UNCOUNTED_REST].join('')] } }) },
    { name: '（一）之后没有（二）：分不清（一）到哪里为止，不提示', code: proactive(UNCOUNTED, UNCOUNTED_REST.map((p) => p.slice(3))) },
    { name: '（一）不是主动公开', code: proactive('（一）加强组织领导。成立政务公开工作领导小组，主动公开工作有专人负责。') },
    { name: '（一）里有表格：数量可能在表里', code: proactive(UNCOUNTED, ['渠道\t条数', '政府网站\t98', ...OVERVIEW.slice(2)]) },
  ],
  invalid: [
    (() => {
      // 来凤县政务服务和大数据管理局 2021 年报告网页的节选（../shared/corpus/web-excerpts/hubei_laifeng_zwfwj_2021.txt）：“(一)政府信息主动公开情况”只有做法，没有条数
      const code = proactive(UNCOUNTED);
      return {
        name: '（一）主动公开没有写条数',
        code,
        errors: [
          {
            messageId: 'noProactiveCount',
            message: '“（一）主动公开”没有写本年主动公开政府信息的数量：请写明全年主动公开政府信息多少条（如“全年主动公开政府信息156条，其中政府网站98条……”）。',
            severity: 'warn' as const,
            ...locate(code, '（一）主动公开'),
          },
        ],
      };
    })(),
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
