import { RuleTester } from '@xxgk-lint/core/testing';
import { headingNumbering } from '../src/rules/heading-numbering.js';
import { FEE, OTHER, OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (written: string, expected: string) => `标题序号“${written}”应写作“${expected}”（GB/T 9704—2012 7.3.3）。`;
const overview = (lines: string[]) => report({ bodies: { 1: lines } });

tester.run('national/heading-numbering', headingNumbering, {
  valid: [
    { name: '规范的“一、”“（一）”', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '“1.”“（1）”', code: overview([OVERVIEW[0], '（一）主动公开。\n1.公文制发情况。全年制发文件94件。\n（1）财政信息。公开预决算5条。', ...OVERVIEW.slice(2)]) },
    { name: '换行后以“1、2、3月”开头的续行不是标题', code: overview([`${OVERVIEW[0]}全镇分别在\n1、2、3月开展了三次自查，对发现的问题及时整改。`, ...OVERVIEW.slice(1)]) },
    { name: '“一，二季度”这样的续行不是标题', code: overview([`${OVERVIEW[0]}全镇在第一季度和第\n二，三季度分别开展了自查，对发现的问题及时整改落实。`, ...OVERVIEW.slice(1)]) },
    {
      name: '表格里的“1、”不检查（淮安市 2024 年报告表三的写法）',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 件数 |', '| --- | --- |', '| 1、申请人逾期未缴费 | 0 |', ...OTHER] } }),
      filePath: 'x.md',
    },
    { name: '小数和版本号', code: overview([OVERVIEW[0], '1.5万份宣传资料已发放。', ...OVERVIEW.slice(2)]) },
  ],
  invalid: [
    (() => {
      const code = report({ headings: { 1: '一.总体情况' } });
      return {
        name: '“一.”',
        code,
        errors: [{ messageId: 'numbering', message: message('一.', '一、'), ...locate(code, '一.') }],
        output: report(),
      };
    })(),
    (() => {
      const code = overview([OVERVIEW[0], OVERVIEW[1].replace('（一）', '（一）、'), ...OVERVIEW.slice(2)]);
      return {
        name: '“（一）、”',
        code,
        errors: [{ message: message('（一）、', '（一）'), ...locate(code, '（一）、') }],
        output: report(),
      };
    })(),
    (() => {
      const code = overview([OVERVIEW[0], '（一）主动公开。\n1、公文制发情况。全年制发文件94件。\n2、重点领域公开。公开财政信息5条。', ...OVERVIEW.slice(2)]);
      return {
        name: '“1、”',
        code,
        errors: [
          { message: message('1、', '1.'), ...locate(code, '1、') },
          { message: message('2、', '2.'), ...locate(code, '2、') },
        ],
        output: overview([OVERVIEW[0], '（一）主动公开。\n1.公文制发情况。全年制发文件94件。\n2.重点领域公开。公开财政信息5条。', ...OVERVIEW.slice(2)]),
      };
    })(),
    (() => {
      const code = overview([OVERVIEW[0], '（一）主动公开。\n（1）、财政信息。公开预决算5条。', ...OVERVIEW.slice(2)]);
      return {
        name: '“（1）、”',
        code,
        errors: [{ message: message('（1）、', '（1）'), ...locate(code, '（1）、') }],
        output: overview([OVERVIEW[0], '（一）主动公开。\n（1）财政信息。公开预决算5条。', ...OVERVIEW.slice(2)]),
      };
    })(),
    (() => {
      const code = report({ headings: { 6: '六，其他需要报告的事项' } });
      return {
        name: '“六，”',
        code,
        errors: [{ message: message('六，', '六、'), ...locate(code, '六，') }],
        output: report(),
      };
    })(),
    (() => {
      const code = report({ markdown: true, headings: { 2: '二．主动公开政府信息情况' } });
      return {
        name: 'Markdown 标题：保留“## ”',
        code,
        filePath: 'x.md',
        errors: [{ message: message('二．', '二、'), ...locate(code, '二．') }],
        output: report({ markdown: true }),
      };
    })(),
  ],
});
