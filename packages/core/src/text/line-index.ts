/** Offset ↔ 1-based line/column (UTF-16 code units), by binary search. */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of an offset */
  locate(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineIndexOf(clamped);
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }

  /** a unist point (1-based line and column) of an offset, the offset kept as given */
  point(offset: number): { line: number; column: number; offset: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineIndexOf(clamped);
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1, offset };
  }

  /** the 0-based line of an offset already within the text */
  private lineIndexOf(clamped: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** offset of a 1-based line/column */
  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
    return start + column - 1;
  }

  /** [start, end) of a 1-based line, without its line break */
  lineRange(line: number): [number, number] {
    const start = this.lineStarts[line - 1];
    let end = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return [start, end];
  }

  lineText(line: number): string {
    const [s, e] = this.lineRange(line);
    return this.text.slice(s, e);
  }
}
