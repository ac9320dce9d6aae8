import { RuleTester } from '@xxgk-lint/core/testing';
import { statisticalPeriod } from '../src/rules/statistical-period.js';
import { PREAMBLE, locate, report } from './helpers.js';

const tester = new RuleTester();

const without = PREAMBLE.replace('本报告统计期限为2023年1月1日至12月31日。', '');

tester.run('national/statistical-period', statisticalPeriod, {
  valid: [
    { name: '写明统计期限', code: report() },
    { name: '书名号里的“今年以来”', code: report({ bodies: { 1: ['2023年，和顺镇学习《今年以来政务公开工作要点》，扎实推进政府信息公开工作。'] } }) },
    { name: '“自……起至……止”', code: report({ preamble: `${without}报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。` }) },
    { name: '“起，至”之间有逗号（九江市濂溪区 2024 年报告的写法，半角逗号照网页复制件）', code: report({ preamble: `${without}本报告所列统计数据的期限自2023年1月1日起,至2023年12月31日止。` }) },
    { name: '“起，至”之间是全角逗号', code: report({ preamble: `${without}本报告所列统计数据的期限自2023年1月1日起，至2023年12月31日止。` }) },
    { name: '写在文末', code: report({ preamble: without, signature: ['本报告统计数据从2023年1月1日至12月31日。', '平安县和顺镇人民政府', '2024年1月20日'] }) },
  ],
  invalid: [
    (() => {
      // 周至县人民政府办公室 2021 年报告（../shared/corpus/web-excerpts/shaanxi_zhouzhixian_zfb_2021.txt）
      const code = report({ bodies: { 1: ['今年以来，共发布三大领域信息757条。'] } });
      return {
        name: '年度报告里的“今年以来”',
        code,
        errors: [{ messageId: 'sinceThisYear', message: '年度报告说的是整个 2023 年，“今年以来”是年中总结的说法：请改为“2023年”或“全年”。', ...locate(code, '今年以来') }],
      };
    })(),
    {
      name: '没写统计期限：报在标题上',
      code: report({ preamble: without }),
      errors: [{ messageId: 'missing', message: '报告没有写明统计期限：请在前言写明“本报告所列数据的统计期限为2023年1月1日至2023年12月31日”。', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    (() => {
      const code = report({ preamble: PREAMBLE.replace('2023年1月1日至12月31日', '2023年1月1日至11月30日') });
      return {
        name: '不是整个年度',
        code,
        errors: [{ messageId: 'partial', message: '统计期限写的是“2023年1月1日至11月30日”，不是整个年度：请写明2023年1月1日至2023年12月31日。', ...locate(code, '2023年1月1日至11月30日') }],
      };
    })(),
  ],
});
