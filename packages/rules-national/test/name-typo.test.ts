import { RuleTester } from '@xxgk-lint/core/testing';
import { nameTypo } from '../src/rules/name-typo.js';
import { OVERVIEW, locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** the default report with part 一's first paragraph replaced */
const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const phrase = (written: string, intended: string, edit: string) => `“${written}”应为“${intended}”（${edit}），请改正。`;
const title = (written: string, intended: string, edit: string) => `所引文件的名称写错了：“${written}”应为“${intended}”（${edit}），请按文件原名改正。`;

tester.run('national/name-typo', nameTypo, {
  valid: [
    { name: '默认报告', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '“截止”本身是词：截止日期、截止到', code: overview('2023年，和顺镇申请截止日期为12月31日，截止到2023年底已全部办结。') },
    { name: '简称：党委政府、平安县政府、和顺镇人民政府', code: overview('2023年，和顺镇在党委政府领导下工作，平安县政府和和顺镇人民政府共同推进公开。') },
    { name: '机关名称的前后缀：平安县和顺镇、和顺镇人民政府办公室', code: overview('2023年，平安县和顺镇由和顺镇人民政府办公室负责政府信息公开工作。') },
    { name: '引用本报告标题：《…工作年度报告》', code: overview('2023年，和顺镇按时发布《平安县和顺镇人民政府2022年政府信息公开工作年度报告》。') },
    { name: '近形而不是错字：人民政协', code: overview('2023年，和顺镇认真办理人民政协委员提出的意见。') },
    { name: '断在行尾的词照常读出：受理渠\\n道', code: overview('2023年，和顺镇畅通受理渠\n道，均在法定期限内答复。') },
    { name: '段落隔开的词不算少字：申⏎⏎请', code: report({ bodies: { 1: [OVERVIEW[0], '（二）依申请公开。全年未收到政府信息公开申', '请，未收取信息处理费。', ...OVERVIEW.slice(2)] } }) },
    { name: '页脚隔开的词不算少字：受理渠 -3- 道', code: overview('2023年，和顺镇畅通受理渠-3-道，均在法定期限内答复。') },
    { name: 'Markdown 行内代码里不检查', code: report({ markdown: true, bodies: { 1: ['2023年，和顺镇的系统字段名为`截止目前`。', ...OVERVIEW.slice(1)] } }), filePath: 'x.md' },
    {
      name: '表格里不检查',
      code: report({ markdown: true, bodies: { 6: ['（一）本年度未收取信息处理费。', '| 事项 | 说明 |', '| --- | --- |', '| 截止目前 | 无 |'] } }),
      filePath: 'x.md',
    },
    { name: '标题里机关名称错字时，名称不作为保护对象（正文的正确写法不报）', code: report({ title: ['平安县和顺镇人民政俯2023年政府信息公开工作年度报告'] }).replace('人民政俯', '人民政府') },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，和顺镇扎实推进政府信息公开工作，截止目前已公开政府信息156条。');
      return {
        name: '截止目前（平潭公安局 2022 年报告）',
        code,
        errors: [
          {
            messageId: 'phrase',
            message: phrase('截止目前', '截至目前', '“至”误写为“止”'),
            severity: 'warn' as const,
            ...locate(code, '截止目前'),
            suggestions: [{ desc: '改为“截至目前”', output: code.replace('截止目前', '截至目前') }],
          },
        ],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇进一步规范依申请公开流程，畅通依申请公开受理渠。全年新收申请6件。');
      return {
        name: '受理渠（洪泽区 2023 年报告：词尾少一字，后面是句号）',
        code,
        errors: [{ message: phrase('受理渠', '受理渠道', '少了“道”'), severity: 'warn' as const, ...locate(code, '受理渠') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条列》，扎实推进政府信息公开工作。');
      return {
        name: '条例写成条列：错误（error）',
        code,
        errors: [
          {
            messageId: 'title',
            message: title('政府信息公开条列', '政府信息公开条例', '“例”误写为“列”'),
            severity: 'error' as const,
            ...locateIn(code, '政府信息公开条列》', '政府信息公开条列》'),
            suggestions: [{ desc: '改为“政府信息公开条例”', output: code.replace('条列》', '条例》') }],
          },
        ],
      };
    })(),
    (() => {
      const code = report({ preamble: '本报告根据《中华人民共和国政府信息公开年度报告格式》编制。' });
      return {
        name: '格式通知的名称少了“工作”',
        code,
        errors: [{ message: title('政府信息公开年度报告格式', '政府信息公开工作年度报告格式', '少了“工作”'), ...locate(code, '政府信息公开年度报告格式》') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇认真学习中化人民共和国宪法。');
      return {
        name: '国名错字',
        code,
        errors: [{ messageId: 'country', message: '国名写错了：“中化人民共和国”应为“中华人民共和国”（“华”误写为“化”），请改正。', severity: 'error' as const, ...locate(code, '中化人民共和国') }],
      };
    })(),
    (() => {
      const code = overview('2023年，平安县和镇人民政府扎实推进政府信息公开工作。');
      return {
        name: '本机关名称少字（平潭行政审批局 2023 年报告：少了“实验”）',
        code,
        errors: [
          {
            messageId: 'body',
            message: '机关名称写错了：“平安县和镇人民政府”应为“平安县和顺镇人民政府”（少了“顺”；报告标题和落款写作“平安县和顺镇人民政府”），请改正。',
            severity: 'warn' as const,
            ...locate(code, '平安县和镇人民政府'),
          },
        ],
      };
    })(),
    (() => {
      const code = overview('2023年，在平安县和镇党委、政府的领导下，和顺镇扎实推进政府信息公开工作。');
      return {
        name: '上级机关名称里的地名少字（本机关名称的地名部分也受保护）',
        code,
        errors: [
          {
            messageId: 'place',
            message: '地名写错了：“平安县和镇”应为“平安县和顺镇”（少了“顺”；报告标题和落款写作“平安县和顺镇”），请改正。',
            severity: 'warn' as const,
            ...locate(code, '平安县和镇'),
          },
        ],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇认真贯落彻实上级部署。');
      return {
        name: '两字颠倒',
        code,
        errors: [{ message: phrase('贯落彻实', '贯彻落实', '“彻落”写颠倒了'), ...locate(code, '贯落彻实') }],
      };
    })(),
    (() => {
      const code = report({ title: ['平安县和顺镇人民政俯2023年政府信息公开工作年度报告'] });
      return {
        name: '标题里的机关名称错字（版式样例 split-table.md）',
        code,
        errors: [{ message: phrase('人民政俯', '人民政府', '“府”误写为“俯”'), ...locate(code, '人民政俯') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇推进一网统馆建设。');
      return {
        name: '选项 phrases 加入的固定用语',
        code,
        options: { phrases: ['一网统管'] },
        errors: [{ message: phrase('一网统馆', '一网统管', '“管”误写为“馆”'), ...locate(code, '一网统馆') }],
      };
    })(),
    (() => {
      const code = overview('2023年，和顺镇落实平安县人民政俯办公室的部署，平安县人民政府办室印发了要点。');
      return {
        name: '选项 names 加入的上级机关名称',
        code,
        options: { names: ['平安县人民政府办公室'] },
        errors: [
          {
            messageId: 'body',
            message: '机关名称写错了：“平安县人民政俯办公室”应为“平安县人民政府办公室”（“府”误写为“俯”；配置写作“平安县人民政府办公室”），请改正。',
            ...locate(code, '平安县人民政俯办公室'),
          },
        ],
      };
    })(),
  ],
});
