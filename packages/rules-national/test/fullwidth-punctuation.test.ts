import { RuleTester } from '@xxgk-lint/core/testing';
import { fullwidthPunctuation } from '../src/rules/fullwidth-punctuation.js';
import { CONTACT, FEE, OTHER, OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (name: string, char: string, full: string) => `中文里用了半角${name}“${char}”：请改为全角“${full}”。`;
const run = (count: number, tally: string, full: string) => `这一段有 ${count} 处半角标点（${tally}）：请改为全角（${full}）。`;
/** from the start of the first needle to the end of the second */
const span = (from: ReturnType<typeof locate>, to: ReturnType<typeof locate>) => ({ line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn });
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const contact = (sentence: string) => report({ contact: sentence });

tester.run('national/fullwidth-punctuation', fullwidthPunctuation, {
  valid: [
    { name: '全角标点', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '网址里的 : / ? , 不动', code: contact('本报告可在 http://www.pingan.gov.cn/xxgk/nb.html?id=2023,1 下载，电话：0531-87654321。') },
    { name: '电子邮箱', code: contact('电话：0531-87654321，邮箱：hs.zf@pingan.gov.cn。') },
    { name: '数字中的逗号和时间中的冒号', code: overview('2023年，和顺镇共公开政府信息1,560条，每周一9:30召开例会。') },
    { name: '英文之间的半角标点', code: overview('2023年，和顺镇开通 WeChat (Official Account) 平台，发布信息156条。') },
    { name: '文号中的半角括号归 document-number 管', code: report({ fee: '（一）依据国办函(2020)109号，本年度未收取信息处理费。' }) },
    { name: 'Markdown 行内代码', code: report({ markdown: true, fee: '（一）本年度未收取信息处理费，系统编号为 `a,b;c`。' }), filePath: 'x.md' },
    {
      name: '表格里的半角标点不动（表格内容不改）',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 说明 |', '| --- | --- |', '| 信息处理费 | 未收取,无 |', ...OTHER] } }),
      filePath: 'x.md',
    },
  ],
  invalid: [
    (() => {
      const code = overview('2023年,和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。');
      return {
        name: '一段里的两处半角逗号合为一条，一次修复',
        code,
        errors: [{ messageId: 'halfWidthRun', message: run(2, '逗号“,”2 处', '，'), ...span(locate(code, ','), locate(code, ',', 2)) }],
        output: overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。'),
      };
    })(),
    (() => {
      const code = contact('如对本报告有疑问,请联系和顺镇党政办公室(地址:平安县和顺镇人民路8号;电话:0531-87654321)。');
      return {
        name: '一段里的多种半角标点：按种类计数',
        code,
        errors: [
          {
            messageId: 'halfWidthRun',
            message: run(6, '逗号“,”1 处、冒号“:”2 处、分号“;”1 处、左括号“(”1 处、右括号“)”1 处', '，：；（）'),
            ...span(locate(code, ','), locate(code, ')')),
          },
        ],
        output: contact('如对本报告有疑问，请联系和顺镇党政办公室（地址：平安县和顺镇人民路8号；电话：0531-87654321）。'),
      };
    })(),
    (() => {
      const code = overview('2023年, 和顺镇扎实推进政府信息公开工作: 一是公开及时;二是解读到位?');
      return {
        name: '合并修复也去掉为半角标点留的空格',
        code,
        errors: [{ messageId: 'halfWidthRun', message: run(4, '逗号“,”1 处、冒号“:”1 处、分号“;”1 处、问号“?”1 处', '，：；？'), ...span(locate(code, ','), locate(code, '?')) }],
        output: overview('2023年，和顺镇扎实推进政府信息公开工作：一是公开及时；二是解读到位？'),
      };
    })(),
    (() => {
      const code = report({ bodies: { 1: ['2023年,和顺镇扎实推进政府信息公开工作。', '(一)主动公开。全年主动公开政府信息156条。', ...OVERVIEW.slice(2)] } });
      return {
        name: '不同段落不合并：每段一条',
        code,
        errors: [
          { messageId: 'halfWidth', message: message('逗号', ',', '，'), ...locate(code, ',') },
          { messageId: 'halfWidthRun', message: run(2, '左括号“(”1 处、右括号“)”1 处', '（）'), ...span(locate(code, '('), locate(code, ')')) },
        ],
        output: report({ bodies: { 1: ['2023年，和顺镇扎实推进政府信息公开工作。', '（一）主动公开。全年主动公开政府信息156条。', ...OVERVIEW.slice(2)] } }),
      };
    })(),
    (() => {
      const code = overview('2023年,和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。');
      return {
        name: '中文之间的半角逗号（每处一条）',
        code,
        options: { fold: false },
        errors: [
          { messageId: 'halfWidth', message: message('逗号', ',', '，'), ...locate(code, ',') },
          { message: message('逗号', ',', '，'), ...locate(code, ',', 2) },
        ],
        output: overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。'),
      };
    })(),
    (() => {
      const code = overview('(一)主动公开。全年主动公开政府信息156条(含转载)。');
      return {
        name: '半角括号成对改（每处一条）',
        code,
        options: { fold: false },
        errors: [
          { message: message('左括号', '(', '（'), ...locate(code, '(') },
          { message: message('右括号', ')', '）'), ...locate(code, ')') },
          { message: message('左括号', '(', '（'), ...locate(code, '(', 2) },
          { message: message('右括号', ')', '）'), ...locate(code, ')', 2) },
        ],
        output: overview('（一）主动公开。全年主动公开政府信息156条（含转载）。'),
      };
    })(),
    (() => {
      const code = contact('如对本报告有疑问,请联系和顺镇党政办公室(地址:平安县和顺镇人民路8号;电话:0531-87654321)。');
      return {
        name: '联系方式里的逗号、冒号、分号、括号（每处一条）',
        code,
        options: { fold: false },
        errors: [
          { message: message('逗号', ',', '，'), ...locate(code, ',') },
          { message: message('左括号', '(', '（'), ...locate(code, '(') },
          { message: message('冒号', ':', '：'), ...locate(code, ':') },
          { message: message('分号', ';', '；'), ...locate(code, ';') },
          { message: message('冒号', ':', '：'), ...locate(code, ':', 2) },
          { message: message('右括号', ')', '）'), ...locate(code, ')') },
        ],
        output: contact('如对本报告有疑问，请联系和顺镇党政办公室（地址：平安县和顺镇人民路8号；电话：0531-87654321）。'),
      };
    })(),
    (() => {
      const code = overview('2023年, 和顺镇扎实推进政府信息公开工作: 一是公开及时;二是解读到位?');
      return {
        name: '半角标点后为它留的空格一并去掉（每处一条）',
        code,
        options: { fold: false },
        errors: [
          { message: message('逗号', ',', '，'), ...locate(code, ',') },
          { message: message('冒号', ':', '：'), ...locate(code, ':') },
          { message: message('分号', ';', '；'), ...locate(code, ';') },
          { message: message('问号', '?', '？'), ...locate(code, '?') },
        ],
        output: overview('2023年，和顺镇扎实推进政府信息公开工作：一是公开及时；二是解读到位？'),
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇主动公开信息的比例达98.5%,较上年提高2个百分点。');
      return {
        name: '数字与中文之间',
        code,
        errors: [{ message: message('逗号', ',', '，'), ...locate(code, ',') }],
        output: overview('2023年，和顺镇主动公开信息的比例达98.5%，较上年提高2个百分点。'),
      };
    })(),
    (() => {
      const code = report({ markdown: true, contact: CONTACT.replace('（地址', '(地址').replace('87654321）', '87654321)') });
      return {
        name: 'Markdown（每处一条）',
        code,
        filePath: 'x.md',
        options: { fold: false },
        errors: [
          { message: message('左括号', '(', '（'), ...locate(code, '(') },
          { message: message('右括号', ')', '）'), ...locate(code, ')') },
        ],
        output: report({ markdown: true }),
      };
    })(),
  ],
});
