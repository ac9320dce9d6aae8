import { RuleTester } from '@xxgk-lint/core/testing';
import { numberingSequence } from '../src/rules/numbering-sequence.js';
import { IMPROVEMENT, OVERVIEW, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** 一、总体情况 with its five topics numbered as written */
const TOPICS = ['主动公开。全年主动公开政府信息156条。', '依申请公开。全年新收政府信息公开申请6件。', '政府信息管理。建立信息发布前保密审查制度。', '政府信息公开平台建设。及时更新公开专栏。', '监督保障。将政务公开纳入年度考核。'];
const overview = (numbers: string[]) => report({ bodies: { 1: [OVERVIEW[0], ...TOPICS.map((t, i) => `${numbers[i]}${t}`)] } });

tester.run('national/numbering-sequence', numberingSequence, {
  valid: [
    { name: '默认报告：一、（一）', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '一、（一）1.', code: report({ bodies: { 5: ['（一）存在的主要问题', '1.部分信息公开不够及时。', '2.政策解读形式较为单一。', '（二）改进措施', '1.建立信息发布台账。', '2.采用图解、问答等方式开展政策解读。'] } }) },
    { name: '只有一个“1.”不成列表', code: report({ bodies: { 5: ['1.部分信息公开不够及时，下一步将建立台账。', ...IMPROVEMENT] } }) },
    { name: '“一是……二是……”不是序号', code: report() },
    { name: '附件的清单“1.”“2.”不是第六部分的下一层', code: report({ bodies: { 6: ['（一）本年度未收取信息处理费。', '附件：', '1.政府信息公开工作年度报告统计表', '2.政府信息公开申请办理情况明细'] } }) },
    { name: '第六部分只写“附件：”和清单', code: report({ bodies: { 6: ['本年度未收取信息处理费。', '附件：', '1.政府信息公开工作年度报告统计表', '2.政府信息公开申请办理情况明细'] } }) },
    {
      name: '网站爬虫压平的一行：不判断',
      code: `某镇人民政府2023年政府信息公开工作年度报告 一、总体情况 一、主动公开。全年主动公开政府信息156条。二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 一、问题 六、其他需要报告的事项`,
    },
  ],
  invalid: [
    (() => {
      const code = report({ bodies: { 5: ['一、存在的主要问题。部分信息公开不够及时。', '二、改进措施。建立信息发布台账。'] } });
      return {
        name: '第五部分里又从“一、”编起',
        code,
        errors: [
          {
            message:
              '“一、存在的主要问题”又从“一、”编起，而前面已编到“五、”：第一层序号“一、”至“六、”只用于六个部分。这是“五、存在的主要问题及改进情况”之下的一层，请改为“（一）”“（二）”……',
            ...locateIn(code, '一、存在的主要问题。', '一、'),
          },
        ],
      };
    })(),
    (() => {
      const code = overview(['一、', '二、', '三、', '四、', '五、']);
      return {
        name: '总体情况的五个方面用了第一层序号',
        code,
        errors: [
          { message: '“一、主动公开”是“一、总体情况”之下的一个方面，却用了第一层序号“一、”：请改为“（一）”，第一层序号只用于六个部分。', ...locateIn(code, '一、主动公开。', '一、') },
          { messageId: 'overviewTopic', ...locateIn(code, '二、依申请公开。', '二、') },
          { messageId: 'overviewTopic', ...locateIn(code, '三、政府信息管理。', '三、') },
          { messageId: 'overviewTopic', ...locateIn(code, '四、政府信息公开平台建设。', '四、') },
          { messageId: 'overviewTopic', ...locateIn(code, '五、监督保障。', '五、') },
        ],
      };
    })(),
    (() => {
      const code = report({ bodies: { 5: ['1.部分信息公开不够及时。', '2.政策解读形式较为单一。', '3.建立信息发布台账。'] } });
      return {
        name: '“五、”之下直接用“1.”',
        code,
        errors: [
          {
            message: '“1.”直接写在“五、存在的主要问题及改进情况”之下，中间没有“（一）”这一层：请改为“（一）”“（二）”……，或在前面加上“（一）”一层（GB/T 9704—2012 7.3.3：一、（一）1.（1）依次使用）。',
            ...locateIn(code, '1.部分信息公开', '1.'),
          },
        ],
      };
    })(),
  ],
});
