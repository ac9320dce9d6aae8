import { RuleTester } from '@xxgk-lint/core/testing';
import { pairedPunctuation } from '../src/rules/paired-punctuation.js';
import { BODY, FEE, OTHER, OVERVIEW, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const unopened = (name: string, char: string, open: string) => `右${name}“${char}”前面没有对应的左${name}：请补上“${open}”，或删去多余的“${char}”。`;
const unclosed = (name: string, char: string, close: string) => `左${name}“${char}”后面没有对应的右${name}：请在相应位置补上“${close}”，或删去多余的“${char}”。`;
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const fee = (sentence: string) => report({ fee: sentence });
const contact = (sentence: string) => report({ contact: sentence });
const part6 = (lines: string[]) => report({ bodies: { 6: [FEE, ...lines, ...OTHER] } });
/**
 * A crawler's page (after /work/shared/corpus/crawl/pingtan_jiaotongjiansheju_2023.txt and
 * pingtan_xingzhengshenpiju_2023.txt): the whole report on one line, no spaces, so a bare URL's
 * autolink runs on over the Chinese after it.
 */
const crawled = (citation: string) =>
  [
    `${BODY}2023年政府信息公开工作年度报告`,
    '',
    '本报告的电子版在本镇门户网站（http://www.pingan.gov.cn/）公布。如对本报告有任何疑问，请与党政办公室联系（电话：0531-87654321）。' +
      `一、总体情况2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。六、其他需要报告的事项${citation}`,
    '',
  ].join('\n');

tester.run('national/paired-punctuation', pairedPunctuation, {
  valid: [
    { name: '成对的引号、书名号、括号、六角括号', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '嵌套', code: overview('2023年，和顺镇围绕“学习《条例》（2019年修订）”开展培训，扎实推进政府信息公开工作。') },
    { name: '全角左括号配半角右括号：配对，半角归 fullwidth-punctuation 管', code: overview('2023年，和顺镇（以下简称“我镇”)扎实推进政府信息公开工作。') },
    {
      name: 'PDF 分页处断开的引号（中间夹着页码）',
      code: overview('2023年，和顺镇严格执行“分\n\n-1-\n\n级审核、先审后发”程序，扎实推进政府信息公开工作。'),
    },
    { name: '“1）”“2）”式的列举', code: overview('2023年，和顺镇重点做好三项工作：1）公开及时；2）解读到位；3）回应关切。') },
    { name: '“一）”“a)”式的列举', code: overview('2023年，和顺镇重点做好两项工作：一）公开及时；a)解读到位。') },
    {
      name: '表格里的引号不检查',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 说明 |', '| --- | --- |', '| 三安全一稳定” | 无 |', ...OTHER] } }),
      filePath: 'x.md',
    },
    { name: '网址里的括号', code: report({ contact: '本报告可在 http://www.pingan.gov.cn/nb(2023).html 下载，电话：0531-87654321。' }) },
    { name: '括号里的网址', code: contact('本年度报告电子版可从和顺镇人民政府网站（http://www.pingan.gov.cn/）下载，电话：0531-87654321。') },
    { name: '括号里的“网址：”', code: contact('如对本报告有疑问，请与和顺镇党政办公室联系（网址：https://www.pingan.gov.cn/a/b.html）。') },
    { name: '括号里的邮箱', code: contact('如对本报告有疑问，请与和顺镇党政办公室联系（邮箱：xxgk@pingan.gov.cn）。') },
    { name: '半角括号里的网址', code: contact('本年度报告电子版可从和顺镇人民政府网站(http://www.pingan.gov.cn/)下载,电话:0531-87654321。') },
    { name: '半角括号里的邮箱', code: contact('如对本报告有疑问,请与和顺镇党政办公室联系(邮箱:xxgk@pingan.gov.cn)。') },
    { name: '括号里的网址自带括号', code: contact('本年度报告电子版可在和顺镇人民政府网站（网址：http://www.pingan.gov.cn/nb(2023).html）下载。') },
    { name: '半角括号里的网址自带括号', code: contact('本年度报告电子版可在和顺镇人民政府网站(网址:http://www.pingan.gov.cn/nb(2023).html)下载。') },
    { name: '网址后面紧跟中文的一整行（爬虫页面）', code: crawled('本年度没有产生信息公开处理费（见《政府信息公开信息处理费管理办法》）。') },
    { name: '段内换行后才收尾的括号', code: overview('2023年，和顺镇（以下简称\n“我镇”）扎实推进政府信息公开工作。') },
    { name: '提取断开的段落：引号在下一段收尾', code: overview('2023年，和顺镇（以下简称“我\n\n镇”）扎实推进政府信息公开工作。') },
    { name: '提取断开的段落：下一段缩进', code: overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例\n\n     》，扎实推进政府信息公开工作。') },
    { name: '同一行的两个单元格里开、合的括号', code: part6(['事项（单位\t：件）\t说明', '人大建议\t0\t无']) },
    { name: '同一行的两个单元格里开、合的括号（竖线分隔）', code: part6(['|事项（单位|：件）|说明|', '|人大建议|0|无|']) },
  ],
  invalid: [
    (() => {
      const code = crawled('按照《国务院办公厅关于印发<政府信息公开信息处理费管理办法>的通知》国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。');
      return {
        name: '爬虫页面里文号前少了左括号（平潭综合实验区交通与建设局 2023 年报告）',
        code,
        errors: [{ messageId: 'unopened', message: unopened('括号', '）', '（'), ...locateIn(code, '109号）规定', '）') }],
      };
    })(),
    (() => {
      const code = contact('本年度报告电子版可从和顺镇人民政府网站（http://www.pingan.gov.cn/下载，电话：0531-87654321。');
      return {
        name: '网址前的括号没有收尾',
        code,
        errors: [{ messageId: 'unclosed', message: unclosed('括号', '（', '）'), ...locateIn(code, '网站（http', '（') }],
      };
    })(),
    (() => {
      const code = fee('按照按件、按量收费标准，2023年度没有产生信息公开处理费”。');
      return {
        name: '多余的右引号（盐锅峡镇 2022 年报告）',
        code,
        errors: [{ messageId: 'unopened', message: unopened('引号', '”', '“'), ...locateIn(code, '处理费”。', '”') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例，扎实推进政府信息公开工作。');
      return {
        name: '书名号少了右半',
        code,
        errors: [{ messageId: 'unclosed', message: unclosed('书名号', '《', '》'), ...locateIn(code, '落实《中华', '《') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇开展“政务公开进村居》活动，扎实推进政府信息公开工作。');
      return {
        name: '左引号配了右书名号',
        code,
        errors: [
          { message: unclosed('引号', '“', '”'), ...locateIn(code, '开展“政务', '“') },
          { message: unopened('书名号', '》', '《'), ...locateIn(code, '村居》活动', '》') },
        ],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇（以下简称“我镇”扎实推进政府信息公开工作，全年主动公开政府信息156条，未发生泄密事件。');
      return {
        name: '括号没有收尾：报在左括号上',
        code,
        errors: [{ message: unclosed('括号', '（', '）'), ...locateIn(code, '和顺镇（以下', '（') }],
      };
    })(),
    (() => {
      const code = report({ markdown: true, fee: '（一）本年度未收取信息处理费”。' });
      return { name: 'Markdown', code, filePath: 'x.md', errors: [{ message: unopened('引号', '”', '“'), ...locateIn(code, '处理费”。', '”') }] };
    })(),
  ],
});
