/**
 * Cutting a run of digits that a crawler glued together ("417", "1400000 14")
 * back into a row's cells. A space the crawler kept is a cell boundary; a
 * multi-digit number never starts with 0.
 */

/** a piece of the run, in indices of the string the run was read from */
export interface DigitPiece {
  text: string;
  start: number;
  end: number;
}

export interface SplitOptions {
  /** the last cell may be a decimal ("0.5" 万元, "156805947.43" 元) */
  decimalLast?: boolean;
  /** a cell may carry a minus sign (本年增/减) */
  negative?: boolean;
  /**
   * called after each cell is placed with the values so far; false prunes
   * (a row identity is checked as soon as its cells are all there)
   */
  accept?: (values: number[]) => boolean;
}

export type SplitOutcome =
  | { kind: 'splits'; splits: DigitPiece[][] }
  /** more candidates than the budget allows: not tried */
  | { kind: 'too-many' }
  /** longer than any row of this width could be */
  | { kind: 'too-long'; digits: number };

/** most digits one cell is taken to have: a report's counts stay far below a million */
const MAX_DIGITS_PER_CELL = 6;
/** search steps per row before giving up */
const SPLIT_BUDGET = 5000;

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** the run as space-separated tokens, each with its indices */
export function tokensOf(text: string, offset: number): DigitPiece[] {
  const out: DigitPiece[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = offset + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

function validCell(text: string, last: boolean, options: SplitOptions): boolean {
  if (!NUMBER.test(text)) return false;
  if (text.includes('.') && !(last && options.decimalLast)) return false;
  if (text.startsWith('-') && !options.negative) return false;
  return true;
}

/**
 * Every way to cut the tokens into exactly `cells` numbers that the
 * options accept, or why none was tried.
 */
export function splitDigits(tokens: readonly DigitPiece[], cells: number, options: SplitOptions = {}): SplitOutcome {
  const digits = tokens.reduce((n, t) => n + t.text.replace(/[^0-9]/g, '').length, 0);
  // one token per cell leaves no choice, however long the numbers
  if (tokens.length !== cells && digits > cells * MAX_DIGITS_PER_CELL) return { kind: 'too-long', digits };
  const found: DigitPiece[][] = [];
  const placed: DigitPiece[] = [];
  const values: number[] = [];
  let steps = 0;
  let exhausted = false;

  const walk = (token: number, at: number): void => {
    if (exhausted) return;
    if (++steps > SPLIT_BUDGET) {
      exhausted = true;
      return;
    }
    if (token === tokens.length) {
      if (placed.length === cells) found.push([...placed]);
      return;
    }
    const t = tokens[token];
    // every remaining token needs a cell of its own
    if (cells - placed.length < tokens.length - token) return;
    const isLastToken = token === tokens.length - 1;
    for (let end = at + 1; end <= t.text.length; end++) {
      const closesToken = end === t.text.length;
      // the last cell must use up the run
      if (placed.length === cells - 1 && !(closesToken && isLastToken)) continue;
      const text = t.text.slice(at, end);
      if (!validCell(text, placed.length === cells - 1, options)) continue;
      placed.push({ text, start: t.start + at, end: t.start + end });
      values.push(Number(text));
      if (!options.accept || options.accept(values)) {
        if (closesToken) walk(token + 1, 0);
        else if (placed.length < cells) walk(token, end);
      }
      placed.pop();
      values.pop();
      if (exhausted) return;
    }
  };
  walk(0, 0);
  if (exhausted) return { kind: 'too-many' };
  return { kind: 'splits', splits: found };
}
