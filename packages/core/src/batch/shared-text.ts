/**
 * Reports of the batch that share most of their sentences with another
 * body's report. Sentence hashes only (no text); an inverted index from each
 * sentence to the reports that have it, so the cost is the sum over
 * sentences of (reports having it)², with the sentences most reports share
 * (the national format's set phrases) left out first: linear in the batch
 * for a bounded share, never all pairs of full texts.
 */
import { sameBodyName } from './body-names.js';

export interface SharedTextInput {
  body?: string;
  sentences: readonly number[];
}

export interface SharedTextOptions {
  /** share of a report's sentences found in the other report that is reported (0–1) */
  threshold: number;
  /** a report with fewer sentences of its own (after the set phrases are left out) is not judged */
  minSentences: number;
}

export interface SharedTextPair {
  /** index of the report the finding is on */
  index: number;
  /** index of the report it shares its sentences with */
  other: number;
  shared: number;
  total: number;
  ratio: number;
}

/** most reports that may have a sentence before it counts as a set phrase of the batch, not a copy */
export function setPhraseLimit(reports: number): number {
  return Math.max(2, Math.min(Math.floor(reports / 2), 50));
}

/** for each report whose sentences are mostly in another body's report, its closest such report */
export function findSharedText(reports: readonly SharedTextInput[], options: SharedTextOptions): SharedTextPair[] {
  const limit = setPhraseLimit(reports.length);
  const holders = new Map<number, number[]>();
  reports.forEach((r, i) => {
    for (const h of r.sentences) {
      const list = holders.get(h);
      if (list) list.push(i);
      else holders.set(h, [i]);
    }
  });
  const own = new Array<number>(reports.length).fill(0);
  const pairs = new Map<number, number>();
  const n = reports.length;
  for (const list of holders.values()) {
    if (list.length > limit) continue;
    for (const i of list) own[i]++;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a] * n + list[b];
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const best = new Map<number, SharedTextPair>();
  const consider = (index: number, other: number, shared: number) => {
    const total = own[index];
    if (total < options.minSentences) return;
    const ratio = shared / total;
    if (ratio < options.threshold) return;
    const a = reports[index].body;
    const b = reports[other].body;
    if (!a || !b || sameBodyName(a, b)) return;
    const previous = best.get(index);
    if (!previous || ratio > previous.ratio) best.set(index, { index, other, shared, total, ratio });
  };
  for (const [key, shared] of pairs) {
    const i = Math.floor(key / n);
    const j = key % n;
    consider(i, j, shared);
    consider(j, i, shared);
  }
  return [...best.values()].sort((x, y) => x.index - y.index);
}
