import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { proactiveSection } from '../proactive-section.js';
import { before2021, givenInFull } from '../util.js';

export const OVERVIEW_TOPICS = {
  主动公开: /主动公开/,
  依申请公开: /依申请|公开申请|申请公开/,
  // the work itself counts, not only the topic's name: 发布审核, 保密审查, 公开指南/目录 are 政府信息管理; building or keeping 栏目 and running a site are 平台
  政府信息管理: /信息管理|管理政府信息|政务信息管理|规范管理|发布审核|审核发布|保密审查|先审后发|公开指南|公开目录|动态调整|信息清理|清理规范/,
  政府信息公开平台建设:
    /平台|(更新|完善|开设|开辟|新增|优化|维护|建设|调整|整合)[^。，；,;]{0,6}(栏目|专栏)|(栏目|专栏)(建设|设置|维护|调整)|网站(建设|管理|运维|维护|改版)|新媒体(建设|管理|运维)/,
  监督保障: /监督|考核|评议|责任追究|问责|督查|督导/,
} as const;

/** "主动公开政府信息156条", "5500余条", "发布信息174篇", "政策解读21个" */
// (?<!\d): a run of digits is tried once, from its first digit (linear on a long run)
const COUNT = /(?<!\d)\d+(?:\.\d+)?\s*(万|千|百)?余?\s*(条|件|篇|个|项|期|份|则)|(?<![一二三四五六七八九十百千万两])[一二三四五六七八九十百千万两]+余?(条|件|篇)/;

type Topic = keyof typeof OVERVIEW_TOPICS;
const TOPICS = Object.keys(OVERVIEW_TOPICS) as Topic[];

export const overviewTopics: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '“一、总体情况”写到主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面',
      url: docsUrl('overview-topics'),
      basis: ['国办公开办函〔2021〕30号 一、总体情况：主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面'],
      category: 'structure',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        topics: { type: 'array', items: { type: 'string', enum: TOPICS }, description: '须写到的方面（默认五个都要）' },
      },
    },
    defaultOptions: { topics: TOPICS },
    messages: {
      noProactiveCount: '“{{heading}}”没有写本年主动公开政府信息的数量：请写明全年主动公开政府信息多少条（如“全年主动公开政府信息156条，其中政府网站98条……”）。',
      missing: '“一、总体情况”没有写到“{{topic}}”方面：国家格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障，请补写这一方面的情况。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const part = report.part(1);
        // the five topics are 30号's wording (2021 reports on); an excerpt that stops inside 一 does not show all of it
        if (!part || before2021(report) || !givenInFull(report, 1)) return;
        const text = report.proseIn(part.bodyRange).value;
        const { topics } = context.options as unknown as { topics: Topic[] };
        for (const topic of topics) {
          if (!OVERVIEW_TOPICS[topic].test(text)) context.report({ messageId: 'missing', data: { topic }, range: part.heading.range });
        }
        if (!topics.includes('主动公开')) return;
        const source = context.sourceCode.text;
        const section = proactiveSection(source, part.bodyRange);
        // a table inside the sub-section may hold the counts
        if (!section || /[|\t]/.test(source.slice(section.range[0], section.range[1]))) return;
        if (COUNT.test(report.proseIn(section.range).value)) return;
        const heading = source.slice(section.heading[0], section.heading[1]);
        context.report({ messageId: 'noProactiveCount', data: { heading }, range: section.heading, severity: 'warn' });
      },
    };
  },
};
