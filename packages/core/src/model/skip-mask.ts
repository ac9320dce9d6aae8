/**
 * The stretches of a report that are not Chinese prose, so that no rule
 * looks inside them: URLs, e-mail addresses, inline code, code blocks, HTML
 * and links (from the mdast), and, for the rules that ask, 文号. Built
 * lazily, once per document and option, in time linear in the text.
 */
import type { Root } from 'mdast';
import type { NormalizedText } from '../text/normalize.js';
import type { DocumentNumber, Range, SkipMask, SkipOptions } from './types.js';

export type { SkipMask, SkipOptions } from './types.js';

/** a URL's characters; a pair of round brackets inside a URL ("nb(2023).html") belongs to it, a lone one does not */
const URL_CHARS = "(?:[A-Za-z0-9\\-._~:/?#[\\]@!$&'*+,;=%]|\\([A-Za-z0-9\\-._~:/?#[\\]@!$&'*+,;=%]*\\))";
const URL_SCHEME = `(?:https?://|ftp://|www\\.)${URL_CHARS}+`;
const URL_DOMAIN = `[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:gov|com|cn|net|org|edu)(?:\\.cn)?(?:/${URL_CHARS}*)?`;
/**
 * A bare domain can only start where its dotted name starts: a match from
 * inside a name ("aaa" of "xaaa.gov", or "b" of "a.b.gov") means one from
 * the name's start. The look-behind keeps a 100k run of letters or digits
 * from being re-read at each of its characters (quadratic time); where the
 * previous match ended inside a name, `URL_AT` tries that one place as the
 * unguarded pattern would have.
 */
const URL = new RegExp(`${URL_SCHEME}|(?<![A-Za-z0-9-]|[A-Za-z0-9-]\\.)${URL_DOMAIN}`, 'gi');
const URL_AT = new RegExp(`${URL_SCHEME}|${URL_DOMAIN}`, 'iy');
/** an autolink literal's URL, from its start: the link node itself runs on to the next space, over any Chinese after the URL */
const URL_PREFIX = new RegExp(`^${URL_CHARS}+`);
/** an e-mail address starts where its run of local-part characters starts (the same reasoning as URL) */
const EMAIL_LOCAL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+';
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+-])${EMAIL_LOCAL}`, 'g');
const EMAIL_AT = new RegExp(EMAIL_LOCAL, 'y');

type AnyNode = { type: string; children?: AnyNode[]; position?: { start: { offset?: number }; end: { offset?: number } } };

const VERBATIM_NODES = new Set(['inlineCode', 'link', 'code', 'html']);

/** source ranges of code, HTML and links in the mdast, in document order (a stack, not recursion: nesting depth is the input's) */
function verbatimRanges(root: AnyNode, source: string): Range[] {
  const out: Range[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (VERBATIM_NODES.has(node.type) && node.position) {
      const start = node.position.start.offset ?? 0;
      const end = node.position.end.offset ?? 0;
      out.push(node.type === 'link' ? linkRange(source, start, end) : [start, end]);
      continue;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/**
 * "[文字](url)" and "<url>" are links as written; a bare URL that remark-gfm
 * autolinked covers only its URL characters (without trailing . , ; : ! ?), not the
 * "）上可下载本年度报告……" that a page without spaces runs on with.
 */
function linkRange(source: string, start: number, end: number): Range {
  const first = source[start];
  if (first === '[' || first === '<') return [start, end];
  const url = URL_PREFIX.exec(source.slice(start, end))?.[0].replace(/[.,;:!?]+$/, '');
  return url ? [start, start + url.length] : [start, end];
}

/** the sticky pattern's match at `from` */
function stickyAt(text: string, at: RegExp, from: number): [number, number] | undefined {
  at.lastIndex = from;
  const m = at.exec(text);
  return m ? [from, from + m[0].length] : undefined;
}

/**
 * Every match of `free` (global, guarded by a look-behind) and, at each place a
 * match ended (or just after it, past a "."), of `at` (sticky, unguarded):
 * the matches the unguarded global pattern finds, in linear time.
 */
function* linearMatches(text: string, free: RegExp, at: RegExp): Generator<[number, number]> {
  let from = 0;
  while (from <= text.length) {
    let start: number;
    let end: number;
    const here = from > 0 ? stickyAt(text, at, from) ?? (text[from] === '.' ? stickyAt(text, at, from + 1) : undefined) : undefined;
    if (here) {
      [start, end] = here;
    } else {
      free.lastIndex = from;
      const m = free.exec(text);
      if (!m) return;
      start = m.index;
      end = m.index + m[0].length;
    }
    yield [start, end];
    from = end > start ? end : end + 1;
  }
}

const DOT = 0x2e;
const COLON = 0x3a;
const AT_SIGN = 0x40;
const TRIGGER = /[.:@]/g;

/**
 * The runs of printable ASCII (U+0021–U+007E) that hold a "." or ":" (a URL
 * has one) or an "@" (an e-mail address has one), as [start, end, has ./:, has @].
 * Every character both patterns match is printable ASCII, and so is what
 * their look-behinds test, so a match never crosses a run's edge and a run's
 * matches are the ones the patterns find in the whole text: the patterns run
 * over these few runs instead of over all of the prose.
 */
function candidateRuns(text: string): [number, number, boolean, boolean][] {
  const runs: [number, number, boolean, boolean][] = [];
  const n = text.length;
  const printable = (c: number) => c >= 0x21 && c <= 0x7e;
  // the marks are rare in Chinese prose: found by the pattern engine, each run then grown around its first mark
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    let start = m.index;
    while (start > 0 && printable(text.charCodeAt(start - 1))) start--;
    let end = start;
    let urlMark = false;
    let mailMark = false;
    for (let c = text.charCodeAt(end); end < n && printable(c); c = text.charCodeAt(++end)) {
      if (c === DOT || c === COLON) urlMark = true;
      else if (c === AT_SIGN) mailMark = true;
    }
    runs.push([start, end, urlMark, mailMark]);
    TRIGGER.lastIndex = end;
  }
  return runs;
}

/** the URLs, then the e-mail addresses, of a text: [start, end) each */
export function patternRanges(text: string): Range[] {
  const out: Range[] = [];
  const runs = candidateRuns(text);
  for (const [free, at, mark] of [[URL, URL_AT, 2], [EMAIL, EMAIL_AT, 3]] as const) {
    for (const run of runs) {
      if (!run[mark]) continue;
      const offset = run[0];
      for (const [start, end] of linearMatches(text.slice(offset, run[1]), free, at)) out.push([offset + start, offset + end]);
    }
  }
  return out;
}

function markPatterns(text: string, mask: Uint8Array): void {
  for (const [start, end] of patternRanges(text)) mask.fill(1, start, end);
}

/** prose indices whose source offsets fall in [start, end) */
function markProseOf(prose: NormalizedText, mask: Uint8Array, [start, end]: Range): void {
  const map = prose.map;
  for (let i = prose.indexFrom(start); i < map.length && map[i] < end; i++) mask[i] = 1;
}

/** a mask with a prefix count, so that "is anything in [start, end) skipped" is answered in constant time */
/** a mask's marked runs, sorted, for "is any character of [start, end) marked" by binary search (masks are mostly clear) */
class CountedMask {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(readonly mask: Uint8Array) {
    const n = mask.length;
    let i = 0;
    while (i < n) {
      if (mask[i] === 0) {
        i++;
        continue;
      }
      this.starts.push(i);
      while (i < n && mask[i] !== 0) i++;
      this.ends.push(i);
    }
  }

  any(start: number, end: number): boolean {
    const from = Math.max(0, Math.min(start, this.mask.length));
    const to = Math.max(from, Math.min(end, this.mask.length));
    if (to === from) return false;
    // the first run that ends after `from`
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.ends.length && this.starts[lo] < to;
  }
}

export interface SkipMaskInput {
  source: string;
  ast: Root;
  prose: NormalizedText;
  /** skipped only when a rule asks */
  documentNumbers: readonly DocumentNumber[];
}

export function createSkipMask({ source, ast, prose, documentNumbers }: SkipMaskInput): SkipMask {
  let verbatim: Range[] | undefined;
  const verbatimOnce = () => (verbatim ??= verbatimRanges(ast as unknown as AnyNode, source));
  const built = new Map<string, { prose: CountedMask; source: CountedMask }>();

  // what every key skips (URLs, e-mail addresses, verbatim nodes) is marked once; document numbers are added to a copy
  const mark = (proseMask: Uint8Array, sourceMask: Uint8Array, ranges: readonly Range[]) => {
    for (const range of ranges) {
      markProseOf(prose, proseMask, range);
      sourceMask.fill(1, range[0], range[1]);
    }
    // what is skipped in the prose is skipped where it came from (a URL whose line break the prose closed up)
    for (let i = 0; i < proseMask.length; i++) if (proseMask[i]) sourceMask[prose.map[i]] = 1;
    return { prose: new CountedMask(proseMask), source: new CountedMask(sourceMask) };
  };
  const plain = () => {
    const proseMask = new Uint8Array(prose.value.length);
    markPatterns(prose.value, proseMask);
    const sourceMask = new Uint8Array(source.length);
    markPatterns(source, sourceMask);
    return mark(proseMask, sourceMask, verbatimOnce());
  };
  const masks = (options: SkipOptions = {}) => {
    const key = options.documentNumbers ? 'docno' : 'plain';
    const hit = built.get(key);
    if (hit) return hit;
    let entry: { prose: CountedMask; source: CountedMask };
    if (key === 'plain') entry = plain();
    else {
      const base = masks({});
      entry = mark(base.prose.mask.slice(), base.source.mask.slice(), documentNumbers.map((d) => d.range));
    }
    built.set(key, entry);
    return entry;
  };

  return {
    inProse: (start, end, options) => masks(options).prose.any(start, end),
    inSource: (start, end, options) => masks(options).source.any(start, end),
    proseMask: (options) => masks(options).prose.mask,
    sourceMask: (options) => masks(options).source.mask,
  };
}
