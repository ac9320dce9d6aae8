import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { isIdShaped, isResidentId, scanProse } from '../scan.js';

/** a run of digits (an 18-digit number may end in X), not inside a longer code */
export const DIGIT_RUN = /(?<![0-9A-Za-z])[0-9]{14,19}[Xx]?(?![0-9A-Za-z])/g;

/** "身份证号：", "公民身份号码" just before the number */
const ID_LABEL = /身份证|证件号|公民身份号/;
/** how far before the number its label counts */
const LABEL_WINDOW = 10;

function mask(id: string): string {
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

export const idNumber: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '报告中不得出现完整的公民身份号码（按 GB 11643 校验码识别，含 15 位旧号码）',
      url: docsUrl('id-number'),
      basis: [
        '《中华人民共和国政府信息公开条例》第十五条（个人隐私）',
        '国务院办公厅《2018年政务公开工作要点》：涉及个人隐私的信息应去标识化后公开',
        'GB 11643—1999《公民身份号码》（校验码）',
      ],
      category: 'privacy',
    },
    messages: {
      found: '这里是一个完整的公民身份号码（{{masked}}）：年度报告不应公开个人身份号码，请删除或去标识化（如隐去出生日期和顺序码）。',
      badCheckDigit:
        '这里写着一个身份证号码（{{masked}}），校验码虽然不对，但地址码和出生日期都成立，多半是抄错一位的真实号码，同样泄露个人信息：请删除或去标识化（如隐去出生日期和顺序码）。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const scan = scanProse(context, { documentNumbers: true });
        const text = scan.prose.value;
        const latestYear = report.metadata.year ?? new Date().getFullYear();
        for (const m of text.matchAll(DIGIT_RUN)) {
          const at = m.index ?? 0;
          if (scan.skipped(at, at + m[0].length)) continue;
          const range = scan.range(at, at + m[0].length);
          if (isResidentId(m[0])) {
            context.report({ messageId: 'found', data: { masked: mask(m[0]) }, range });
            continue;
          }
          // a typo in a real person's number still leaks it, but only a label says it is one: a warning, not the spec's error
          const labelled = ID_LABEL.test(text.slice(Math.max(0, at - LABEL_WINDOW), at));
          if (labelled && isIdShaped(m[0], latestYear)) {
            context.report({ messageId: 'badCheckDigit', data: { masked: mask(m[0]) }, range, severity: 'warn' });
          }
        }
      },
    };
  },
};
