import { RuleTester } from '@xxgk-lint/core/testing';
import { legalCitation } from '../src/rules/legal-citation.js';
import { OVERVIEW, PREAMBLE, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester();

const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const FEE_CITATION = (number: string) => `（一）依据《政府信息公开信息处理费管理办法》（${number}），本年度未收取信息处理费。`;

tester.run('national/legal-citation', legalCitation, {
  valid: [
    { name: '规范的引用', code: report() },
    { name: '简称《条例》', code: overview('2023年，和顺镇认真贯彻落实《条例》，扎实推进政府信息公开工作。') },
    { name: '地方的条例', code: overview('2023年，和顺镇认真贯彻落实《湖北省政府信息公开条例》，扎实推进政府信息公开工作。') },
    { name: '109号文', code: report({ fee: FEE_CITATION('国办函〔2020〕109号') }) },
    { name: '括号写法由 document-number 检查', code: report({ fee: FEE_CITATION('国办函(2020)109号') }) },
    { name: '国务院令第711号', code: overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》（国务院令第711号），扎实推进政府信息公开工作。') },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，和顺镇认真贯彻落实《政府信息公开条例》，扎实推进政府信息公开工作。');
      return {
        name: '条例名称少了“中华人民共和国”',
        code,
        errors: [
          {
            messageId: 'regulations',
            message: '条例的名称应为《中华人民共和国政府信息公开条例》，这里写成了《政府信息公开条例》。',
            ...locate(code, '《政府信息公开条例》'),
            suggestions: [{ desc: '改为《中华人民共和国政府信息公开条例》', output: overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。') }],
          },
        ],
      };
    })(),
    (() => {
      const code = report({ fee: FEE_CITATION('国办发〔2020〕109号') });
      return {
        name: '109号文的发文机关代字写错',
        code,
        errors: [{ messageId: 'fees', message: '《政府信息公开信息处理费管理办法》的文号是“国办函〔2020〕109号”，这里写成了“国办发〔2020〕109号”：请核对。', ...locate(code, '国办发〔2020〕109号') }],
      };
    })(),
    (() => {
      const code = report({ preamble: PREAMBLE.replace('国办公开办函〔2021〕30号', '国办公开办函〔2021〕3号') });
      return {
        name: '30号文写成 3 号',
        code,
        errors: [{ messageId: 'format', message: '年度报告格式的文号是“国办公开办函〔2021〕30号”，这里写成了“国办公开办函〔2021〕3号”：请核对。', ...locate(code, '国办公开办函〔2021〕3号') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》（国务院令第492号），扎实推进政府信息公开工作。');
      return { name: '2007 年的国务院令', code, errors: [{ messageId: 'oldDecree', ...locateIn(code, '国务院令第492号', '国务院令第492号') }] };
    })(),
  ],
});
