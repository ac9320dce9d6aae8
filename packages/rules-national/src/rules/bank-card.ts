import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { isResidentId, luhn, scanProse } from '../scan.js';
import { DIGIT_RUN } from './id-number.js';

export const bankCard: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '报告中不得出现银行卡号（16–19 位、通过 Luhn 校验的数字）',
      url: docsUrl('bank-card'),
      basis: ['《中华人民共和国政府信息公开条例》第十五条（个人隐私）', '云南省 2017 年政府网站个人信息排查清单：银行账号或卡号（domain.md §6.3）'],
      category: 'privacy',
    },
    messages: {
      found: '这串 {{length}} 位数字（{{masked}}）像银行卡号（通过 Luhn 校验）：年度报告不应公开个人账号，请删除或去标识化。',
    },
  },
  create(context) {
    return {
      Report() {
        const scan = scanProse(context, { documentNumbers: true });
        for (const m of scan.prose.value.matchAll(DIGIT_RUN)) {
          const number = m[0];
          const at = m.index ?? 0;
          if (!/^[0-9]{16,19}$/.test(number) || !/^[3-6]/.test(number)) continue;
          if (scan.skipped(at, at + number.length) || isResidentId(number) || !luhn(number)) continue;
          context.report({
            messageId: 'found',
            data: { length: number.length, masked: `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}` },
            range: scan.range(at, at + number.length),
          });
        }
      },
    };
  },
};
