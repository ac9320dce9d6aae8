import { structuredPatch } from 'diff';

interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

/**
 * Past this many changed lines Myers' diff costs edits × lines (5,880 lines
 * all changed: 6 s); fixes rarely add or remove lines, so such a diff is
 * paired line by line instead, in linear time.
 */
const MAX_EDIT_LENGTH = 1000;

/**
 * A unified diff of a text before and after --fix, by lines: jsdiff's Myers
 * diff while the changes are few, else lines paired by position. The header
 * names the file twice, the second time as fixed.
 */
export function unifiedDiff(before: string, after: string, name: string, context = 2): string {
  if (before === after) return '';
  const patch = structuredPatch(name, name, before, after, undefined, undefined, { context, maxEditLength: MAX_EDIT_LENGTH });
  const hunks = patch ? patch.hunks : pairedHunks(before.split('\n'), after.split('\n'), context);
  if (hunks.length === 0) return '';
  let out = `--- ${name}\n+++ ${name}（修复后）\n`;
  for (const hunk of hunks) {
    out += `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@\n`;
    for (const line of hunk.lines) out += `${line}\n`;
  }
  return out;
}

/** line i of one against line i of the other; the longer one's extra lines removed or added at the end */
function pairedHunks(a: readonly string[], b: readonly string[], context: number): Hunk[] {
  const hunks: Hunk[] = [];
  const length = Math.max(a.length, b.length);
  let hunk: Hunk | undefined;
  let lastChange = -Infinity;
  for (let i = 0; i < length; i++) {
    const same = i < a.length && i < b.length && a[i] === b[i];
    if (same) {
      if (hunk && i - lastChange <= context) pushSame(hunk, a[i]);
      continue;
    }
    // the gap since the last change is too wide for the two contexts to meet: a new hunk
    if (!hunk || i - lastChange > 2 * context + 1) {
      const from = Math.max(0, i - context);
      hunk = { oldStart: Math.min(from, a.length) + 1, oldLines: 0, newStart: Math.min(from, b.length) + 1, newLines: 0, lines: [] };
      hunks.push(hunk);
      for (let k = from; k < i; k++) pushSame(hunk, a[k]);
    } else {
      for (let k = lastChange + context + 1; k < i; k++) pushSame(hunk, a[k]);
    }
    if (i < a.length) {
      hunk.lines.push(`-${a[i]}`);
      hunk.oldLines++;
    }
    if (i < b.length) {
      hunk.lines.push(`+${b[i]}`);
      hunk.newLines++;
    }
    lastChange = i;
  }
  return hunks;
}

function pushSame(hunk: Hunk, line: string): void {
  hunk.lines.push(` ${line}`);
  hunk.oldLines++;
  hunk.newLines++;
}
