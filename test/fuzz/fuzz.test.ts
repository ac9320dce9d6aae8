/**
 * Issue 11 item 8: mutated reports through the one linting API never reject,
 * come back within the budget, are ESLint-shaped with consistent counts and
 * positions inside the text, and an input that cannot be read gets one
 * fatal message in Chinese without a stack trace. CI runs a fixed seed;
 * `npm run fuzz` runs many more (FUZZ_SEED=… npm run fuzz replays one).
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARES, runs, scale, seed } from './config.js';
import { recipeArb, seedsOf } from './recipes.js';
import type { Recipe } from './recipes.js';
import { problemsOf, runRecipe } from './run.js';

const FAMILIES = {
  text: seedsOf('text', 'markdown'),
  html: seedsOf('html'),
  docx: seedsOf('docx'),
  pdf: seedsOf('pdf'),
} as const;

const timings: { family: string; ms: number; recipe: Recipe; fatal: boolean }[] = [];

afterAll(() => {
  if (timings.length === 0) return;
  const lines = Object.keys(FAMILIES).map((family) => {
    const cases = timings.filter((t) => t.family === family);
    const ms = cases.map((t) => t.ms).sort((a, b) => a - b);
    if (ms.length === 0) return `${family}: 0`;
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    return `${family}: ${ms.length} 例，平均 ${mean.toFixed(0)} ms，中位 ${ms[ms.length >> 1]!.toFixed(0)} ms，最长 ${ms[ms.length - 1]!.toFixed(0)} ms，${cases.filter((t) => t.fatal).length} 例读不了（致命消息）`;
  });
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`fuzz seed=${seed} runs=${runs}\n${lines.join('\n')}\n最慢：${slowest.ms.toFixed(0)} ms ${JSON.stringify(slowest.recipe).slice(0, 300)}`);
});

describe(`fuzz (seed ${seed}, ${runs} cases)`, () => {
  Object.entries(FAMILIES).forEach(([family, seeds], index) => {
    const numRuns = Math.max(1, Math.round(runs * SHARES[family as keyof typeof SHARES]));
    it(`${family}: ${numRuns} mutated reports`, { timeout: Math.max(120_000, numRuns * 40_000) }, async () => {
      expect(seeds.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(recipeArb(seeds, scale), async (recipe) => {
          // npm run fuzz names the case it was on when one never returns
          if (process.env.FUZZ_TRACE) writeFileSync(process.env.FUZZ_TRACE, JSON.stringify(recipe));
          const outcome = await runRecipe(recipe);
          timings.push({ family, ms: outcome.ms, recipe, fatal: (outcome.result?.fatalErrorCount ?? 0) > 0 });
          const problems = problemsOf(outcome);
          if (problems.length > 0) throw new Error(`${outcome.filePath}：\n${problems.join('\n')}`);
        }),
        { seed: seed + index, numRuns, endOnFailure: process.env.FUZZ_SHRINK !== '1' },
      );
    });
  });
});
