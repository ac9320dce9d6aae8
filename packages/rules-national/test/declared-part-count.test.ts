import { RuleTester } from '@xxgk-lint/core/testing';
import { declaredPartCount } from '../src/rules/declared-part-count.js';
import { BODY, OVERVIEW, PREAMBLE, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const LIST = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成';
const preamble = (list: string) => report({ preamble: PREAMBLE.replace(LIST, list) });

/** 上海市 2022 年报告的前言（../shared/corpus/web-excerpts/shanghai_shi_2022.txt）：列出部分，不写部分数 */
const SHANGHAI =
  '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《上海市政府信息公开规定》（以下简称《规定》）的要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况，以及其他需要报告的事项。本年度报告中所列数据统计期限为2023年1月1日至12月31日。';
/** 九江市濂溪区 2024 年报告的前言（web-excerpts/jiangxi_lianxiqu_2024.txt），年份改为 2023：第六部分少了“需要” */
const LIANXI =
  '本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号），编制本报告。本报告包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他报告的事项共六个部分。本报告所列统计数据的期限自2023年1月1日起，至2023年12月31日止。';
/** 深圳市龙岗区某部门 2024 年报告写在“一、总体情况”之下的前言（web-excerpts/guangdong_longgang_bumen_2024.txt），年份改为 2023 */
const LONGGANG =
  '本年报根据《中华人民共和国政府信息公开条例》（下称《条例》）要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况以及其他需要报告的事项组成。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。';
const underOverview = (...first: string[]) => report({ preamble: null, contact: null, bodies: { 1: [...first, ...OVERVIEW] } });

tester.run('national/declared-part-count', declaredPartCount, {
  valid: [
    { name: '列出六部分，正文六部分', code: report() },
    { name: '没有列出名称，只说六部分', code: preamble('六部分组成') },
    { name: '正文缺了一部分：由 required-parts 提示', code: report({ order: [1, 2, 3, 5, 6] }) },
    { name: '前言没有“由……组成”', code: report({ preamble: '本报告统计期限为2023年1月1日至12月31日。' }) },
    { name: '“因政府信息公开工作被申请行政复议和提起行政诉讼情况”“政府信息公开工作存在的主要问题及改进情况”是接受的写法（上海市 2022）', code: report({ preamble: SHANGHAI }) },
    { name: '“信息公开总体情况”只是加了前缀（昭化区某镇 2023）', code: preamble(LIST.replace('由总体情况', '由信息公开总体情况')) },
    {
      name: '少了“的”、写作“其它”、“和”代“及”（seed 000）',
      code: preamble(LIST.replace('存在的主要问题及改进情况', '存在主要问题和改进情况').replace('其他需要报告的事项', '其它需要报告事项')),
    },
    { name: '“政府信息公开行政复议、行政诉讼情况”在列举中带顿号', code: preamble(LIST.replace('行政复议和行政诉讼', '行政复议、行政诉讼')) },
    {
      name: '旧条例的措辞“因政府信息公开申请行政复议、提起行政诉讼的情况”，末项用“和”连接（平潭市场监管局 2019）',
      code: preamble(LIST.replace('政府信息公开行政复议和行政诉讼情况', '因政府信息公开申请行政复议、提起行政诉讼的情况').replace('改进情况、其他', '改进情况和其他')),
    },
    {
      name: '2019 年以前的旧模板另有部分，不比较标题',
      code: report({
        title: [`${BODY}2017年政府信息公开工作年度报告`],
        preamble: '本报告包括主动公开政府信息的情况、依申请公开政府信息和不予公开政府信息的情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况。',
      }),
    },
    { name: '“包括”后只提到一两个部分，不是部分列表', code: report({ preamble: '本报告包括依申请公开情况、行政复议情况等内容。本报告统计期限为2023年1月1日至12月31日。' }) },
    {
      name: '用简称概括各部分，不是抄错标题',
      code: preamble('总体情况、主动公开、依申请公开、行政复议和行政诉讼、存在问题和改进措施、其他需要报告的事项六部分组成'),
    },
    { name: '前言在标题之前，一里又说了一遍编制依据', code: report({ bodies: { 1: [PREAMBLE, ...OVERVIEW] } }) },
    { name: '没有前言，一的开头只说依据《条例》', code: underOverview('根据《中华人民共和国政府信息公开条例》要求，现将我镇2023年政府信息公开工作情况报告如下。') },
    { name: '没有前言，一的开头只说统计期限', code: underOverview('本报告所列数据的统计期限为2023年1月1日至12月31日。') },
    { name: '一的前言式文字不在开头', code: underOverview(OVERVIEW[0], LONGGANG) },
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
      return { name: '列了六个却说七部分', code, errors: [{ messageId: 'listedMore', message: '前言说报告由七部分组成，却列出了6个部分：请核对前言。', ...locateIn(code, '事项七部分组成', '七部分组成') }] };
    })(),
    (() => {
      const code = report({ preamble: LIANXI });
      return {
        name: '前言把第六部分写成“其他报告的事项”（濂溪区 2024）',
        code,
        errors: [
          {
            messageId: 'listedTitle',
            message: '前言列出的第六部分“其他报告的事项”不是国家格式的标题：请改为“其他需要报告的事项”。',
            ...locate(code, '其他报告的事项'),
          },
        ],
      };
    })(),
    (() => {
      const code = report({ preamble: SHANGHAI.replace('收到和处理政府信息公开申请情况', '依申请公开情况') });
      return {
        name: '不写部分数的列表，第三部分写成旧格式的“依申请公开情况”',
        code,
        errors: [
          {
            messageId: 'listedTitle',
            message: '前言列出的第三部分“依申请公开情况”不是国家格式的标题：请改为“收到和处理政府信息公开申请情况”。',
            ...locate(code, '依申请公开情况'),
          },
        ],
      };
    })(),
    (() => {
      const code = underOverview(LONGGANG);
      return {
        name: '前言写在“一、总体情况”之下（龙岗区某部门 2024）',
        code,
        errors: [
          {
            messageId: 'misplaced',
            message: '前言放在了“一、总体情况”标题之下：请把编制依据、统计期限等前言内容移到“一、总体情况”标题之前。',
            ...locate(code, LONGGANG),
          },
        ],
      };
    })(),
    (() => {
      const code = report({ markdown: true, preamble: null, contact: null, bodies: { 1: [LONGGANG, ...OVERVIEW] } });
      return { name: 'Markdown：前言写在“## 一、总体情况”之下', code, filePath: 'x.md', errors: [{ messageId: 'misplaced', ...locate(code, LONGGANG) }] };
    })(),
    (() => {
      const code = underOverview(LONGGANG.replace('以及其他需要报告的事项', '以及其他报告的事项'));
      return {
        name: '写在一之下的前言，所列标题照样核对',
        code,
        errors: [
          { messageId: 'misplaced', ...locate(code, LONGGANG.replace('以及其他需要报告的事项', '以及其他报告的事项')) },
          { messageId: 'listedTitle', ...locate(code, '其他报告的事项') },
        ],
      };
    })(),
  ],
});
