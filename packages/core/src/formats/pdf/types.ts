/** The PDF reader's data, stage by stage: glyph runs of a page → its lines → the view text. */

export interface PdfView {
  text: string;
  /** per view offset: page, line on the page, column (0 for characters added by the layout) */
  page: Int32Array;
  line: Int32Array;
  column: Int32Array;
  /** the text of every line of every page, for excerpts: lineText[page − 1][line − 1] */
  lineText: string[][];
  pages: number;
}

/** a run of text pdf.js found on a page, in viewport coordinates (y downwards) */
export interface Glyph {
  str: string;
  x: number;
  y: number;
  w: number;
  fs: number;
  space: boolean;
}

export interface PageLine {
  page: number;
  /** 1-based on the page */
  index: number;
  y: number;
  fs: number;
  x0: number;
  x1: number;
  /** content with layout spaces, columns 1-based into this string */
  text: string;
  /** whether two items sit a cell apart (a table row, not prose) */
  gapped: boolean;
  footer: boolean;
}
