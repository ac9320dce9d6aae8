import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

export const signatureBlock: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '怀化市：报告须经单位主要负责人签字并加盖公章；电子文本应有落款（单位名称和日期）',
      url: docsUrl('hunan-huaihua', 'signature-block'),
      basis: ['怀化市 2022 年关于做好 2021 年度政府信息公开工作年度报告的通知（纸质件须单位主要负责人签字并加盖公章）'],
      category: 'structure',
    },
    messages: {
      missing: '报告末尾没有落款{{missing}}：怀化市要求报送经主要负责人签字、加盖公章的纸质件，电子文本请在末尾写明单位名称和成文日期。',
    },
  },
  create(context) {
    return {
      Report(report) {
        // an excerpt stops before the 落款
        if (report.excerpt) return;
        const signature = report.metadata.signature;
        const missing = [!signature?.body && '单位名称', !signature?.date && '日期'].filter(Boolean);
        if (missing.length === 0) return;
        const end = context.sourceCode.text.length;
        context.report({ messageId: 'missing', data: { missing: `（缺${missing.join('和')}）` }, range: [end, end] });
      },
    };
  },
};
