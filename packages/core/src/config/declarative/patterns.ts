import type { AnnualReport } from '../../model/types.js';
import type { NormalizedText } from '../../text/normalize.js';
import { unsafePatternReason } from '../regex-safety.js';
import type { SpecLocation } from './spec.js';
import { fail } from './spec.js';

export interface Match {
  index: number;
  text: string;
}

/**
 * Runs a user's regex over a text. In Node the caller passes one that stops
 * after a time budget (throwing PatternTimeout); the default has no budget,
 * and relies on the static check that refuses catastrophic patterns.
 */
export type PatternMatcher = (re: RegExp, text: string, budgetMs: number) => Iterable<Match>;

/** time a declarative pattern rule may take on one file */
export const PATTERN_BUDGET_MS = 250;

export const unbudgetedMatcher: PatternMatcher = function* (re, text) {
  for (const m of text.matchAll(re)) yield { index: m.index ?? 0, text: m[0] };
};

export interface PatternOptions {
  regex?: boolean;
  ignoreCase?: boolean;
}

/** phrases are compared with the whitespace of the report removed */
function labelFree(phrase: string): string {
  return phrase.replace(/[\s\u3000]+/g, '');
}

/** `phrase` (one or a list) of a spec or item → global regexes; `key` is its path for errors */
export function compilePatterns(phrase: unknown, options: PatternOptions, loc: SpecLocation, key: (string | number)[]): RegExp[] {
  const phrases = Array.isArray(phrase) ? phrase : phrase !== undefined ? [phrase] : [];
  if (phrases.length === 0 || phrases.some((p) => typeof p !== 'string' || p.length === 0)) fail(loc, key, '应为非空的文字（或文字列表）');
  const flags = `g${options.ignoreCase ? 'i' : ''}u`;
  return (phrases as string[]).map((p, i) => {
    const source = options.regex ? p : labelFree(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (options.regex) {
      const unsafe = unsafePatternReason(p);
      if (unsafe) fail(loc, Array.isArray(phrase) ? [...key, i] : key, `正则表达式 “${p}” 被拒绝：${unsafe}。请改写，避免嵌套的重复。`);
    }
    let re: RegExp;
    try {
      re = new RegExp(source, flags);
    } catch (error) {
      fail(loc, key, `正则表达式 “${p}” 无法编译：${(error as Error).message}`);
    }
    if (new RegExp(source, flags.replace('g', '')).test('')) fail(loc, key, `“${p}” 可以匹配空字符串，规则会在每个位置报告：请改写。`);
    return re;
  });
}

/**
 * The matches of a pattern in a scope's text that are prose: one inside a URL,
 * an e-mail address, code or a link is not a phrase of the report.
 */
export function* proseMatches(re: RegExp, text: NormalizedText, report: AnnualReport, matcher: PatternMatcher): Generator<Match & { range: readonly [number, number] }> {
  for (const m of matcher(re, text.value, PATTERN_BUDGET_MS)) {
    const range = text.toRange(m.index, m.index + m.text.length);
    if (!report.skip.inSource(range[0], range[1])) yield { ...m, range };
  }
}
