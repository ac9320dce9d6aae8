/**
 * One reading of where Chinese prose breaks into sentences and clauses, for
 * every rule that looks at "the sentence around a match". 。 always ends a
 * sentence; the options say what else does. Full-width and ASCII forms count
 * alike ("；" and ";"): reports mistype one for the other. A decimal point
 * ("1.5"), an ellipsis ("……"), brackets ("〔2021〕") and quotes never end one;
 * the closing quotes right after a stop ("……办结。”") belong to the sentence
 * they close, so the next sentence starts after them.
 */

export interface BreakOptions {
  /** ！？ (and ! ?) end a sentence as 。 does (default true) */
  exclamations?: boolean;
  /** a line break ends a sentence (default true) */
  lineBreaks?: boolean;
  /** ；(;) ends a clause */
  semicolons?: boolean;
  /** ：(:) ends a clause */
  colons?: boolean;
  /** ，(,) ends a clause */
  commas?: boolean;
}

/** a sentence (or clause) of a text: text.slice(start, end), without the stop that ends it */
export interface TextPiece {
  text: string;
  start: number;
  end: number;
}

/** the clause options most rules ask for: a clause ends at ；(;) as well as at a sentence end */
export const CLAUSES: BreakOptions = { semicolons: true };

const STOPS = {
  always: '。',
  exclamations: '！？!?',
  lineBreaks: '\n\r',
  semicolons: '；;',
  colons: '：:',
  commas: '，,',
} as const;

/** closing quotes and brackets that may follow a stop and still belong to its sentence */
const CLOSERS = '”’」』》〉）)】';

/** the stop sets by option bits (see stopsOf): called per character by some rules, so no string key */
const stopSets: (string | undefined)[] = [];

function stopsOf(options?: BreakOptions): string {
  const bits =
    options === undefined
      ? 3
      : ((options.exclamations ?? true) ? 1 : 0) |
        ((options.lineBreaks ?? true) ? 2 : 0) |
        (options.semicolons ? 4 : 0) |
        (options.colons ? 8 : 0) |
        (options.commas ? 16 : 0);
  let stops = stopSets[bits];
  if (stops === undefined) {
    stops = STOPS.always;
    if (bits & 1) stops += STOPS.exclamations;
    if (bits & 2) stops += STOPS.lineBreaks;
    if (bits & 4) stops += STOPS.semicolons;
    if (bits & 8) stops += STOPS.colons;
    if (bits & 16) stops += STOPS.commas;
    stopSets[bits] = stops;
  }
  return stops;
}

/** does `ch` end a sentence (or, with the clause options, a clause)? */
export function isBreak(ch: string | undefined, options?: BreakOptions): boolean {
  return ch !== undefined && ch.length === 1 && stopsOf(options).includes(ch);
}

/** past the closing quotes that follow a stop at `stop` */
function afterStop(text: string, stop: number): number {
  let i = stop + 1;
  while (i < text.length && CLOSERS.includes(text[i])) i++;
  return i;
}

/**
 * Where the sentence (clause) holding index `at` starts: after the last stop
 * before `at` and its closing quotes, or 0. Reads back only as far as that stop.
 */
export function pieceStart(text: string, at: number, options?: BreakOptions): number {
  const stops = stopsOf(options);
  let i = Math.min(at, text.length) - 1;
  while (i >= 0 && !stops.includes(text[i])) i--;
  if (i < 0) return 0;
  return Math.min(afterStop(text, i), at);
}

/** the index of the stop that ends the sentence (clause) holding index `at`, or text.length when none does */
export function pieceEnd(text: string, at: number, options?: BreakOptions): number {
  const stops = stopsOf(options);
  let i = Math.max(0, at);
  while (i < text.length && !stops.includes(text[i])) i++;
  return i;
}

/** the sentences (clauses) of a text in order, with their offsets; empty pieces (two stops in a row) are left out */
export function splitPieces(text: string, options?: BreakOptions): TextPiece[] {
  const stops = stopsOf(options);
  const out: TextPiece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !stops.includes(text[i])) continue;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
    if (i < text.length) {
      start = afterStop(text, i);
      i = start - 1;
    }
  }
  return out;
}
