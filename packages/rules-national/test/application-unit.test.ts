import { RuleTester } from '@xxgk-lint/core/testing';
import { applicationUnit } from '../src/rules/application-unit.js';
import { OVERVIEW, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (n: number) => `申请数量的单位应为“件”，这里写作“${n}条”：请改为“${n}件”（“条”是信息的单位，申请按件统计）。`;
const overview = (second: string) => report({ bodies: { 1: [OVERVIEW[0], OVERVIEW[1], second, ...OVERVIEW.slice(3)] } });

tester.run('national/application-unit', applicationUnit, {
  valid: [
    { name: '按件计数', code: report() },
    { name: '“收到政府信息公开申请5件”', code: overview('（二）依申请公开。2023年，和顺镇收到政府信息公开申请5件，均按时答复。') },
    { name: '信息、留言按条计数', code: overview('（二）依申请公开。2023年，和顺镇发布信息30条，收到网民留言248条，未收到政府信息公开申请。') },
    { name: '“申请人”的意见', code: overview('（二）依申请公开。2023年，和顺镇收到3条申请人意见，均已答复。') },
  ],
  invalid: [
    (() => {
      // 广元市昭化区某镇 2023 年报告（../shared/corpus/web-excerpts/sichuan_zhaohua_zhen_2023.txt）
      const code = overview('（二）依申请公开。2023年度收到政府信息公开申请0条。');
      return {
        name: '“收到政府信息公开申请0条”',
        code,
        output: code.replace('申请0条', '申请0件'),
        errors: [{ message: message(0), ...locateIn(code, '申请0条', '0条') }],
      };
    })(),
    (() => {
      // 平潭综合实验区经济发展局 2022 年报告（../shared/corpus/crawl/pingtan_jingjifazhanju_2022.txt）
      const code = overview('（二）依申请公开。2022年，共收到政府信息公开申请3条，均已办结。');
      return {
        name: '“共收到政府信息公开申请3条”',
        code,
        output: code.replace('申请3条', '申请3件'),
        errors: [{ message: message(3), ...locateIn(code, '申请3条', '3条') }],
      };
    })(),
    (() => {
      const code = overview('（二）依申请公开。2023年，和顺镇受理12条政府信息公开申请，均已办结。');
      return {
        name: '“受理12条政府信息公开申请”',
        code,
        output: code.replace('12条', '12件'),
        errors: [{ message: message(12), ...locateIn(code, '受理12条', '12条') }],
      };
    })(),
  ],
});
