/**
 * How many cases, from which seed, how big: fixed for CI, from the
 * environment for `npm run fuzz` (FUZZ_SEED, FUZZ_RUNS, FUZZ_LARGE=1).
 */
import type { Scale } from './recipes.js';

/** CI's fixed seed: the same few hundred cases on every run */
export const CI_SEED = 20261111;
export const CI_RUNS = 300;

const env = process.env;
export const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : CI_SEED;
export const runs = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : CI_RUNS;

/** CI: nesting and repetition kept small enough for a one-minute run; FUZZ_LARGE: the sizes hostile files have */
export const scale: Scale = env.FUZZ_LARGE === '1' ? { maxDepth: 6000, maxRepeat: 20000, maxPiece: 40 } : { maxDepth: 300, maxRepeat: 400, maxPiece: 24 };

/** each family's share of the runs (a .pdf case costs ten .txt cases) */
export const SHARES = { text: 0.5, html: 0.18, docx: 0.18, pdf: 0.14 } as const;
