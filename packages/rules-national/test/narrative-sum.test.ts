import { describe } from 'vitest';
import { RuleTester } from '@xxgk-lint/core/testing';
import { narrativeSum } from '../src/rules/narrative-sum.js';
import { OVERVIEW, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** the default report with its （一）主动公开 paragraph (line 11) replaced */
const said = (sentence: string, markdown = false) => report({ markdown, bodies: { 1: [OVERVIEW[0], sentence, ...OVERVIEW.slice(2)] } });
const P = '（一）主动公开。全年主动公开政府信息';
const A = '（二）依申请公开。全年收到政府信息公开申请';

tester.run('national/narrative-sum', narrativeSum, {
  valid: [
    { name: '156 = 98+40+18（含“其他”）', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '不含“其他”、各项之和相等', code: said(`${P}156条，其中政府网站98条、政务新媒体40条、公开栏18条。`) },
    { name: '“其中：”后逗号分隔', code: said(`${P}156条，其中：政府网站98条，政务新媒体40条，其他渠道18条。`) },
    { name: '只列一项不核对', code: said(`${P}156条，其中政府网站98条。`) },
    {
      // 瓯海区审计局 2024 年报告（../shared/corpus/web-excerpts/zhejiang_ouhai_shenjiju_2024.txt）
      name: '一项后面括号里的细分不是另一项',
      code: said(`${P}22条，其中发布人事信息2条，动态信息2条，部门财务信息2条(其中部门预算1条、部门决算1条)，计划总结5条，审计计划1条，审计结果4条，审计整改1条，其他信息5条。`),
    },
    {
      // 九江市濂溪区 2024 年报告网页的节选（../shared/corpus/web-excerpts/jiangxi_lianxiqu_2024.txt），在列举中间截断
      name: '文字在列举中间结束（节选）：不核对',
      code: `${P}255件，其中予以公开71件、部分公开5件、不予公开28`,
      filePath: 'x.txt',
    },
    {
      // 平潭综合实验区市场监督管理局 2019 年报告（../shared/corpus/crawl/pingtan_shichangjianguanju_2019.txt）
      name: '逗号分隔的列举里，“安全生产、应急管理类6条”是一项',
      code: said(`${P}215条，其中机构职能类7条，政策规范性文件类7条，规划计划类7条，行政许可类37条，行政处罚类103条，重大建设项目类4条，为民办实事类35条，科教文体卫生类3条，安全生产、应急管理类6条，其他应主动公开的政府信息6条。`),
    },
    { name: '约数“150余条”不核对', code: said(`${P}150余条，其中政府网站98条、政务新媒体60条。`) },
    { name: '约数“约150条”不核对', code: said(`${P}约150条，其中政府网站98条、政务新媒体60条。`) },
    { name: '约数“超过150条”不核对', code: said(`${P}超过150条，其中政府网站98条、政务新媒体60条。`) },
    { name: '分项是约数“约90条”不核对', code: said(`${P}156条，其中政府网站约90条、政务新媒体40条。`) },
    { name: '分项“40条以上”不核对', code: said(`${P}156条，其中政府网站98条、政务新媒体40条以上。`) },
    { name: '单位不同（条/篇）不核对', code: said(`${P}156条，其中政府网站98篇、政务新媒体40篇。`) },
    { name: '一句两个总数：“N件，其中…；M件，其中…”分别核对', code: said(`${A}46件，其中自然人申请40件、法人申请6件；办结45件，其中予以公开30件、不予公开15件。`) },
    { name: '“共计”另起总数，列举到此为止', code: said(`${A}46件，其中自然人申请40件、法人申请6件，共计办结46件。`) },
    { name: '分项里另有数字（括号内）时不核对', code: said(`${P}156条，其中政府网站98条（含政策解读12条）、政务新媒体40条、其他18条。`) },
  ],
  invalid: [
    {
      name: '感叹号也结束句子：后一句的数字不算分项',
      code: said(`${P}156条，其中政府网站98条、政务新媒体40条！公开栏18条。`),
      errors: [
        {
          messageId: 'under',
          message: '“共156条，其中……”列出的各项之和 98+40 = 138，少于总数 156：如果没有列全，可补上“其他”项；否则请核对数字。',
          severity: 'warn',
          line: 11,
          column: 19,
          endLine: 11,
          endColumn: 42,
        },
      ],
    },
    {
      name: '已列到“其他”、少 1：错误',
      code: said(`${P}156条，其中政府网站98条、政务新媒体40条、公开栏等其他渠道17条。`),
      errors: [
        {
          messageId: 'exhaustive',
          message: '“共156条，其中……”已列到“其他”，各项之和 98+40+17 = 155，却不等于总数 156：请核对总数或各项。',
          severity: 'error',
          line: 11,
          column: 19,
          endLine: 11,
          endColumn: 54,
        },
      ],
    },
    {
      name: '各项之和超过总数：错误',
      code: said(`${P}156条，其中政府网站98条、政务新媒体40条、公开栏等其他渠道19条。`),
      errors: [
        {
          messageId: 'over',
          message: '“共156条，其中……”各项之和 98+40+19 = 157，超过了总数 156：请核对总数或各项。',
          severity: 'error',
          line: 11,
          column: 19,
          endLine: 11,
          endColumn: 54,
        },
      ],
    },
    {
      name: '不含“其他”、少于总数：警告（可能没列全）',
      code: said(`${P}156条，其中政府网站98条、政务新媒体40条。`),
      errors: [
        {
          messageId: 'under',
          message: '“共156条，其中……”列出的各项之和 98+40 = 138，少于总数 156：如果没有列全，可补上“其他”项；否则请核对数字。',
          severity: 'warn',
          line: 11,
          column: 19,
          endLine: 11,
          endColumn: 42,
        },
      ],
    },
    {
      name: '一句两个总数：分别报，第一个范围止于最后一项（不含“；”）',
      code: said(`${A}46件，其中自然人申请40件、法人申请5件；45件，其中予以公开30件、不予公开16件。`),
      errors: [
        {
          message: '“共46件，其中……”列出的各项之和 40+5 = 45，少于总数 46：如果没有列全，可补上“其他”项；否则请核对数字。',
          severity: 'warn',
          line: 11,
          column: 22,
          endLine: 11,
          endColumn: 43,
        },
        {
          message: '“共45件，其中……”各项之和 30+16 = 46，超过了总数 45：请核对总数或各项。',
          severity: 'error',
          line: 11,
          column: 44,
          endLine: 11,
          endColumn: 65,
        },
      ],
    },
    {
      name: '“共计”之前的列举少于总数：警告，范围止于最后一项',
      code: said(`${P}156条，其中政府网站98条、政务新媒体40条，共计138条。`),
      errors: [{ message: '“共156条，其中……”列出的各项之和 98+40 = 138，少于总数 156：如果没有列全，可补上“其他”项；否则请核对数字。', line: 11, column: 19, endLine: 11, endColumn: 42 }],
    },
    {
      name: '句号后“其中，”：照样核对',
      code: said(`${P}156条。其中，政府网站98条，政务新媒体40条，其他渠道19条。`),
      errors: [{ message: '“共156条，其中……”各项之和 98+40+19 = 157，超过了总数 156：请核对总数或各项。', line: 11, column: 19, endLine: 11, endColumn: 51 }],
    },
    {
      name: 'PDF 文字层中句子折行：范围跨两行',
      code: said(`${P}156条，其中政府网站98条、政务新\n媒体40条、其他渠道19条。`),
      errors: [{ message: '“共156条，其中……”各项之和 98+40+19 = 157，超过了总数 156：请核对总数或各项。', line: 11, column: 19, endLine: 12, endColumn: 14 }],
    },
    {
      name: 'Markdown 加粗不影响位置',
      code: said(`${P}156条，其中**政府网站**98条、政务新媒体40条、其他渠道19条。`, true),
      filePath: 'x.md',
      errors: [{ message: '“共156条，其中……”各项之和 98+40+19 = 157，超过了总数 156：请核对总数或各项。', line: 11, column: 19, endLine: 11, endColumn: 54 }],
    },
  ],
});

describe('narrative-sum: a list begun with 、 ends at the next ，', () => {
  const tester = new RuleTester({ requirePositions: true });
  tester.run('national/narrative-sum', narrativeSum, {
    valid: ['共收到申请46件，其中自然人40件、法人6件，办结46件。', '共发布信息150条，其中网站98条、微信52条；另转载信息30条。'],
    invalid: [{ code: '共收到申请46件，其中自然人40件、法人5件，办结46件。', errors: [{ messageId: 'under', line: 1, column: 6, endLine: 1, endColumn: 23, severity: 'warn' }] }],
  });
});
