import { RuleTester } from '@xxgk-lint/core/testing';
import { statisticalPeriod } from '../src/rules/statistical-period.js';
import { OVERVIEW, PREAMBLE, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** part 一 with one more sentence after its opening */
const overviewWith = (sentence: string) => report({ bodies: { 1: [OVERVIEW[0] + sentence, ...OVERVIEW.slice(1)] } });

const without = PREAMBLE.replace('本报告统计期限为2023年1月1日至12月31日。', '');

tester.run('national/statistical-period', statisticalPeriod, {
  valid: [
    { name: '写明统计期限', code: report() },
    { name: '书名号里的“今年以来”', code: report({ bodies: { 1: ['2023年，和顺镇学习《今年以来政务公开工作要点》，扎实推进政府信息公开工作。'] } }) },
    { name: '“自……起至……止”', code: report({ preamble: `${without}报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。` }) },
    { name: '“起，至”之间有逗号（九江市濂溪区 2024 年报告的写法，半角逗号照网页复制件）', code: report({ preamble: `${without}本报告所列统计数据的期限自2023年1月1日起,至2023年12月31日止。` }) },
    { name: '“起，至”之间是全角逗号', code: report({ preamble: `${without}本报告所列统计数据的期限自2023年1月1日起，至2023年12月31日止。` }) },
    { name: '写在文末', code: report({ preamble: without, signature: ['本报告统计数据从2023年1月1日至12月31日。', '平安县和顺镇人民政府', '2024年1月20日'] }) },
    { name: '第一部分说的是别的日期范围', code: overviewWith('信息数据统计期限为：2023年1月1日至2023年11月30日。') },
    { name: '第一部分只写了日期范围，没说是统计期限', code: overviewWith('2023年1月1日至12月31日，全镇主动公开政府信息156条。') },
    { name: '只在第一部分写了一次', code: report({ preamble: without, bodies: { 1: [`${OVERVIEW[0]}本报告统计期限为2023年1月1日至12月31日。`, ...OVERVIEW.slice(1)] } }) },
  ],
  invalid: [
    (() => {
      // 广元市昭化区某镇 2023 年报告（../shared/corpus/web-excerpts/sichuan_zhaohua_zhen_2023.txt）：前言“本报告所列数据的统计周期为……”，第一部分又写“信息数据统计期限为:……”
      const code = overviewWith('信息数据统计期限为：2023年1月1日—2023年12月31日，全文电子化达100%。');
      return {
        name: '前言写了统计期限，第一部分又写一次：提示',
        code,
        errors: [{ messageId: 'repeated', message: '统计期限在前言已经写明，这里又写了一次：可删去。', severity: 'info' as const, ...locate(code, '统计期限为：2023年1月1日—2023年12月31日') }],
      };
    })(),
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
