import { RuleTester } from '@xxgk-lint/core/testing';
import { outdatedTemplate } from '../src/rules/outdated-template.js';
import { BODY, OTHER, FEE, PREAMBLE, locate, locateIn, report } from './helpers.js';
import { TRIAL_TABLE2, trialTable3 } from './scope-helpers.js';

const tester = new RuleTester({ requirePositions: true });

const titled = (year: number, extra: Parameters<typeof report>[0] = {}) =>
  report({ title: [`${BODY}${year}年政府信息公开工作年度报告`], preamble: PREAMBLE.replace(/2023/g, String(year)), ...extra });

tester.run('national/outdated-template', outdatedTemplate, {
  valid: [
    { name: '2023 年度，2021 年格式', code: report() },
    { name: '2020 年度，试行格式的表三', code: titled(2020, { bodies: { 3: trialTable3() } }) },
    { name: '2019 年度，试行格式的表二', code: titled(2019, { bodies: { 2: TRIAL_TABLE2 } }) },
    { name: '2020 年度引用 〔2019〕60号', code: titled(2020, { preamble: PREAMBLE.replace('国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号').replace(/2023/g, '2020') }) },
    {
      name: '23 行但“（六）”一行没有标签（提取丢了）：不断定是试行格式',
      code: report({ bodies: { 3: trialTable3().map((l) => l.replace('（六）其他处理\t', '\t')) } }),
    },
    { name: '2019 年度的旧格式标题：当年允许', code: titled(2019, { bodies: { 6: [FEE, '七、政府信息公开的收费及减免情况', ...OTHER] } }) },
  ],
  invalid: [
    (() => {
      const code = report({ bodies: { 3: trialTable3() } });
      return {
        name: '2023 年度的表三只有一行“（六）其他处理”（洪泽区 2023 年报告）',
        code,
        errors: [{ messageId: 'table3', message: /^表三的“（六）其他处理”只有一行，这是 2019 年试行格式：2023年度报告应按/, ...locate(code, '（六）其他处理') }],
      };
    })(),
    (() => {
      const code = report({ markdown: true, bodies: { 3: trialTable3(true) } });
      return { name: 'Markdown 表格', code, filePath: 'x.md', errors: [{ messageId: 'table3', ...locate(code, '（六）其他处理') }] };
    })(),
    (() => {
      const code = report({ bodies: { 2: TRIAL_TABLE2 } });
      return {
        name: '2023 年度用了试行格式的表二：报在第一个试行栏目上',
        code,
        errors: [{ messageId: 'table2', message: /^表二的“本年新制作数量”是 2019 年试行格式的栏目：2023年度报告/, ...locate(code, '本年新制作数量') }],
      };
    })(),
    (() => {
      const code = report({ preamble: PREAMBLE.replace('国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号') });
      return {
        name: '2023 年度引用 〔2019〕60号',
        code,
        errors: [{ messageId: 'basis', ...locateIn(code, '》（国办公开办函〔2019〕60号', '国办公开办函〔2019〕60号') }],
      };
    })(),
    (() => {
      const code = report({ bodies: { 6: [FEE, '七、政府信息公开的收费及减免情况', ...OTHER] } });
      return {
        name: '旧条例时期的标题',
        code,
        errors: [{ messageId: 'oldHeading', message: /^“七、政府信息公开的收费及减免情况”是 2019 年以前旧格式的标题/, ...locate(code, '七、政府信息公开的收费及减免情况') }],
      };
    })(),
  ],
});
