// national/name-typo and national/repeated-char read the text once: a report four times as long takes about four times as long
import { describe, expect, it } from 'vitest';
import { lintText, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '../src/index.js';
import { OVERVIEW, report } from './helpers.js';

const rules = resolveRuleSet([
  {
    ...nationalPack,
    configs: { recommended: { rules: { 'national/name-typo': 'error', 'national/repeated-char': 'warn' } } },
  },
]);

/** near misses of every kind at every few characters: slips of the body's name, titles, phrases, doubled function words */
const SLIPS = '平安县和镇人民政府截止目前《中华人民共和国政府信息公开条列》中化人民共和国受理渠。公开的的要求，在在网站贯落彻实人民政俯';

function padded(n: number): string {
  return report({ bodies: { 1: [SLIPS.repeat(n), ...OVERVIEW.slice(1)] } });
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function time(code: string): { ms: number; findings: number } {
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    findings = lintText(code, { filePath: 'report.txt', rules }).messages.length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), findings };
}

describe('name-typo and repeated-char: linear in the text', () => {
  it('every slip found; 4× the text takes well under 16× the time (under 10×)', () => {
    time(padded(50));
    const small = time(padded(250));
    const large = time(padded(1000));
    // each copy of SLIPS holds 8 findings; the slip of the body's name is not one of them here, as it outnumbers the correct name
    expect(small.findings).toBe(250 * 8);
    expect(large.findings).toBe(1000 * 8);
    expect(large.ms / small.ms).toBeLessThan(10);
  });
});
