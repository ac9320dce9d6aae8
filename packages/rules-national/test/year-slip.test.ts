import { describe, expect, it } from 'vitest';
import { lintText } from '@xxgk-lint/core';
import { RuleTester } from '@xxgk-lint/core/testing';
import { yearConsistency } from '../src/rules/year-consistency.js';
import { yearSlip } from '../src/rules/year-slip.js';
import { OVERVIEW, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** the overview with its （一）/（二） paragraphs replaced */
const overview = (active: string, requests = OVERVIEW[2]) => report({ bodies: { 1: [OVERVIEW[0], active, requests, ...OVERVIEW.slice(3)] } });

tester.run('national/year-slip', yearSlip, {
  valid: [
    { name: '默认报告（2023 年度，各处都是 2023 年）', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '与上年对比', code: overview('（一）主动公开。全年主动公开政府信息156条，较2022年增加20条。') },
    { name: '两年并列的对比', code: overview('（一）主动公开。2022年主动公开政府信息136条，2023年主动公开156条。') },
    { name: '上年结转', code: overview(OVERVIEW[1], '（二）依申请公开。全年新收申请6件；2022年结转申请1件，已办结。') },
    { name: '下一年的计划', code: report({ bodies: { 5: ['存在的主要问题：一是部分信息公开不够及时。', '改进措施：2024年，我镇将主动公开政府信息不少于160条。'] } }) },
    { name: '历年累计', code: overview('（一）主动公开。2019年以来累计主动公开政府信息800条。') },
    { name: '截至某年底', code: overview('（一）主动公开。截至2022年底，共发布政府信息650条。') },
    { name: '上一年的日期', code: overview('（一）主动公开。2022年12月，我镇发布政府信息12条。') },
    { name: '书名号里的年份', code: overview('（一）主动公开。按照《2022年政务公开工作要点》，主动公开政府信息156条。') },
    { name: '因上一年度的申请引发的复议（瓯海区审计局 2024）', code: overview(OVERVIEW[1], '（二）依申请公开。全年新收申请6件。办理因2022年度政府信息公开申请引发行政复议1件。') },
    { name: '上一年度报告发布后的事', code: overview('（一）主动公开。2022年度政府信息公开工作年度报告发布后收到咨询3条，全年主动公开政府信息156条。') },
    { name: '上一年受理、结转到本年的申请', code: overview(OVERVIEW[1], '（二）依申请公开。全年新收申请6件。2022年受理的1件申请结转至本年度办理，已办结。') },
    { name: '句子很长、没有句号：只读年份前后一段', code: overview(`（一）主动公开。${'全年主动公开政府信息156条，'.repeat(40)}较2022年，我镇共发布政府信息156条。`) },
    { name: '没有数字：讲的是上年报告的问题', code: overview('（一）主动公开。2022年度报告中提到的问题已经整改，全年主动公开政府信息156条。') },
    { name: '报告年度不确定（标题和统计期限不一致）', code: report({ title: ['平安县和顺镇人民政府2024年政府信息公开工作年度报告'] }).replace('（一）主动公开。全年', '（一）主动公开。2022年，我镇共') },
  ],
  invalid: [
    (() => {
      const code = overview(OVERVIEW[1], '（二）依申请公开。2022年，我镇共收到政府信息公开申请6件，上年结转1件，均在法定期限内答复。');
      return {
        name: '依申请公开写成了上一年',
        code,
        errors: [
          {
            message:
              '这句话讲的是本年度的工作和数字，年份却写作 2022 年（“2022年，我镇共收到政府信息公开申请6件，上年结转1件，均在法定期限内答复”），本报告是 2023 年度的：是否沿用了往年的文字？请改为“2023年”，如确是 2022 年的数字请写明是对比或上年情况。',
            ...locateIn(code, '2022年，我镇共收到', '2022年'),
          },
        ],
      };
    })(),
    (() => {
      const code = overview('（一）主动公开。2022年共主动公开政府信息156条，其中政府网站98条、政务新媒体40条、公开栏等其他渠道18条。');
      return { name: '主动公开写成了上一年', code, errors: [{ messageId: 'slip', ...locateIn(code, '2022年共主动公开', '2022年') }] };
    })(),
    (() => {
      const code = overview('（一）主动公开。2024年度，我镇发布政府信息156条。');
      return { name: '写成了下一年', code, errors: [{ messageId: 'slip', ...locateIn(code, '2024年度，我镇', '2024年') }] };
    })(),
    (() => {
      const code = report({ bodies: { 1: ['2022年，和顺镇共发布政府信息156条。', ...OVERVIEW.slice(1)] } });
      return { name: '总体情况的开头：year-consistency 关闭时由本规则报告', code, errors: [{ messageId: 'slip', ...locateIn(code, '2022年，和顺镇', '2022年') }] };
    })(),
  ],
});

describe('national/year-slip beside national/year-consistency', () => {
  it('leaves the opening "2022年，" of 一、总体情况 to year-consistency (one finding, not two)', () => {
    const code = report({ bodies: { 1: ['2022年，和顺镇共发布政府信息156条。', ...OVERVIEW.slice(1)] } });
    const rules = {
      'national/year-consistency': { rule: yearConsistency, severity: 'error' as const, options: {} },
      'national/year-slip': { rule: yearSlip, severity: 'warn' as const, options: {} },
    };
    const ids = lintText(code, { filePath: 'report.txt', rules }).messages.map((m) => m.ruleId);
    expect(ids).toEqual(['national/year-consistency']);
  });
});
