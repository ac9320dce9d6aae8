/**
 * Per-character findings of one paragraph, folded into one finding: a clerk
 * reads "这一段有 12 处半角标点" once instead of twelve warnings, and one fix
 * mends them all. A paragraph is a line of the user's file (a Word paragraph
 * in the text view of a .docx, a printed line of a PDF).
 */

/** the indices of `offsets` (ascending offsets into `source`) grouped into runs that no line break of `source` separates */
export function foldRuns(offsets: readonly number[], source: string): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let lineEnd = -1;
  offsets.forEach((offset, index) => {
    if (run.length > 0 && offset >= lineEnd) {
      runs.push(run);
      run = [];
    }
    if (run.length === 0) {
      const brk = source.indexOf('\n', offset);
      lineEnd = brk < 0 ? source.length : brk;
    }
    run.push(index);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
