import { RuleTester } from '@xxgk-lint/core/testing';
import { partHeading } from '../src/rules/part-heading.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const nonCanonical = (numeral: string, expected: string, actual: string) =>
  `第${numeral}部分标题应为“${expected}”，现为“${actual}”：请改用国家格式的标题。`;

tester.run('national/part-heading', partHeading, {
  valid: [
    { name: '国家格式的六个标题', code: report() },
    { name: 'Markdown 标题', code: report({ markdown: true }), filePath: 'x.md' },
    {
      name: '实践中认可的写法',
      code: report({
        headings: {
          2: '二、行政机关主动公开政府信息情况',
          3: '三、行政机关收到和处理政府信息公开申请情况',
          4: '四、政府信息公开行政复议和行政诉讼情况',
          5: '五、政府信息公开工作存在的主要问题及改进情况',
        },
      }),
    },
    { name: 'PDF 提取的字间空格不算措辞不同', code: report({ headings: { 2: '二 、主 动 公 开 政 府 信 息 情 况' } }) },
    { name: '标题后的冒号', code: report({ headings: { 1: '一、总体情况：' } }) },
    { name: '标题与正文写在同一行', code: report({ headings: { 1: '一、总体情况。2023年，和顺镇认真贯彻落实条例，扎实推进政府信息公开工作，取得明显成效。' } }) },
  ],
  invalid: [
    {
      name: '第三部分写成“依申请公开情况”：只替换标题文字，保留“三、”',
      code: report({ headings: { 3: '三、依申请公开情况' } }),
      errors: [
        {
          messageId: 'nonCanonical',
          message: nonCanonical('三', '收到和处理政府信息公开申请情况', '依申请公开情况'),
          line: 38,
          column: 3,
          endLine: 38,
          endColumn: 10,
          severity: 'error',
        },
      ],
      output: report({ headings: { 3: '三、收到和处理政府信息公开申请情况' } }),
    },
    {
      name: 'PDF 字间空格中的不规范标题：连空格一起替换',
      code: report({ headings: { 2: '二 、主 动 公 开 信 息 情 况' } }),
      errors: [{ message: nonCanonical('二', '主动公开政府信息情况', '主动公开信息情况'), line: 21, column: 4, endLine: 21, endColumn: 19 }],
      output: report({ headings: { 2: '二 、主动公开政府信息情况' } }),
    },
    {
      name: '编号用“.”：修复保留原编号，只改措辞',
      code: report({ headings: { 6: '六.其他需要报告事项' } }),
      errors: [{ message: nonCanonical('六', '其他需要报告的事项', '其他需要报告事项'), line: 87, column: 3, endLine: 87, endColumn: 11 }],
      output: report({ headings: { 6: '六.其他需要报告的事项' } }),
    },
    {
      name: '两个标题不规范：一次修好',
      code: report({ headings: { 2: '二、主动公开情况', 5: '五、存在问题及改进措施' } }),
      errors: [
        { message: nonCanonical('二', '主动公开政府信息情况', '主动公开情况'), line: 21, column: 3, endLine: 21, endColumn: 9 },
        { message: nonCanonical('五', '存在的主要问题及改进情况', '存在问题及改进措施'), line: 81, column: 3, endLine: 81, endColumn: 12 },
      ],
      output: report(),
    },
    {
      name: 'Markdown：保留 “## ”',
      code: report({ markdown: true, headings: { 5: '五、存在的问题和改进措施' } }),
      filePath: 'x.md',
      errors: [{ message: nonCanonical('五', '存在的主要问题及改进情况', '存在的问题和改进措施'), line: 84, column: 6, endLine: 84, endColumn: 16 }],
      output: report({ markdown: true }),
    },
    {
      name: 'Markdown 加粗标题：保留 “**”',
      code: report({ markdown: true, headings: { 4: '**四、行政复议、行政诉讼情况**' } }),
      filePath: 'x.md',
      errors: [
        {
          message: nonCanonical('四', '政府信息公开行政复议、行政诉讼情况', '行政复议、行政诉讼情况'),
          line: 76,
          column: 8,
          endLine: 76,
          endColumn: 19,
        },
      ],
      output: report({ markdown: true, headings: { 4: '**四、政府信息公开行政复议、行政诉讼情况**' } }),
    },
  ],
});
