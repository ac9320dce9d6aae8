import type { RulePack } from '@xxgk-lint/core';
import { statisticalPeriod } from './statistical-period.js';

export const sichuan: RulePack = {
  meta: { name: '@xxgk-lint/rules-provincial/sichuan', version: '0.1.0', namespace: 'sichuan' },
  rules: { 'statistical-period': statisticalPeriod },
  configs: {
    recommended: {
      // the provincial standard's stricter check replaces the national warning about the same sentence
      rules: { 'sichuan/statistical-period': 'error', 'national/statistical-period': 'off' },
    },
  },
};
