import { RuleTester } from '@xxgk-lint/core/testing';
import { narrativeTable } from '../src/rules/narrative-table.js';
import { readFileSync } from 'node:fs';
import { OVERVIEW, locate, locateIn, report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** part 一's （二） without any word on the applications received */
const SILENT = '（二）依申请公开。进一步规范依申请公开工作流程。';
const silent = (options: Parameters<typeof report>[0] = {}) => report({ ...options, bodies: { 1: [OVERVIEW[0], OVERVIEW[1], SILENT, ...OVERVIEW.slice(3)], ...options.bodies } });
/** 平潭综合实验区市场监督管理局 2019 年度报告改写成试行格式（test/fixtures/layouts/2019-format.txt，见该目录 README）：表三新收 1，文字一句没提申请 */
const pingtan2019 = readFileSync(new URL('../../../test/fixtures/layouts/2019-format.txt', import.meta.url), 'utf8');

const applications = (sentence: string) => report({ bodies: { 1: [OVERVIEW[0], OVERVIEW[1], sentence, ...OVERVIEW.slice(3)] } });
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
/** 一 6 + 二 1 = （七）7 + 四 0: nothing carried forward */
const NONE_FORWARD = { resultTotal: [6, 1, 0, 0, 0, 0, 7], carriedForward: [0, 0, 0, 0, 0, 0, 0] };
/** part 一's （三）政府信息管理 replaced (table 二 by default: 行政规范性文件 2 / 0 / 5, 规章 0 / 0 / 0) */
const management = (sentence: string, options: Parameters<typeof report>[0] = {}) => report({ ...options, bodies: { 1: [...OVERVIEW.slice(0, 3), sentence, ...OVERVIEW.slice(4)] } });
const noneForward = (sentence: string) => report({ table3: NONE_FORWARD, bodies: { 1: [OVERVIEW[0], OVERVIEW[1], sentence, ...OVERVIEW.slice(3)] } });

tester.run('national/narrative-table', narrativeTable, {
  valid: [
    { name: '“新收政府信息公开申请6件”与表三一致', code: report() },
    { name: '规范性文件的制发、废止、现行有效件数与表二一致', code: management('（三）政府信息管理。全年制发行政规范性文件2件，废止0件，现行有效5件。') },
    { name: '“现行有效的规范性文件5件”与表二一致（截至年底）', code: management('（三）政府信息管理。截至2023年底，全面梳理我镇现行有效的规范性文件5件。') },
    { name: '审查、备案别人的规范性文件不是表二的数', code: management('（三）政府信息管理。全年审查各村（社区）制发的规范性文件12件，备案规章3件。') },
    { name: '累计的件数不是本年制发', code: management('（三）政府信息管理。2019年以来累计制定规范性文件30件。') },
    { name: '主动公开、解读规范性文件的条数不是表二的数', code: management('（三）政府信息管理。主动公开规范性文件8件，制发规范性文件并解读9件。') },
    { name: '清理规范性文件（不是废止）', code: management('（三）政府信息管理。全年清理规范性文件7件。') },
    {
      name: '表二的单元格不是数字时不比较',
      code: management('（三）政府信息管理。全年制发行政规范性文件3件。', { table2: { normativeDocument: ['两', 0, 5] } }),
    },
    { name: '含上年结转的总数', code: applications('（二）依申请公开。全年共受理政府信息公开申请7件（含上年结转1件），均已按期答复。') },
    { name: '“办理申请7件”= 本年新收 6 + 上年结转 1：办理的件数本就含结转', code: applications('（二）依申请公开。全年共办理政府信息公开申请7件，均在法定期限内答复。') },
    { name: '“办理申请6件”=（七）总计', code: applications('（二）依申请公开。全年新收政府信息公开申请6件，本年办理政府信息公开申请6件。') },
    { name: '“均在法定期限内答复”说的是及时，不是没有结转（表三结转下年度 1 件）', code: report() },
    { name: '“均已按期答复”：同上', code: applications('（二）依申请公开。全年新收政府信息公开申请6件，上年结转1件，均已按期答复。') },
    { name: '“除……外，其余均已办结”', code: applications('（二）依申请公开。全年新收政府信息公开申请6件，除1件结转下年度办理外，其余申请均已办结。') },
    { name: '办结的是建议提案，不是申请', code: applications('（二）依申请公开。全年新收政府信息公开申请6件。人大代表建议和政协提案均已办结。') },
    { name: '“均未办结”不是办结的说法', code: applications('（二）依申请公开。全年新收政府信息公开申请6件，截至年底上年结转的申请均未办结。') },
    { name: '“所有申请均已办结”，表三也没有结转', code: noneForward('（二）依申请公开。全年新收政府信息公开申请6件，上年结转1件，所有申请均已办结。') },
    { name: '复议、诉讼件数与表四一致', code: overview('2023年，和顺镇因政府信息公开被申请行政复议1件，被提起行政诉讼1件。') },
    { name: '别的申请：“受理行政许可申请356件”', code: overview('2023年，和顺镇便民服务中心受理行政许可申请356件，未收到行政许可申请投诉。') },
    { name: '别的复议：司法所办理的行政复议案件', code: overview('2023年，和顺镇司法所协助办理行政复议案件12件。') },
    { name: '“没有收到”别的申请', code: applications('（二）依申请公开。全年新收政府信息公开申请6件。全年没有收到行政许可申请。') },
    { name: '“未收到行政复议申请”不是说没收到公开申请', code: report({ table4: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0], bodies: { 1: [OVERVIEW[0].replace('。', '，未收到行政复议申请。'), ...OVERVIEW.slice(1)] } }) },
    { name: '“确保无行政复议”是目标，不是陈述', code: report({ bodies: { 5: ['存在的主要问题：答复文书不够规范。下一步将规范答复，确保无行政复议案件发生。'] } }) },
    {
      name: '表三读不准时不比较',
      code: report({ dropTable3Rows: ['refused1', 'refused2', 'refused3', 'refused4', 'refused5'], bodies: { 1: [OVERVIEW[0], OVERVIEW[1], '（二）依申请公开。全年新收政府信息公开申请60件。', ...OVERVIEW.slice(3)] } }),
    },
    { name: '只在第三部分的文字里说到收到申请', code: silent({ bodies: { 3: ['本年度共收到政府信息公开申请6件，均已按时答复。', ...tableLines('table3')] } }) },
    { name: '“未收到”也是说到了申请（表三为 0 时）', code: silent({ table3: { new: [0, 0, 0, 0, 0, 0, 0] }, bodies: { 3: ['本年度未收到政府信息公开申请。', ...tableLines('table3', { table3: { new: [0, 0, 0, 0, 0, 0, 0] } })] } }) },
    {
      name: '节选（在表三中间结束）：缺的文字里可能说了，不提示',
      code: (() => {
        const full = silent();
        const cut = full.indexOf('（一）予以公开');
        return `${full.slice(0, cut)}（一）予以公开\t2\n`;
      })(),
    },
  ],
  invalid: [
    (() => {
      const code = management('（三）政府信息管理。全年制发行政规范性文件3件，废止1件，现行有效5件。');
      return {
        name: '文字的本年制发、废止与表二不一致：说的是全年，错误',
        code,
        errors: [
          {
            message: '文字说行政规范性文件制发 3 件，表二“行政规范性文件”行的“本年制发件数”是 2：请核对文字或表格，两处应是同一个数。',
            severity: 'error' as const,
            ...locate(code, '制发行政规范性文件3件'),
          },
          { messageId: 'regulationFigure', severity: 'error' as const, ...locate(code, '废止1件') },
        ],
      };
    })(),
    (() => {
      // 九江市濂溪区 2024（test/fixtures/corpus/web-excerpts/jiangxi_lianxiqu_2024.txt）的写法，数字改成与表二不一致
      const code = management('（三）政府信息管理。制定发布规范性文件4件,清理废止文件0件,现行有效文件20件。');
      return {
        name: '一串件数：没有说全年，警告',
        code,
        errors: [
          { messageId: 'regulationFigure', severity: 'warn' as const, ...locate(code, '制定发布规范性文件4件') },
          { message: '文字说行政规范性文件现行有效 20 件，表二“行政规范性文件”行的“现行有效件数”是 5：请核对文字或表格，两处应是同一个数。', severity: 'warn' as const, ...locate(code, '现行有效文件20件') },
        ],
      };
    })(),
    (() => {
      const code = management('（三）政府信息管理。我镇制定规章1件。');
      return {
        name: '规章：表二是 0',
        code,
        errors: [{ message: '文字说规章制发 1 件，表二“规章”行的“本年制发件数”是 0：请核对文字或表格，两处应是同一个数。', severity: 'error' as const, ...locate(code, '制定规章1件') }],
      };
    })(),
    (() => {
      const code = silent();
      return {
        name: '表三新收 6 件，正文一句也没说到收到申请（前言、第三部分标题里的“收到和处理政府信息公开申请情况”不算）',
        code,
        errors: [
          {
            messageId: 'applicationsUnmentioned',
            message: '表三“一、本年新收政府信息公开申请数量”的总计是 6，正文却没有一句说到收到政府信息公开申请：请在总体情况的“依申请公开”或第三部分写明本年收到申请的件数。',
            severity: 'warn' as const,
            ...locateIn(code, '一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6', '6'),
          },
        ],
      };
    })(),
    {
      name: '平潭综合实验区市场监督管理局 2019 年度报告：表三新收 1，文字没提这 1 件申请',
      code: pingtan2019,
      // line 47 is the 新收 row; column 30 its 总计 cell
      errors: [{ messageId: 'applicationsUnmentioned', severity: 'warn' as const, line: 47, column: 30, endLine: 47, endColumn: 31 }],
    },
    (() => {
      // 长春市某局 2023 年报告网页的节选（../shared/corpus/web-excerpts/jilin_changchun_bumen_2023.txt）：文字 2 件，表三本年新收 3
      const full = applications('（二）依申请公开。本年度，共受理政府信息公开申请2件，都在法定期限内予以答复。');
      const cut = full.indexOf('（一）予以公开');
      const code = `${full.slice(0, cut)}（一）予以公开\t2\n`;
      return {
        name: '节选在表三中间结束：已读出的“本年新收”仍可核对，只给警告',
        code,
        errors: [{ messageId: 'applications', severity: 'warn' as const, ...locate(code, '受理政府信息公开申请2件') }],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。全年新收政府信息公开申请8件，上年结转1件，均在法定期限内答复。');
      return {
        name: '申请数与表三不符',
        code,
        errors: [
          {
            messageId: 'applications',
            message: '文字说收到政府信息公开申请 8 件，表三“一、本年新收政府信息公开申请数量”的总计是 6：请核对文字或表格。',
            severity: 'error' as const,
            ...locate(code, '新收政府信息公开申请8件'),
          },
        ],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。镇党政办代表镇政府受理政府信息公开申请3件，均在法定期限内答复。');
      return {
        name: '可能只是一部分（洪泽区 2024 年报告：区政府办代表区政府受理 17 件）：警告',
        code,
        errors: [{ messageId: 'partialApplications', severity: 'warn' as const, ...locate(code, '受理政府信息公开申请3件') }],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。全年共受理政府信息公开申请7件，均在法定期限内答复。');
      return {
        name: '“共受理7件”= 本年新收 6 + 上年结转 1：警告，写出两种读法',
        code,
        errors: [
          {
            messageId: 'withCarriedOver',
            message:
              '文字“受理政府信息公开申请7件”= 本年新收 6 + 上年结转 1？表三“本年新收”应与文字所说的本年收到的申请数一致：如果 7 件含上年结转，请写明“本年新收6件、上年结转1件”。',
            severity: 'warn' as const,
            ...locate(code, '受理政府信息公开申请7件'),
          },
        ],
      };
    })(),
    (() => {
      const code = report({
        table3: { resultTotal: [4, 1, 0, 0, 0, 0, 5], carriedForward: [2, 0, 0, 0, 0, 0, 2] },
        bodies: { 1: [OVERVIEW[0], OVERVIEW[1], '（二）依申请公开。全年共收到政府信息公开申请5件。', ...OVERVIEW.slice(3)] },
      });
      return {
        name: '“共收到5件”=（七）总计 5，本年新收 6：警告',
        code,
        errors: [
          {
            messageId: 'asResultTotal',
            message:
              '文字“收到政府信息公开申请5件”与表三“（七）总计”（本年度办理结果）5 件相同，而表三“一、本年新收政府信息公开申请数量”的总计是 6：文字所说的本年收到的申请数应与“本年新收”一致，如果 5 件是本年办理的申请，请写明“本年新收6件、办理5件”。',
            severity: 'warn' as const,
            ...locate(code, '收到政府信息公开申请5件'),
          },
        ],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。全年共办理政府信息公开申请9件。');
      return {
        name: '“办理9件”与新收、新收 + 结转、（七）总计都不符：警告',
        code,
        errors: [
          {
            messageId: 'handledApplications',
            message: '文字说办理政府信息公开申请 9 件，表三的本年新收 6、上年结转 1、（七）总计 6 都不是这个数：请核对文字或表格。',
            severity: 'warn' as const,
            ...locate(code, '办理政府信息公开申请9件'),
          },
        ],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。全年新收政府信息公开申请6件，上年结转1件，所有申请均已办结。');
      return {
        name: '“所有申请均已办结”，表三结转下年度 1 件：警告',
        code,
        errors: [
          {
            messageId: 'completedButCarried',
            message: '文字说“所有申请均已办结”，但表三“四、结转下年度继续办理”为 1 件：结转下年度继续办理的申请尚未办结，请核对——或改写文字（写明结转件数），或核对表三。',
            severity: 'warn' as const,
            ...locate(code, '均已办结'),
          },
        ],
      };
    })(),
    (() => {
      const code = report({
        bodies: {
          1: [OVERVIEW[0], OVERVIEW[1], '（二）依申请公开。全年共办理政府信息公开申请7件。其中，网络申请5件，信函申请2件。所有申请均按时办结。', ...OVERVIEW.slice(3)],
        },
      });
      return {
        name: '“所有申请均按时办结”（周至县 2021 年报告的写法），前一句才说是信息公开申请：警告',
        code,
        errors: [{ messageId: 'completedButCarried', message: /^文字说“所有申请均按时办结”/, severity: 'warn' as const, ...locate(code, '均按时办结') }],
      };
    })(),
    (() => {
      const code = noneForward('（二）依申请公开。全年新收政府信息公开申请6件，上年结转1件，已全部答复。结转下年度继续办理1件。');
      return {
        name: '“已全部答复”，文字又说结转下年度 1 件：警告',
        code,
        errors: [
          {
            messageId: 'completedButCarried',
            message: '文字说“已全部答复”，但文字又说结转下年度为 1 件：结转下年度继续办理的申请尚未办结，请核对——或改写文字（写明结转件数），或核对表三。',
            severity: 'warn' as const,
            ...locate(code, '已全部答复'),
          },
        ],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。2023年，和顺镇未收到政府信息公开申请。');
      return {
        name: '说没收到申请，表三却有',
        code,
        errors: [{ messageId: 'noApplications', message: '文字说没有收到政府信息公开申请，表三“一、本年新收政府信息公开申请数量”的总计却是 6：请核对文字或表格。', ...locate(code, '未收到政府信息公开申请') }],
      };
    })(),
    (() => {
      const code = applications('（二）依申请公开。2023年，全镇收到依申请公开政府信息0件。');
      return {
        name: '“收到……0件”只报一次，不再当作“没有收到”重复提示',
        code,
        errors: [{ messageId: 'applications', message: /^文字说收到政府信息公开申请 0 件/, ...locate(code, '收到依申请公开政府信息0件') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇因政府信息公开被申请行政复议2件，被提起行政诉讼3件。');
      return {
        name: '复议、诉讼件数与表四不符',
        code,
        errors: [
          { messageId: 'review', message: '文字说行政复议 2 件，表四“行政复议”的总计是 1：请核对文字或表格。', ...locate(code, '行政复议2件') },
          { messageId: 'litigation', message: '文字说行政诉讼 3 件，表四两类行政诉讼的总计是 1（未经复议直接起诉 1 + 复议后起诉 0）：请核对文字或表格。', ...locate(code, '行政诉讼3件') },
        ],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。');
      return {
        name: '说没有复议诉讼，表四却有',
        code,
        errors: [
          { messageId: 'noCases', message: '文字说没有行政复议，表四的行政复议总计却是 1：请核对文字或表格。', ...locate(code, '未发生因政府信息公开被申请行政复议、提起行政诉讼') },
          { messageId: 'noCases', message: '文字说没有行政诉讼，表四的行政诉讼总计却是 1：请核对文字或表格。', ...locate(code, '未发生因政府信息公开被申请行政复议、提起行政诉讼') },
        ],
      };
    })(),
  ],
});
