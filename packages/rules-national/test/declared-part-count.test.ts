import { RuleTester } from '@xxgk-lint/core/testing';
import { declaredPartCount } from '../src/rules/declared-part-count.js';
import { PREAMBLE, locateIn, report } from './helpers.js';

const tester = new RuleTester();

const LIST = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成';
const preamble = (list: string) => report({ preamble: PREAMBLE.replace(LIST, list) });

tester.run('national/declared-part-count', declaredPartCount, {
  valid: [
    { name: '列出六部分，正文六部分', code: report() },
    { name: '没有列出名称，只说六部分', code: preamble('六部分组成') },
    { name: '正文缺了一部分：由 required-parts 提示', code: report({ order: [1, 2, 3, 5, 6] }) },
    { name: '前言没有“由……组成”', code: report({ preamble: '本报告统计期限为2023年1月1日至12月31日。' }) },
  ],
  invalid: [
    (() => {
      const code = preamble('总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成');
      return {
        name: '说六部分却只列了五个（杨陵区统计局 2023 年报告）',
        code,
        errors: [
          {
            messageId: 'listed',
            message: '前言说报告由六部分组成，却只列出了5个部分（没有列出“政府信息公开行政复议、行政诉讼情况”）：请核对前言。',
            ...locateIn(code, '事项六部分组成', '六部分组成'),
          },
        ],
      };
    })(),
    (() => {
      const code = preamble('五部分组成');
      return {
        name: '说五部分，正文有六部分',
        code,
        errors: [{ messageId: 'present', message: '前言说报告由五部分组成，正文实际有6个部分：请核对前言或正文。', ...locateIn(code, '由五部分组成', '五部分组成') }],
      };
    })(),
    (() => {
      const code = preamble(LIST.replace('六部分', '七部分'));
      return { name: '列了六个却说七部分', code, errors: [{ messageId: 'listedMore', message: '前言说报告由七部分组成，却列出了6个部分：请核对前言。' }] };
    })(),
  ],
});
