import { RuleTester } from '@xxgk-lint/core/testing';
import { repeatedPhrase } from '../src/rules/repeated-phrase.js';
import { BODY, FEE, OTHER, OVERVIEW, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const message = (phrase: string) => `“${phrase}”连续写了两遍：请删去重复的一处。`;
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
/**
 * A crawler's page (after /work/shared/corpus/crawl/pingtan_gonganju_2022.txt): the report on one
 * line, tables 三 and 四 run together into label words and digit strings.
 */
const crawled = (overviewText: string, table3: string, table4: string) =>
  [
    `${BODY}2023年政府信息公开工作年度报告`,
    '',
    `一、总体情况${overviewText}三、收到和处理政府信息公开申请情况${table3}四、政府信息公开行政复议、行政诉讼情况${table4}五、存在的主要问题及改进情况2023年，我镇政府信息公开工作不断规范完善。`,
    '',
  ].join('\n');
const OVERVIEW_TEXT = '2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。';
const TABLE3_TEXT =
  '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他总计总计一、本年新收政府信息公开申请数量1000001三、本年度办理结果结果（一）予以公开0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000';
const TABLE4_TEXT = '行政复议行政复议行政复议行政诉讼行政诉讼结果维持结果维持结果纠正其他结果尚未审结总计000000000000000';

tester.run('national/repeated-phrase', repeatedPhrase, {
  valid: [
    { name: '没有重复', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '叠字：看看、常常、人人、年年、天天', code: overview('2023年，和顺镇常常下村看看，做到人人知晓、年年更新、天天巡查。') },
    { name: 'AABB：家家户户、明明白白、方方面面', code: overview('2023年，和顺镇把政策讲得明明白白，送到家家户户，覆盖方方面面。') },
    { name: '“一+量词”的重叠：一点一点、一项一项、一步一步', code: overview('2023年，和顺镇一项一项抓落实，一步一步推进，一点一点积累经验。') },
    { name: '“村村响”“户户通”', code: overview('2023年，和顺镇通过“村村响”广播和户户通电视公开政府信息。') },
    {
      name: '标题行与下一行开头相同（同一段落，纯文本）',
      code: report({ bodies: { 1: [OVERVIEW[0], '（二）依申请公开\n依申请公开工作规范有序，全年新收申请6件。', ...OVERVIEW.slice(2)] } }),
    },
    { name: '标题段与下一段开头相同', code: report({ bodies: { 1: [OVERVIEW[0], '（二）依申请公开', '依申请公开工作规范有序，全年新收申请6件。', ...OVERVIEW.slice(2)] } }) },
    {
      name: '表格里的重复不检查',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 说明 |', '| --- | --- |', '| 公开公开 | 无 |', ...OTHER] } }),
      filePath: 'x.md',
    },
    { name: '数字重复不算', code: overview('2023年，和顺镇编号为1212的公开栏已更新。') },
    { name: '爬虫压平的表格：表头词、数字串连在一起', code: crawled(OVERVIEW_TEXT, TABLE3_TEXT, TABLE4_TEXT) },
    { name: '压平的表格：“结果结果”', code: crawled(OVERVIEW_TEXT, '三、本年度办理结果结果（一）予以公开0000000', '') },
    { name: '压平的表格：“总计总计”', code: crawled(OVERVIEW_TEXT, '法律服务机构其他总计总计一、本年新收政府信息公开申请数量1000001', '') },
    { name: '压平的表格：合并的表头每列抄一遍', code: crawled(OVERVIEW_TEXT, '', '行政复议行政复议行政诉讼行政诉讼结果维持结果维持尚未审结尚未审结') },
  ],
  invalid: [
    (() => {
      const code = crawled('2023年，群众可以通过可以通过政府网站查阅政府信息。', TABLE3_TEXT, TABLE4_TEXT);
      return {
        name: '压平的页面里，正文的重复照常提示（表格词的重复不提示）',
        code,
        errors: [{ message: message('可以通过'), ...locate(code, '可以通过', 2) }],
      };
    })(),
    (() => {
      const code = overview('2023年，群众可以通过可以通过政府网站查阅政府信息。');
      return {
        name: '“可以通过可以通过”（民意乡 2021 年报告）',
        code,
        errors: [
          {
            messageId: 'repeated',
            message: message('可以通过'),
            ...locate(code, '可以通过', 2),
            suggestions: [{ desc: '删去重复的“可以通过”', output: overview('2023年，群众可以通过政府网站查阅政府信息。') }],
          },
        ],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇各项各项工作扎实推进。');
      return {
        name: '“各项各项”',
        code,
        errors: [{ message: message('各项'), ...locate(code, '各项', 2) }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇认真贯彻落实上级关于政务公开工作的各项部署要求，进一步规范政府信息\n政府信息公开工作流程。');
      return {
        name: 'PDF 换行处的重复（长行）',
        code,
        errors: [{ message: message('政府信息'), ...locateIn(code, '\n政府信息公开工作流程', '政府信息') }],
      };
    })(),
    (() => {
      const code = report({ markdown: true, bodies: { 1: [OVERVIEW[0].replace('扎实推进', '扎实推进扎实推进'), ...OVERVIEW.slice(1)] } });
      return { name: 'Markdown', code, filePath: 'x.md', errors: [{ message: message('扎实推进'), ...locate(code, '扎实推进', 2) }] };
    })(),
  ],
});
