import { RuleTester } from '@xxgk-lint/core/testing';
import { abbreviatedYear } from '../src/rules/abbreviated-year.js';
import { FEE, IMPROVEMENT, OTHER, OVERVIEW, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester();

const message = (written: string, full: string) => `年份“${written}”简写了：请写全四位数字“${full}”。`;
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
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
    { name: '网址里的数字', code: report({ contact: '本报告可在 http://www.pingan.gov.cn/23年/nb.html 下载，电话：0531-87654321。' }) },
  ],
  invalid: [
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
