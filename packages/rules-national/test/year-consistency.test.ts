import { RuleTester } from '@xxgk-lint/core/testing';
import { yearConsistency } from '../src/rules/year-consistency.js';
import { BODY, OVERVIEW, PREAMBLE, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const notice = (year: number) => `《平安县人民政府办公室关于编制公布${year}年政府信息公开工作年度报告有关事项的通知》`;

tester.run('national/year-consistency', yearConsistency, {
  valid: [
    { name: '2023 年度，2024 年 1 月发布', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '没有落款日期', code: report({ signature: null }) },
    { name: '设置的年度与报告一致', code: report(), settings: { reportYear: 2023 } },
    { name: '引用本年度报告的编制通知', code: report({ preamble: `根据《中华人民共和国政府信息公开条例》和${notice(2023)}要求，编制本报告。` }) },
  ],
  invalid: [
    (() => {
      // 平潭综合实验区经济发展局 2022 年报告（../shared/corpus/crawl/pingtan_jingjifazhanju_2022.txt）引用 2021 年的通知
      const code = report({ preamble: `根据《中华人民共和国政府信息公开条例》和${notice(2022)}要求，编制本报告。` });
      return {
        name: '前言引用的是上一年度报告的编制通知：警告',
        code,
        errors: [{ messageId: 'notice', severity: 'warn' as const, ...locate(code, notice(2022)) }],
      };
    })(),
    (() => {
      const code = report({ preamble: PREAMBLE.replace('2023年1月1日至12月31日', '2022年1月1日至12月31日') });
      return {
        name: '统计期限沿用了上年',
        code,
        errors: [{ messageId: 'period', message: '统计期限写的是 2022 年，与报告年度 2023 年不一致：请改为2023年1月1日至2023年12月31日。', ...locate(code, '2022年1月1日至12月31日') }],
      };
    })(),
    (() => {
      const code = report({ bodies: { 1: ['2022年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。', ...OVERVIEW.slice(1)] } });
      return {
        name: '总体情况开头沿用了上年的文字',
        code,
        errors: [{ messageId: 'opening', message: '“一、总体情况”开头写的是 2022 年，报告年度是 2023 年：是否沿用了往年的文字？请核对。', ...locateIn(code, '2022年，和顺镇', '2022') }],
      };
    })(),
    (() => {
      const code = report({ signature: [BODY, '2025年1月20日'] });
      return {
        name: '落款不在次年',
        code,
        errors: [{ messageId: 'published', message: '落款日期是 2025年1月20日，2023 年度报告应在 2024 年发布：请核对落款日期或报告年度。', ...locate(code, '2025年1月20日') }],
      };
    })(),
    (() => {
      const code = report();
      return {
        name: '设置的年度与标题、统计期限、落款都不一致',
        code,
        settings: { reportYear: 2024 },
        errors: [{ messageId: 'title', ...locateIn(code, '人民政府2023年', '2023') }, { messageId: 'period', ...locate(code, '2023年1月1日至12月31日') }, { messageId: 'opening', ...locateIn(code, '2023年，和顺镇', '2023') }, { messageId: 'published', ...locate(code, '2024年1月20日') }],
      };
    })(),
  ],
});
