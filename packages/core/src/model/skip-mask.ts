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
const URL = new RegExp(
  `(?:https?://|ftp://|www\\.)${URL_CHARS}+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:gov|com|cn|net|org|edu)(?:\\.cn)?(?:/${URL_CHARS}*)?`,
  'gi',
);
/** an autolink literal's URL, from its start: the link node itself runs on to the next space, over any Chinese after the URL */
const URL_PREFIX = new RegExp(`^${URL_CHARS}+`);
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

type AnyNode = { type: string; children?: AnyNode[]; position?: { start: { offset?: number }; end: { offset?: number } } };

const VERBATIM_NODES = new Set(['inlineCode', 'link', 'code', 'html']);

/** source ranges of code, HTML and links in the mdast */
function verbatimRanges(root: AnyNode, source: string): Range[] {
  const out: Range[] = [];
  const walk = (node: AnyNode) => {
    if (VERBATIM_NODES.has(node.type) && node.position) {
      const start = node.position.start.offset ?? 0;
      const end = node.position.end.offset ?? 0;
      out.push(node.type === 'link' ? linkRange(source, start, end) : [start, end]);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
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

function markPatterns(text: string, mask: Uint8Array): void {
  for (const pattern of [URL, EMAIL]) {
    for (const m of text.matchAll(pattern)) mask.fill(1, m.index, m.index + m[0].length);
  }
}

/** prose indices whose source offsets fall in [start, end) */
function markProseOf(prose: NormalizedText, mask: Uint8Array, [start, end]: Range): void {
  const map = prose.map;
  for (let i = prose.indexFrom(start); i < map.length && map[i] < end; i++) mask[i] = 1;
}

/** a mask with a prefix count, so that "is anything in [start, end) skipped" is answered in constant time */
class CountedMask {
  private readonly prefix: Uint32Array;

  constructor(readonly mask: Uint8Array) {
    this.prefix = new Uint32Array(mask.length + 1);
    for (let i = 0; i < mask.length; i++) this.prefix[i + 1] = this.prefix[i] + mask[i];
  }

  any(start: number, end: number): boolean {
    const from = Math.max(0, Math.min(start, this.mask.length));
    const to = Math.max(from, Math.min(end, this.mask.length));
    return this.prefix[to] > this.prefix[from];
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

  const masks = (options: SkipOptions = {}) => {
    const key = options.documentNumbers ? 'docno' : 'plain';
    const hit = built.get(key);
    if (hit) return hit;
    const proseMask = new Uint8Array(prose.value.length);
    markPatterns(prose.value, proseMask);
    const sourceMask = new Uint8Array(source.length);
    markPatterns(source, sourceMask);
    const ranges = [...verbatimOnce(), ...(options.documentNumbers ? documentNumbers.map((d) => d.range) : [])];
    for (const range of ranges) {
      markProseOf(prose, proseMask, range);
      sourceMask.fill(1, range[0], range[1]);
    }
    // what is skipped in the prose is skipped where it came from (a URL whose line break the prose closed up)
    for (let i = 0; i < proseMask.length; i++) if (proseMask[i]) sourceMask[prose.map[i]] = 1;
    const entry = { prose: new CountedMask(proseMask), source: new CountedMask(sourceMask) };
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
