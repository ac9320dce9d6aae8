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

function bitsOf(options?: BreakOptions): number {
  if (options === undefined) return 3;
  return (
    ((options.exclamations ?? true) ? 1 : 0) |
    ((options.lineBreaks ?? true) ? 2 : 0) |
    (options.semicolons ? 4 : 0) |
    (options.colons ? 8 : 0) |
    (options.commas ? 16 : 0)
  );
}

function stopsOf(options?: BreakOptions): string {
  const bits = bitsOf(options);
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

/** the stop sets as UTF-16 units, by the same bits: the scans below compare char codes, not one-char strings */
const stopCodeSets: (number[] | undefined)[] = [];

function stopCodesOf(options?: BreakOptions): number[] {
  const bits = bitsOf(options);
  let codes = stopCodeSets[bits];
  if (codes === undefined) {
    codes = [...stopsOf(options)].map((c) => c.charCodeAt(0));
    stopCodeSets[bits] = codes;
  }
  return codes;
}

const CLOSER_CODES = [...CLOSERS].map((c) => c.charCodeAt(0));

/** does `stops` hold the unit at text[i] (a short list: a loop beats a Set) */
function isStopAt(text: string, i: number, stops: readonly number[]): boolean {
  const code = text.charCodeAt(i);
  for (let k = 0; k < stops.length; k++) if (stops[k] === code) return true;
  return false;
}

/** does `ch` end a sentence (or, with the clause options, a clause)? */
export function isBreak(ch: string | undefined, options?: BreakOptions): boolean {
  return ch !== undefined && ch.length === 1 && stopsOf(options).includes(ch);
}

/** past the closing quotes that follow a stop at `stop` */
function afterStop(text: string, stop: number): number {
  let i = stop + 1;
  while (i < text.length && isStopAt(text, i, CLOSER_CODES)) i++;
  return i;
}

/**
 * Where the sentence (clause) holding index `at` starts: after the last stop
 * before `at` and its closing quotes, or 0. Reads back only as far as that stop.
 */
export function pieceStart(text: string, at: number, options?: BreakOptions): number {
  const stops = stopCodesOf(options);
  let i = Math.min(at, text.length) - 1;
  while (i >= 0 && !isStopAt(text, i, stops)) i--;
  if (i < 0) return 0;
  return Math.min(afterStop(text, i), at);
}

/** the index of the stop that ends the sentence (clause) holding index `at`, or text.length when none does */
export function pieceEnd(text: string, at: number, options?: BreakOptions): number {
  const stops = stopCodesOf(options);
  let i = Math.max(0, at);
  while (i < text.length && !isStopAt(text, i, stops)) i++;
  return i;
}

/** the sentences (clauses) of a text in order, with their offsets; empty pieces (two stops in a row) are left out */
export function splitPieces(text: string, options?: BreakOptions): TextPiece[] {
  const stops = stopCodesOf(options);
  const out: TextPiece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isStopAt(text, i, stops)) continue;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
    if (i < text.length) {
      start = afterStop(text, i);
      i = start - 1;
    }
  }
  return out;
}
