import type { RulePack } from '@xxgk-lint/core';
import { statisticalPeriod } from './statistical-period.js';

export const sichuan: RulePack = {
  meta: { name: '@xxgk-lint/rules-provincial/sichuan', version: '0.1.0', namespace: 'sichuan' },
  rules: { 'statistical-period': statisticalPeriod },
  configs: { recommended: { rules: { 'sichuan/statistical-period': 'error' } } },
};
