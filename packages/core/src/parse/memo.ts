import type { Root } from 'mdast';

/**
 * Remembered remark readings, for an editor that lints the same document
 * after each edit (the language server's lint worker turns this on; a batch
 * run leaves it off). The plain-text parser hands remark the runs of lines
 * that may hold Markdown; after a one-character edit almost all of them are
 * the text they were, and reading one again gives the same tree. A reading
 * is a pure function of the string (and whether GFM runs), so it is looked
 * up by the string and handed out as a copy: callers move positions in place.
 */
export interface ParseMemo {
  readonly maxChars: number;
  chars: number;
  /** readings handed out from the memo, and made afresh */
  hits: number;
  misses: number;
  /**
   * `gfm ? 'g' : 'p'` + the text → the tree as remark gave it, or null for a
   * long text seen once (a whole Markdown file differs after every edit:
   * copying its tree each time would cost more than it saves); oldest first,
   * a hit moves to the end
   */
  trees: Map<string, Root | null>;
}

/** a text this long is remembered the second time it is read, not the first */
const LONG = 8 * 1024;

let memo: ParseMemo | undefined;

/** a memo of readings of up to `maxChars` characters of text in all (the oldest forgotten first) */
export function createParseMemo(maxChars: number): ParseMemo {
  return { maxChars, chars: 0, hits: 0, misses: 0, trees: new Map() };
}

/** remember readings in `next` from now on (undefined: read everything afresh); returns the memo used until now */
export function useParseMemo(next: ParseMemo | undefined): ParseMemo | undefined {
  const previous = memo;
  memo = next;
  return previous;
}

/** remark's reading of `markdown`: remembered (a copy) or made by `parse` and remembered */
export function parseRemembered(markdown: string, gfm: boolean, parse: () => Root): Root {
  if (!memo || markdown.length > memo.maxChars) return parse();
  const key = (gfm ? 'g' : 'p') + markdown;
  const { trees } = memo;
  const known = trees.get(key);
  if (known) {
    memo.hits++;
    trees.delete(key);
    trees.set(key, known);
    return structuredClone(known);
  }
  memo.misses++;
  const root = parse();
  const keep = known === null || markdown.length < LONG;
  if (known === null) trees.delete(key);
  else memo.chars += key.length;
  trees.set(key, keep ? structuredClone(root) : null);
  for (const [oldest] of trees) {
    if (memo.chars <= memo.maxChars) break;
    trees.delete(oldest);
    memo.chars -= oldest.length;
  }
  return root;
}
