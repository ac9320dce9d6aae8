import { RuleTester } from '@xxgk-lint/core/testing';
import { abbreviatedYear } from '../src/rules/abbreviated-year.js';
import { FEE, IMPROVEMENT, OTHER, OVERVIEW, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (written: string, full: string) => `年份“${written}”简写了：请写全四位数字“${full}”。`;
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const inTitle = (written: string, full: string) =>
  `书名号里的年份“${written}”简写了：这份文件在报告别处（或报告标题）写作四位年份，请同样写全“${full}”。`;
const NOTICE = (year: string) => `《关于做好${year}年度政府信息公开工作年度报告编制工作的通知》`;
const improvement = (lines: string[]) => report({ bodies: { 5: lines } });

tester.run('national/abbreviated-year', abbreviatedYear, {
  valid: [
    { name: '四位年份', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '年数不是年份：近22年来、连续12年、工作满30年、10年以上', code: overview('2023年，和顺镇近22年来连续12年获评先进，骨干工作满30年，档案保存10年以上。') },
    { name: '年代：“，90年代以来”', code: overview('2023年，和顺镇整理了档案，90年代以来的文件已全部数字化。') },
    { name: '“第12年”', code: overview('2023年是和顺镇推行政务公开的第12年。') },
    { name: '文号里的年份', code: report({ fee: '（一）依据国办函〔2020〕109号，本年度未收取信息处理费。' }) },
    {
      name: '表格里的“22年”不检查',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 年度 |', '| --- | --- |', '| 上年结转 | 22年 |', ...OTHER] } }),
      filePath: 'x.md',
    },
    { name: '书名号里的简写：可能是原文如此', code: overview(`2023年，和顺镇按照${NOTICE('23')}要求编制本报告。`) },
    {
      name: '书名号里的简写，别处写全的是另一份文件',
      code: overview(`2023年，和顺镇按照${NOTICE('23')}和《关于做好2023年度政务公开工作的通知》要求编制本报告。`),
    },
    { name: '网址里的数字', code: report({ contact: '本报告可在 http://www.pingan.gov.cn/23年/nb.html 下载，电话：0531-87654321。' }) },
  ],
  invalid: [
    (() => {
      const code = report({ bodies: { 1: [`2023年，和顺镇按照${NOTICE('2023')}部署工作。`, ...OVERVIEW.slice(1)], 6: [FEE, `（二）按照${NOTICE('23')}要求按时发布本报告。`, ...OTHER.slice(1)] } });
      return {
        name: '同一份通知前面写全、后面简写',
        code,
        errors: [
          {
            messageId: 'abbreviatedInTitle',
            message: inTitle('23年度', '2023年度'),
            ...locateIn(code, '做好23年度', '23年度'),
            suggestions: [{ desc: '改为“2023年度”', output: code.replace('做好23年度', '做好2023年度') }],
          },
        ],
      };
    })(),
    (() => {
      const code = report({ bodies: { 6: [FEE, '（二）现将《平安县和顺镇人民政府23年政府信息公开工作年度报告》公布如下。', ...OTHER.slice(1)] } });
      return {
        name: '书名号里的报告自己的标题',
        code,
        errors: [{ messageId: 'abbreviatedInTitle', message: inTitle('23年', '2023年'), ...locateIn(code, '人民政府23年政府', '23年') }],
      };
    })(),
    (() => {
      const code = report({
        bodies: { 1: ['2023年，和顺镇印发《和顺镇2023年度近10年档案整理工作方案》。', ...OVERVIEW.slice(1)], 6: [FEE, '（二）完成《和顺镇23年度近10年档案整理工作方案》确定的任务。', ...OTHER.slice(1)] },
      });
      return {
        name: '简写的标题里，年数仍不算年份',
        code,
        errors: [{ message: inTitle('23年度', '2023年度'), ...locateIn(code, '和顺镇23年度', '23年度') }],
      };
    })(),
    (() => {
      const code = improvement(['（一）22 年度存在问题及改进情况。22 年度，我镇政策解读形式较为单一。2023年，我镇采用图解方式开展解读。', IMPROVEMENT[1]]);
      return {
        name: '“22 年度”（上乐村镇 2023 年报告）：提取时夹了空格',
        code,
        errors: [
          {
            messageId: 'abbreviated',
            message: message('22年度', '2022年度'),
            ...locate(code, '22 年度'),
            suggestions: [{ desc: '改为“2022年度”', output: code.replace('22 年度', '2022 年度') }],
          },
          { message: message('22年度', '2022年度'), ...locate(code, '22 年度', 2) },
        ],
      };
    })(),
    (() => {
      const code = overview('23年1月，和顺镇召开政务公开工作会议，部署全年工作。');
      return {
        name: '“23年1月”：段首',
        code,
        errors: [{ message: message('23年', '2023年'), ...locateIn(code, '\n23年1月', '23年') }],
      };
    })(),
    (() => {
      const code = report({ title: ['平安县和顺镇人民政府2021年政府信息公开工作年度报告'], bodies: { 1: ['（一）23年度工作计划已印发。', ...OVERVIEW.slice(1)] } });
      return {
        name: '比报告年度晚两年的“23年度”：仍是 2023 年',
        code,
        errors: [{ message: message('23年度', '2023年度'), ...locateIn(code, '）23年度', '23年度') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇的公开栏（98年建成）已全部更新。');
      return {
        name: '括号中的“98年”：上个世纪',
        code,
        errors: [{ message: message('98年', '1998年'), ...locateIn(code, '（98年', '98年') }],
      };
    })(),
  ],
});
