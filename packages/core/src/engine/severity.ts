import type { ActiveSeverity, Severity, SeverityInput } from '../types.js';

const RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, error: 3 };

export function normalizeSeverity(input: SeverityInput): Severity {
  if (input === 0) return 'off';
  if (input === 1) return 'warn';
  if (input === 2) return 'error';
  return input;
}

/** the lower of two severities */
export function capSeverity(configured: ActiveSeverity, requested: ActiveSeverity | undefined): ActiveSeverity {
  if (!requested) return configured;
  return RANK[requested] < RANK[configured] ? requested : configured;
}

export function eslintSeverity(s: ActiveSeverity): 1 | 2 {
  return s === 'error' ? 2 : 1;
}
