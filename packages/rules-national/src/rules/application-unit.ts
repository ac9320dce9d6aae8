import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { scanProse } from '../scan.js';

const RECEIVED = '(?:收到|受理|接到|接收|办理|新收|结转|共有|共计)';
const KIND = '(?:政府信息公开|依申请公开|信息公开|公开)?';
/** "收到政府信息公开申请0条", "共收到申请3条" */
const COUNT_AFTER = new RegExp(`${RECEIVED}[^。；;，,]{0,8}?${KIND}申请(?:共|合计|总计)?\\s*(\\d+)\\s*(条)`, 'gd');
/** "收到3条政府信息公开申请" */
const COUNT_BEFORE = new RegExp(`${RECEIVED}[^。；;，,]{0,4}?(\\d+)\\s*(条)${KIND}申请(?!人)`, 'gd');

export const applicationUnit: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: 'text',
    docs: {
      description: '政府信息公开申请按“件”计数，不写“条”',
      url: docsUrl('application-unit'),
      basis: [
        '国办公开办函〔2021〕30号 表三（本年新收、上年结转政府信息公开申请数量，按件统计）',
        '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条“按件计收”',
      ],
      category: 'consistency',
    },
    messages: {
      unit: '申请数量的单位应为“件”，这里写作“{{written}}”：请改为“{{fixed}}”（“条”是信息的单位，申请按件统计）。',
    },
  },
  create(context) {
    return {
      Report() {
        const scan = scanProse(context);
        const text = scan.prose.value;
        for (const pattern of [COUNT_AFTER, COUNT_BEFORE]) {
          for (const m of text.matchAll(pattern)) {
            const numberAt = m.indices![1]![0];
            const unitAt = m.indices![2]![0];
            if (scan.skipped(numberAt, unitAt + 1)) continue;
            const range = scan.range(numberAt, unitAt + 1);
            const unitRange = scan.range(unitAt, unitAt + 1);
            context.report({
              messageId: 'unit',
              data: { written: `${m[1]}条`, fixed: `${m[1]}件` },
              range,
              fix: (fixer) => fixer.replaceTextRange(unitRange, '件'),
            });
          }
        }
      },
    };
  },
};
