import { RuleTester } from '@xxgk-lint/core/testing';
import { partOrder } from '../src/rules/part-order.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

tester.run('national/part-order', partOrder, {
  valid: [
    { name: '一至六依次排列', code: report() },
    { name: 'Markdown 标题', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '缺一部分、其余编号不变（缺失由 required-parts 报告）', code: report({ order: [1, 2, 4, 5, 6] }) },
    { name: '第五部分内的“一、”小标题不算新部分', code: report({ bodies: { 5: ['一、存在的主要问题', '部分信息公开不够及时。', '二、改进措施', '建立信息发布台账。'] } }) },
  ],
  invalid: [
    {
      name: '二、三部分对调并重新编号',
      code: report({
        order: [1, 3, 2, 4, 5, 6],
        headings: { 3: '二、收到和处理政府信息公开申请情况', 2: '三、主动公开政府信息情况' },
      }),
      errors: [
        {
          messageId: 'numbering',
          message: '“收到和处理政府信息公开申请情况”是国家格式的第三部分，编号却写作“二、”：请改为“三、”。',
          line: 21,
          column: 1,
          endLine: 21,
          endColumn: 3,
        },
        {
          messageId: 'outOfOrder',
          message: '“主动公开政府信息情况”是第二部分，却出现在第三部分之后：请按一至六的顺序排列各部分。',
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 13,
        },
      ],
    },
    {
      name: '二、三部分对调、编号照旧',
      code: report({ order: [1, 3, 2, 4, 5, 6] }),
      errors: [
        {
          message: '“主动公开政府信息情况”是第二部分，却出现在第三部分之后：请按一至六的顺序排列各部分。',
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 13,
        },
      ],
    },
    {
      name: '缺第三部分，第四部分写成“三、”（其后依次错位）',
      code: report({
        order: [1, 2, 4, 5, 6],
        headings: { 4: '三、政府信息公开行政复议、行政诉讼情况', 5: '四、存在的主要问题及改进情况', 6: '五、其他需要报告的事项' },
      }),
      errors: [
        {
          message: '“政府信息公开行政复议、行政诉讼情况”是国家格式的第四部分，编号却写作“三、”：请改为“四、”。',
          line: 38,
          column: 1,
          endLine: 38,
          endColumn: 3,
        },
        {
          message: '“存在的主要问题及改进情况”是国家格式的第五部分，编号却写作“四、”：请改为“五、”。',
          line: 45,
          column: 1,
          endLine: 45,
          endColumn: 3,
        },
        {
          message: '“其他需要报告的事项”是国家格式的第六部分，编号却写作“五、”：请改为“六、”。',
          line: 51,
          column: 1,
          endLine: 51,
          endColumn: 3,
        },
      ],
    },
    {
      name: '第五部分出现两次',
      code: report({ order: [1, 2, 3, 4, 5, 6, 5] }),
      errors: [
        {
          messageId: 'duplicate',
          message: '第五部分“存在的主要问题及改进情况”出现了两次：请合并为一处。',
          line: 95,
          column: 1,
          endLine: 95,
          endColumn: 15,
        },
      ],
    },
    {
      name: 'Markdown：第四部分写成“三、”，位置不含 “## ”',
      code: report({ markdown: true, order: [1, 2, 4, 5, 6], headings: { 4: '三、政府信息公开行政复议、行政诉讼情况' } }),
      filePath: 'x.md',
      errors: [
        {
          message: '“政府信息公开行政复议、行政诉讼情况”是国家格式的第四部分，编号却写作“三、”：请改为“四、”。',
          line: 39,
          column: 4,
          endLine: 39,
          endColumn: 6,
        },
      ],
    },
    {
      name: '编号用了“.”也按所写数字核对',
      code: report({ headings: { 6: '五.其他需要报告的事项' } }),
      errors: [
        {
          message: '“其他需要报告的事项”是国家格式的第六部分，编号却写作“五、”：请改为“六、”。',
          line: 87,
          column: 1,
          endLine: 87,
          endColumn: 3,
        },
      ],
    },
  ],
});
