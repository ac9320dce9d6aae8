import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../src/diff.js';

const report = (n: number, halfWidth: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => `第${i}行：本机关${halfWidth(i) ? '(一)' : '（一）'}主动公开政府信息${i}条。`).join('\n');
const fixed = (text: string) => text.replaceAll('(一)', '（一）');

/** the diff is a real patch: applied to the text before, it gives the text after */
function roundTrips(before: string, after: string): void {
  const diff = unifiedDiff(before, after, '报告.txt');
  expect(diff.startsWith('--- 报告.txt\n+++ 报告.txt（修复后）\n@@ ')).toBe(true);
  expect(applyPatch(before, diff)).toBe(after);
}

describe('unifiedDiff', () => {
  it('shows one changed line with two lines of context', () => {
    const before = 'a\nb\nc\n根据(一)\nd\ne\nf\n';
    expect(unifiedDiff(before, fixed(before), 'r.txt')).toBe(
      '--- r.txt\n+++ r.txt（修复后）\n@@ -2,5 +2,5 @@\n b\n c\n-根据(一)\n+根据（一）\n d\n e\n',
    );
  });

  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'r.txt')).toBe('');
  });

  it('is a patch that applies: few changes (Myers), lines removed, no newline at the end', () => {
    const before = report(300, (i) => i % 50 === 0);
    roundTrips(before, fixed(before));
    roundTrips('a\n<!-- xxgk-lint-disable -->\nb\nc', 'a\nb\nc');
    roundTrips('a\nb', 'a\nb\n');
  });

  it('is a patch that applies when too many lines changed for Myers (paired by position)', () => {
    for (const every of [1, 2, 3, 5, 7]) {
      const before = report(3000, (i) => i % every === 0);
      roundTrips(before, fixed(before));
    }
    const before = report(3000, () => true);
    roundTrips(before, `${fixed(before)}\n附：新增一行`);
    roundTrips(`${before}\n多余一行`, fixed(before));
  });

  it('a 5,880-line report with every line changed takes well under a second, not 400 MB and 9 s', () => {
    const before = report(5880, () => true);
    const started = performance.now();
    const diff = unifiedDiff(before, fixed(before), 'big.txt');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(diff.split('\n').filter((l) => l.startsWith('+第')).length).toBe(5880);
  });
});
