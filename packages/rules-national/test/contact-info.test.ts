import { RuleTester } from '@xxgk-lint/core/testing';
import { contactInfo } from '../src/rules/contact-info.js';
import { report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const missing = (what: string) => `报告没有写明${what}：请在开头或结尾写明联系电话，以及地址、电子邮箱或网址，方便公众咨询。`;
const contact = (sentence: string | null) => report({ contact: sentence });

tester.run('national/contact-info', contactInfo, {
  valid: [
    { name: '电话和地址', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '电话和电子邮箱', code: contact('联系电话：0531-87654321，电子邮箱：hszf@pingan.gov.cn。') },
    { name: '电话和网址（http://）', code: contact('本报告电子版可在平安县人民政府网站 http://www.pingan.gov.cn 下载，咨询电话：0531-87654321。') },
    { name: '手机号和通讯地址', code: contact('咨询电话：13912345678，通讯地址：平安县和顺镇人民路8号。') },
    { name: '不带区号的 8 位电话（“电话：”之后）', code: contact('联系电话：87654321，地址：平安县和顺镇人民路8号。') },
    { name: '区号加括号', code: contact('联系电话：（0531）87654321，地址：平安县和顺镇人民路8号。') },
    { name: 'PDF 文字层中区号与号码间是空格', code: contact('联系电话：0531 87654321，地址：平安县和顺镇人民路8号。') },
    { name: '联系方式写在文末', code: report({ contact: null, signature: ['平安县和顺镇人民政府', '2024年1月20日', '联系电话：0531-87654321 邮编：251600'] }) },
  ],
  invalid: [
    {
      name: '没有任何联系方式：报在标题上',
      code: contact(null),
      errors: [{ messageId: 'missing', message: missing('联系电话和地址、电子邮箱或网址'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: '只有电话',
      code: contact('如对本报告有疑问，请联系和顺镇党政办公室，电话：0531-87654321。'),
      errors: [{ message: missing('地址、电子邮箱或网址'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: '只有地址',
      code: contact('如对本报告有疑问，请联系和顺镇党政办公室（地址：平安县和顺镇人民路8号）。'),
      errors: [{ message: missing('联系电话'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: '只有下载网址',
      code: contact('本报告电子版可在平安县人民政府网站 http://www.pingan.gov.cn 下载。'),
      errors: [{ message: missing('联系电话'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'PDF 两行标题：范围跨两行',
      code: report({ contact: null, title: ['平安县和顺镇人民政府', '2023年政府信息公开工作年度报告'] }),
      errors: [{ message: missing('联系电话和地址、电子邮箱或网址'), line: 1, column: 1, endLine: 2, endColumn: 18 }],
    },
    {
      name: '没有标题：报在文首',
      code: report({ contact: null, title: null }),
      errors: [{ message: missing('联系电话和地址、电子邮箱或网址'), line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: '表格里的号码不算联系方式',
      code: report({ contact: null, table2: { fee: ['0531-87654321'] } }),
      errors: [{ message: missing('联系电话和地址、电子邮箱或网址'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
  ],
});
