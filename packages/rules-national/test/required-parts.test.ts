import { RuleTester } from '@xxgk-lint/core/testing';
import { requiredParts } from '../src/rules/required-parts.js';
import { PART_TITLES } from '@xxgk-lint/core';
import { locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const missing = (numeral: string, title: string) => `缺少第${numeral}部分“${numeral}、${title}”：请按国家格式补上这一部分及其标题。`;
const headingMissing = (numeral: string, title: string) =>
  `第${numeral}部分的统计表在这里，但没有找到标题“${numeral}、${title}”：请在表格前补上这一部分的标题（如果原文有标题，可能是转换格式时丢失了）。`;
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const excerptMessage = (reason: string, missingParts: string, numerals: string[]) =>
  `这段文字似乎是报告的节选（${reason}）：没有${missingParts}（${numerals
    .map((n) => `“${n}、${PART_TITLES[(NUMERALS.indexOf(n) + 1) as 1 | 2 | 3 | 4 | 5 | 6]}”`)
    .join('、')}）。只检查了给出的部分；如果这是报告全文，请补上缺少的部分。`;

tester.run('national/required-parts', requiredParts, {
  valid: [
    { name: '六个部分齐全（纯文本）', code: report() },
    { name: '六个部分齐全（Markdown 标题）', code: report({ markdown: true }), filePath: 'x.md' },
    {
      name: '实践中认可的标题写法',
      code: report({
        headings: {
          2: '二、行政机关主动公开政府信息情况',
          4: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
          5: '五、政府信息公开工作存在的主要问题及改进情况',
        },
      }),
    },
    { name: 'PDF 提取的标题字间有空格', code: report({ headings: { 3: '三 、收 到 和 处 理 政 府 信 息 公 开 申 请 情 况' } }) },
    { name: '措辞不规范但能认出是哪一部分（由 part-heading 提示）', code: report({ headings: { 3: '三、依申请公开政府信息情况', 1: '一、概述' } }) },
    { name: '顺序颠倒不算缺少（由 part-order 提示）', code: report({ order: [1, 3, 2, 4, 5, 6] }) },
  ],
  invalid: [
    {
      name: '缺第三部分：报在其后的第四部分标题上',
      code: report({ order: [1, 2, 4, 5, 6] }),
      errors: [{ message: missing('三', '收到和处理政府信息公开申请情况'), messageId: 'missing', line: 38, column: 1, endLine: 38, endColumn: 20 }],
    },
    {
      name: '缺第六部分：报在全文末尾',
      code: report({ order: [1, 2, 3, 4, 5] }),
      errors: [{ message: missing('六', '其他需要报告的事项'), line: 89, column: 1, endLine: 89, endColumn: 1 }],
    },
    {
      name: '缺第一、二部分：各报一条，都在第三部分标题上',
      code: report({ order: [3, 4, 5, 6] }),
      errors: [
        { message: missing('一', '总体情况'), line: 7, column: 1, endLine: 7, endColumn: 18 },
        { message: missing('二', '主动公开政府信息情况'), line: 7, column: 1, endLine: 7, endColumn: 18 },
      ],
    },
    {
      name: 'Markdown：缺第五部分，位置不含 “## ”',
      code: report({ order: [1, 2, 3, 4, 6], markdown: true }),
      filePath: 'x.md',
      errors: [{ message: missing('五', '存在的主要问题及改进情况'), line: 84, column: 4, endLine: 84, endColumn: 15 }],
    },
    (() => {
      const code = report({ headings: { 4: '四、政府信息公开复核和起诉情况' } });
      const tableLine = code.slice(0, code.indexOf('行政复议', code.indexOf('复核和起诉'))).split('\n').length;
      return {
        name: '第四部分标题认不出（“行政复议”写成“复核”），但表四在：标题缺失，警告',
        code,
        errors: [
          {
            messageId: 'headingMissing',
            message: headingMissing('四', '政府信息公开行政复议、行政诉讼情况'),
            severity: 'warn',
            line: tableLine,
            column: 1,
            endLine: tableLine,
            endColumn: code.split('\n')[tableLine - 1].length + 1,
          },
        ],
      };
    })(),
    {
      name: '第四部分的标题和表格都没有：缺少第四部分',
      code: report({ headings: { 4: '四、政府信息公开复核和起诉情况' }, bodies: { 4: ['本年度没有发生复核和起诉。'] } }),
      errors: [{ message: missing('四', '政府信息公开行政复议、行政诉讼情况'), ...locate(report({ headings: { 4: '四、政府信息公开复核和起诉情况' }, bodies: { 4: ['本年度没有发生复核和起诉。'] } }), '五、存在的主要问题及改进情况') }],
    },
    (() => {
      const code = excerptOf(3, '（一）予以公开');
      return {
        name: '节选（只给了前三部分，文字在表格中间结束）：一条警告，不逐个报缺少的部分',
        code,
        errors: [
          {
            messageId: 'excerpt',
            message: excerptMessage('文字在表格中间结束', '第四至第六部分', ['四', '五', '六']),
            severity: 'warn',
            ...pointAt(code, code.trimEnd().length),
          },
        ],
      };
    })(),
    (() => {
      const code = report({ order: [1, 2] });
      return {
        name: '只有第一、二部分、文字完整：节选，一条警告',
        code,
        errors: [
          {
            messageId: 'excerpt',
            message: excerptMessage('只有第一至第二部分', '第三至第六部分', ['三', '四', '五', '六']),
            severity: 'warn',
            ...pointAt(code, code.trimEnd().length),
          },
        ],
      };
    })(),
    (() => {
      const code = report({ order: [1, 2, 3, 4, 5], signature: null });
      return { name: '只缺第六部分、文字完整：不是节选，缺少第六部分', code, errors: [{ message: missing('六', '其他需要报告的事项'), ...pointAt(code, code.length) }] };
    })(),
  ],
});

/** the empty range at an offset (a finding at the end of the text) */
function pointAt(code: string, offset: number): { line: number; column: number; endLine: number; endColumn: number } {
  const line = code.slice(0, offset).split('\n').length;
  const column = offset - code.lastIndexOf('\n', offset - 1);
  return { line, column, endLine: line, endColumn: column };
}

/** the report's text up to and including the first line of table 三 that has `rowLabel`, cut after its third cell */
function excerptOf(_lastPart: number, rowLabel: string): string {
  const full = report();
  const at = full.indexOf(rowLabel);
  const lineEnd = full.indexOf('\n', at);
  const row = full.slice(at, lineEnd);
  const cells = row.split(/\t|\|/);
  return `${full.slice(0, at)}${cells.slice(0, 3).join(row.includes('\t') ? '\t' : '|')}\n`;
}
