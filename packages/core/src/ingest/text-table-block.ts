import type { CellSpan } from '../formats/types.js';

/** what kind of plain-text table a block is */
export type TextTableKind = 'tsv' | 'pipe' | 'layout' | 'flattened';

/** a table found in plain text: its lines, offsets and cells */
export interface TextTableBlock {
  kind: TextTableKind;
  /** 1-based, inclusive */
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
  rows: CellSpan[][];
}

/** one line of the text, as the table finders read it */
export interface LineInfo {
  line: number;
  start: number;
  end: number;
  text: string;
  blank: boolean;
  heading: boolean;
}
