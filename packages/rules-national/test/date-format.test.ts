import { RuleTester } from '@xxgk-lint/core/testing';
import { dateFormat } from '../src/rules/date-format.js';
import { OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const message = (written: string, chinese: string, iso: string) => `日期“${written}”不规范：正文请写作“${chinese}”（全数字写法须为 ${iso}）。`;

tester.run('national/date-format', dateFormat, {
  valid: [
    { name: '汉字日期', code: report() },
    { name: 'GB/T 7408 的全数字写法 2023-01-05', code: overview('2023年，和顺镇于2023-01-05召开政务公开工作会议。') },
    { name: '网址中的日期', code: report({ contact: '本报告可在 http://www.pingan.gov.cn/2023.1.5/nb.html 下载，电话：0531-87654321。' }) },
    { name: '版本号', code: overview('2023年，和顺镇政务公开平台升级到V2023.1.5版本。') },
    { name: '不是日期的数', code: overview('2023年，和顺镇公开栏编号2023.13.40。') },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，和顺镇于2023-1-5、2023.2.8和2023/3/10召开政务公开工作会议。');
      return {
        name: '连字符、点、斜线',
        code,
        errors: [
          {
            messageId: 'numeric',
            message: message('2023-1-5', '2023年1月5日', '2023-01-05'),
            ...locate(code, '2023-1-5'),
            suggestions: [{ desc: '改为“2023年1月5日”', output: code.replace('2023-1-5', '2023年1月5日') }],
          },
          { message: message('2023.2.8', '2023年2月8日', '2023-02-08'), ...locate(code, '2023.2.8') },
          { message: message('2023/3/10', '2023年3月10日', '2023-03-10'), ...locate(code, '2023/3/10') },
        ],
      };
    })(),
  ],
});
