import type { Fixer, TextEdit } from '../types.js';

export const fixer: Fixer = {
  replaceTextRange: (range, text) => ({ range: [range[0], range[1]], text }),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  removeRange: (range) => ({ range: [range[0], range[1]], text: '' }),
};

/** Several edits of one finding become one edit spanning them all. */
export function mergeEdits(text: string, edits: TextEdit[]): TextEdit {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0].range[0];
  const end = Math.max(...sorted.map((e) => e.range[1]));
  let out = '';
  let at = start;
  for (const e of sorted) {
    if (e.range[0] < at) throw new Error('一条修复中的编辑相互重叠');
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  out += text.slice(at, end);
  return { range: [start, end], text: out };
}

export interface FixOutcome {
  output: string;
  applied: TextEdit[];
  skipped: TextEdit[];
}

/** Apply non-overlapping edits (earliest first wins), like ESLint's source-code-fixer. */
export function applyFixes(text: string, edits: TextEdit[]): FixOutcome {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.range[0] < at) {
      skipped.push(e);
      continue;
    }
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
    applied.push(e);
  }
  return { output: out + text.slice(at), applied, skipped };
}
