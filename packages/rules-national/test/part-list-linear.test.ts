// Issue 11 item 2: the trailing quotes/brackets of a declared part's title are read backwards once, not by a pattern that re-reads a long run.
import { describe, expect, it } from 'vitest';
import { trailLength } from '../src/part-list.js';
import { seededRandom } from '../../../scripts/seeded-random.mjs';

// the pattern as it was (cubic on a long run of closing marks followed by other text): the reference
const OLD_EDGE_TRAIL = /[“”"'‘’《》）)]*(?:等|共)?[“”"'‘’《》）)]*$/;

describe('part-list: trailing marks of a title', () => {
  it('measures what the former pattern matched, on 20,000 generated pieces', () => {
    const next = seededRandom(11);
    const chars = ['”', '》', ')', '）', '等', '共', '其他', '中', "'", '“'];
    for (let n = 0; n < 20_000; n++) {
      let piece = '';
      const length = Math.floor(next() * 9);
      for (let i = 0; i < length; i++) piece += chars[Math.floor(next() * chars.length)];
      expect(trailLength(piece), piece).toBe(OLD_EDGE_TRAIL.exec(piece)?.[0].length ?? 0);
    }
  });

  it('reads a 100,000-mark run once', () => {
    expect(trailLength(`${'）'.repeat(100_000)}x`)).toBe(0);
    expect(trailLength(`公开情况${'》'.repeat(50_000)}等${'”'.repeat(50_000)}`)).toBe(100_001);
  });
});
