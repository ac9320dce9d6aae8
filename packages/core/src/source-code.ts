import type { Root } from 'mdast';
import { LineIndex } from './text/line-index.js';

export class SourceCode {
  readonly lines: LineIndex;

  /** `lines`: the text's line index when the caller has one already (ingest built it) */
  constructor(
    readonly text: string,
    readonly ast: Root,
    lines?: LineIndex,
  ) {
    this.lines = lines && lines.text === text ? lines : new LineIndex(text);
  }

  getText(range: readonly [number, number]): string {
    return this.text.slice(range[0], range[1]);
  }

  getLoc(range: readonly [number, number]) {
    return { start: this.lines.locate(range[0]), end: this.lines.locate(range[1]) };
  }
}
