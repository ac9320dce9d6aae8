import type { NationalSpec } from './compile.js';
import { compileNational } from './compile.js';

/** "主动公开政府信息156条", "5500余条", "发布信息174篇", "政策解读21个"; (?<!\d): a run of digits is tried once, from its first digit (linear on a long run) */
const COUNT = '(?<!\\d)\\d+(?:\\.\\d+)?\\s*(万|千|百)?余?\\s*(条|件|篇|个|项|期|份|则)|(?<![一二三四五六七八九十百千万两])[一二三四五六七八九十百千万两]+余?(条|件|篇)';

export const overviewTopicsSpec: NationalSpec = {
  type: 'require-phrase',
  severity: 'warn',
  docs: {
    description: '“一、总体情况”写到主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面',
    basis: ['国办公开办函〔2021〕30号 一、总体情况：主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面'],
    category: 'structure',
  },
  part: 1,
  // the five topics are 30号's wording (2021 reports on); an excerpt that stops inside 一 does not show all of it
  when: { yearFrom: 2021, hasParts: [1], partsInFull: [1] },
  regex: true,
  itemsOption: 'topics',
  items: [
    { name: '主动公开', phrase: '主动公开' },
    { name: '依申请公开', phrase: '依申请|公开申请|申请公开' },
    // the work itself counts, not only the topic's name: 发布审核, 保密审查, 公开指南/目录 are 政府信息管理; building or keeping 栏目 and running a site are 平台
    { name: '政府信息管理', phrase: '信息管理|管理政府信息|政务信息管理|规范管理|发布审核|审核发布|保密审查|先审后发|公开指南|公开目录|动态调整|信息清理|清理规范' },
    {
      name: '政府信息公开平台建设',
      phrase: '平台|(更新|完善|开设|开辟|新增|优化|维护|建设|调整|整合)[^。，；,;]{0,6}(栏目|专栏)|(栏目|专栏)(建设|设置|维护|调整)|网站(建设|管理|运维|维护|改版)|新媒体(建设|管理|运维)',
    },
    { name: '监督保障', phrase: '监督|考核|评议|责任追究|问责|督查|督导' },
    {
      // a clearly delimited （一）主动公开 sub-section gives the year's count of items published; a table in it may hold the counts
      name: '主动公开',
      phrase: COUNT,
      section: { number: 1, title: '主动公开' },
      skipIfTable: true,
      messageId: 'noProactiveCount',
      message: '“{{heading}}”没有写本年主动公开政府信息的数量：请写明全年主动公开政府信息多少条（如“全年主动公开政府信息156条，其中政府网站98条……”）。',
      maxSeverity: 'warn',
    },
  ],
  messageId: 'missing',
  message: '“一、总体情况”没有写到“{{item}}”方面：国家格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障，请补写这一方面的情况。',
};

export const overviewTopics = compileNational('overview-topics', overviewTopicsSpec);
