import { RuleTester } from '@xxgk-lint/core/testing';
import { legalCitation } from '../src/rules/legal-citation.js';
import { OVERVIEW, PREAMBLE, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

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
    {
      name: '前言写了条例（简称《条例》）和格式文号',
      code: report({ preamble: '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。' }),
    },
    { name: '“编制年度报告”不是引用格式', code: overview('2023年，和顺镇按时编制年度报告，扎实推进政府信息公开工作。') },
  ],
  invalid: [
    (() => {
      // 来凤县政务服务和大数据管理局 2021 年报告（../shared/corpus/web-excerpts/hubei_laifeng_zwfwj_2021.txt）
      const code = report({
        preamble:
          '根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》规定，编制本报告。',
      });
      return {
        name: '引用年度报告格式的通知，没有文号',
        code,
        errors: [{ messageId: 'formatWithoutNumber', message: '这里引用了年度报告格式，没有写文号：请写明“国办公开办函〔2021〕30号”。', ...locate(code, '政府信息公开工作年度报告格式>的通知》') }],
      };
    })(),
    (() => {
      // 广元市昭化区某镇 2023 年报告（../shared/corpus/web-excerpts/sichuan_zhaohua_zhen_2023.txt）
      const preamble =
        '本年度报告根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）有关工作要求编制，本报告所列数据的统计期限为2023年1月1日至2023年12月31日。';
      const code = report({ preamble });
      return {
        name: '前言的依据只有格式，没有条例',
        code,
        errors: [
          {
            messageId: 'basisWithoutRegulations',
            message:
              '前言的编制依据只写了《中华人民共和国政府信息公开工作年度报告格式》，没有《中华人民共和国政府信息公开条例》：年度报告是按条例第五十条编制的，请在依据中写明条例。',
            ...locate(code, '根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）有关工作要求'),
          },
        ],
      };
    })(),
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
