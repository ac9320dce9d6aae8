import { RuleTester } from '@xxgk-lint/core/testing';
import { repeatedChar } from '../src/rules/repeated-char.js';
import { FEE, OTHER, OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const message = (char: string, times: string, written: string) => `“${char}”连写了${times}遍（“${written}”）：请删去多余的“${char}”。`;

tester.run('national/repeated-char', repeatedChar, {
  valid: [
    { name: '默认报告', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '叠字：人人、紧紧、村村、常常、事事、层层、等等', code: overview('2023年，和顺镇紧紧围绕中心工作，层层落实，人人参与，事事公开，常常下到村村组组，公开栏、网站等等都已更新。') },
    { name: '词与词相接：工作作风、耕地地力、审计计划、管网网帖（语料）', code: overview('2023年，和顺镇转变工作作风，公开耕地地力保护补贴、审计计划和管网网帖处理情况。') },
    { name: '虚词与词相接：为了了解、不了了之、以及及时、但是是否、目的的、参与与监督', code: overview('2023年，和顺镇为了了解群众需求，以及及时回应关切，不搞不了了之；但是是否公开要依法判断，实现公开目的的途径多样，鼓励公众参与与监督。') },
    { name: 'AABB：是是非非、的的确确、和和美美、实实在在', code: overview('2023年，和顺镇明辨是是非非，的的确确做到和和美美、实实在在。') },
    { name: '跨行不算：一行以“的”结尾，下一行以“的”开头', code: overview('2023年，和顺镇公开的\n的信息都是群众关心的。') },
    {
      name: '表格里不检查',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 说明 |', '| --- | --- |', '| 在在 | 的的 |', ...OTHER] } }),
      filePath: 'x.md',
    },
    { name: '选项 allow：人名等', code: overview('2023年，和顺镇工作人员张了了负责信息发布。'), options: { allow: ['了了'] } },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，和顺镇认真落实政府信息公开的的各项要求。');
      return {
        name: '的的',
        code,
        errors: [{ messageId: 'doubled', message: message('的', '两', '的的'), ...locate(code, '的的') }],
        output: code.replace('的的', '的'),
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇在在政府网站公开政府信息，做好了了信息发布和和政策解读。');
      return {
        name: '在在、了了、和和',
        code,
        errors: [
          { message: message('在', '两', '在在'), ...locate(code, '在在') },
          { message: message('了', '两', '了了'), ...locate(code, '了了') },
          { message: message('和', '两', '和和'), ...locate(code, '和和') },
        ],
        output: code.replace('在在', '在').replace('了了', '了').replace('和和', '和'),
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇公开的的的信息均经保密审查。');
      return {
        name: '三个“的”：一条提示，删去两个',
        code,
        errors: [{ message: message('的', '三', '的的的'), ...locate(code, '的的的') }],
        output: code.replace('的的的', '的'),
      };
    })(),
    (() => {
      const code = overview('2023年，张了了负责和顺镇信息发布，群众对对政府信息公开工作满意。');
      return {
        name: '选项 allow 只放过所列的重叠',
        code,
        options: { allow: ['了了'] },
        errors: [{ message: message('对', '两', '对对'), ...locate(code, '对对') }],
        output: code.replace('对对', '对'),
      };
    })(),
  ],
});
