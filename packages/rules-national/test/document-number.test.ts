import { RuleTester } from '@xxgk-lint/core/testing';
import { documentNumber } from '../src/rules/document-number.js';
import { FEE, OTHER, PREAMBLE, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const CANONICAL = '国办公开办函〔2021〕30号';
const preamble = (citation: string) => report({ preamble: PREAMBLE.replace(CANONICAL, citation) });
const fee = (sentence: string) => report({ fee: sentence });
const message = (written: string, expected: string, problems: string) => `文号中的“${written}”应写作“${expected}”：${problems}（GB/T 9704—2012 7.2.5）。`;

tester.run('national/document-number', documentNumber, {
  valid: [
    { name: '规范的文号', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '提取时文号中间夹了空格：不是作者写的，不提示', code: preamble('国办公开办函〔2021〕30 号') },
    { name: '国务院令的“第”是令号的写法，不是发文字号', code: fee('（一）依据《条例》（国务院令第711号）规定，本年度未收取信息处理费。') },
    { name: '法院案号：括号在前，不是文号', code: fee('（一）本年度未收取信息处理费。（2023）苏0812行初30号案件已审结。') },
    { name: '日期“2021年3月30号”不是文号', code: fee('（一）本年度未收取信息处理费，2021年3月30号完成公开目录更新。') },
    {
      name: '表格中的文号不检查（表格内容不动）',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 文件 | 文号 |', '| --- | --- |', '| 信息处理费管理办法 | 国办函(2020)109号 |', ...OTHER] } }),
      filePath: 'x.md',
    },
  ],
  invalid: [
    (() => {
      const code = preamble('国办公开办函 2021]30 号');
      return {
        name: '缺左括号、夹空格（平罗县城关镇 2021 年报告）：整段改写',
        code,
        errors: [{ messageId: 'format', message: message('2021]30号', '〔2021〕30号', '年份两侧的六角括号缺了一边'), ...locate(code, '2021]30 号') }],
        output: preamble(CANONICAL),
      };
    })(),
    (() => {
      const code = fee('（一）依据《政府信息公开信息处理费管理办法》（国办函(2020)109号），本年度未收取信息处理费。');
      return {
        name: '圆括号',
        code,
        errors: [{ message: message('(2020)109号', '〔2020〕109号', '年份应使用六角括号“〔〕”，不用半角圆括号“()”'), ...locate(code, '(2020)109号'), severity: 'error' as const }],
        output: fee('（一）依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。'),
      };
    })(),
    (() => {
      const code = fee('（一）依据国办函〔2020〕第109号，本年度未收取信息处理费。');
      return {
        name: '序号前加了“第”',
        code,
        errors: [{ message: message('〔2020〕第109号', '〔2020〕109号', '发文顺序号前不加“第”'), ...locate(code, '〔2020〕第109号') }],
        output: fee('（一）依据国办函〔2020〕109号，本年度未收取信息处理费。'),
      };
    })(),
    (() => {
      const code = fee('（一）依据川办发【2014】096号，本年度未收取信息处理费。');
      return {
        name: '实心方括号和前导 0：一条提示说两处',
        code,
        errors: [
          {
            message: message('【2014】096号', '〔2014〕96号', '年份应使用六角括号“〔〕”，不用实心方括号“【】”；发文顺序号不编虚位（不写前导 0）'),
            ...locate(code, '【2014】096号'),
          },
        ],
        output: fee('（一）依据川办发〔2014〕96号，本年度未收取信息处理费。'),
      };
    })(),
    (() => {
      const code = preamble('国办公开办函﹝2021﹞30号');
      return {
        name: '形近的“﹝﹞”',
        code,
        errors: [{ message: /U\+FE5D/, ...locate(code, '﹝2021﹞30号') }],
        output: preamble(CANONICAL),
      };
    })(),
    (() => {
      const code = report({ markdown: true, preamble: PREAMBLE.replace(CANONICAL, '国办公开办函[2021]30号') });
      return {
        name: 'Markdown 中的方括号',
        code,
        filePath: 'x.md',
        errors: [{ message: message('[2021]30号', '〔2021〕30号', '年份应使用六角括号“〔〕”，不用方括号“[]”'), ...locate(code, '[2021]30号') }],
        output: report({ markdown: true }),
      };
    })(),
  ],
});
