import { RuleTester } from '@xxgk-lint/core/testing';
import { narrativeTable } from '../src/rules/narrative-table.js';
import { OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester();

const applications = (sentence: string) => report({ bodies: { 1: [OVERVIEW[0], OVERVIEW[1], sentence, ...OVERVIEW.slice(3)] } });
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });

tester.run('national/narrative-table', narrativeTable, {
  valid: [
    { name: '“新收政府信息公开申请6件”与表三一致', code: report() },
    { name: '含上年结转的总数', code: applications('（二）依申请公开。全年共受理政府信息公开申请7件（含上年结转1件），均已按期答复。') },
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
  ],
  invalid: [
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
