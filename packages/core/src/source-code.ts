import type { Root } from 'mdast';
import { LineIndex } from './text/line-index.js';

export class SourceCode {
  readonly lines: LineIndex;

  constructor(
    readonly text: string,
    readonly ast: Root,
  ) {
    this.lines = new LineIndex(text);
  }

  getText(range: readonly [number, number]): string {
    return this.text.slice(range[0], range[1]);
  }

  getLoc(range: readonly [number, number]) {
    return { start: this.lines.locate(range[0]), end: this.lines.locate(range[1]) };
  }
}
