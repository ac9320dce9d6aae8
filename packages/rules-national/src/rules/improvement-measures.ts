import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { givenInFull } from '../util.js';

const PROBLEM = /问题|不足|差距|短板|薄弱|欠缺|有待|不够|不强|不高|不到位|不完善|不及时|不规范|不全面|不充分|不平衡|仍需|尚需|还需|滞后|困难/;
const MEASURE =
  /下一步|下步|改进措施|整改|今后|(将|要)(进一步|继续|持续|着力|切实|加强|加大|不断|全面|积极|认真|严格|深入|抓好|重点|建立|完善|推进|提升|强化|做好|探索|开展)|(\d{4}年|明年|新的一年|下一年度?)[^。]{0,12}(将|要|拟|计划)|针对[^。]{0,20}(问题|不足)|措施|举措|计划/;

export const improvementMeasures: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '“五、存在的主要问题及改进情况”既写问题，也写具体的改进措施',
      url: docsUrl('improvement-measures'),
      basis: [
        '《中华人民共和国政府信息公开条例》第五十条第（四）项：政府信息公开工作存在的主要问题及改进情况',
        '固镇县 2024 年部署：深入剖析存在的主要问题，逐条提出改进措施（domain.md §6.2）',
      ],
      category: 'structure',
    },
    messages: {
      noMeasures: '第五部分只写了存在的问题，没有写改进措施：请针对每个问题写明下一步的具体措施。',
      noProblems: '第五部分只写了改进措施，没有写存在的问题：请先写明本年度工作中存在的主要问题。',
      empty: '第五部分既没有写存在的问题，也没有写改进措施：请写明本年度存在的主要问题和具体的改进措施。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const part = report.part(5);
        if (!part || !givenInFull(report, 5)) return;
        const text = report.proseIn(part.bodyRange).value;
        const problems = PROBLEM.test(text);
        const measures = MEASURE.test(text);
        if (problems && measures) return;
        const messageId = problems ? 'noMeasures' : measures ? 'noProblems' : 'empty';
        context.report({ messageId, range: part.heading.range });
      },
    };
  },
};
