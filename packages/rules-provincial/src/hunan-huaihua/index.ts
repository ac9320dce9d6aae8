import type { RulePack } from '@xxgk-lint/core';
import { publicationDeadline } from './publication-deadline.js';
import { signatureBlock } from './signature-block.js';

export const hunanHuaihua: RulePack = {
  meta: { name: '@xxgk-lint/rules-provincial/hunan-huaihua', version: '0.1.0', namespace: 'hunan-huaihua' },
  rules: { 'publication-deadline': publicationDeadline, 'signature-block': signatureBlock },
  configs: {
    recommended: { rules: { 'hunan-huaihua/publication-deadline': 'error', 'hunan-huaihua/signature-block': 'warn' } },
  },
};
