/**
 * Is the text at an offset one edit away from a protected entry?
 *
 * The candidate starts where the entry does (its first character is right):
 * the rule looks up entries by the character at each offset, so the whole scan
 * is one pass over the text with, at each offset, a few entries compared over
 * at most their own length plus one — O(n · k · L) for k entries sharing a
 * first character and L the longest entry, linear in the text's length. No
 * edit distance is computed: the common prefix fixes where the edit is, and
 * each kind of edit is one comparison of what follows.
 */
import { isHan } from '@xxgk-lint/core';
import type { ProtectedEntry } from './fixed-phrases.js';
import { confusableCodes } from './fixed-phrases.js';

export type EditKind = 'substitution' | 'transposition' | 'deletion' | 'insertion';

export interface Edit {
  kind: EditKind;
  /** index in the entry where the edit is */
  at: number;
  /** length of the written form in the text */
  length: number;
  /** deletion: the characters left out */
  missing?: string;
}

/** the punctuation a phrase may visibly stop at when its last character is missing ("受理渠。") */
const STOP = new Set(['。', '，', '；', '、', '：', '！', '？', ',', ';', ':', '）', ')', '”']);
/** characters that end a place name's component: a missing one is a short form, not a slip ("淮安洪泽区") */
const UNIT_CHARS = new Set([...'省市县区镇乡村街道州旗盟']);

/** entry[from..] is written at text[at..] (compared by code unit: no one-character strings made) */
function same(entry: string, from: number, text: string, at: number): boolean {
  const n = entry.length - from;
  if (at + n > text.length) return false;
  for (let i = 0; i < n; i++) if (text.charCodeAt(at + i) !== entry.charCodeAt(from + i)) return false;
  return true;
}

/** a body's name: the place part runs to its last unit character (平潭综合实验区 of 平潭综合实验区行政审批局) */
export function placeEnd(name: string): number {
  let end = 0;
  for (let i = 1; i < name.length; i++) if (endsPlace(name, i)) end = i + 1;
  return end;
}

/** a unit character that ends a place here, not the start of a word (市场, 市政, 区域, 渠道) */
function endsPlace(name: string, i: number): boolean {
  const ch = name[i];
  if (!UNIT_CHARS.has(ch)) return false;
  if (ch === '市' && /[场政容]/.test(name[i + 1] ?? '')) return false;
  if (ch === '区' && /[域划]/.test(name[i + 1] ?? '')) return false;
  if (ch === '街') return false;
  if (ch === '道') return name[i - 1] === '街';
  return true;
}

function deletionAllowed(entry: ProtectedEntry, at: number, k: number, text: string, s: number): boolean {
  const e = entry.text;
  const L = e.length;
  if (entry.kind === 'phrase') return k === 1 && at === L - 1 && STOP.has(text[s + at] ?? '');
  if (at + k > L - 1 || L - k < 5) return false;
  if (entry.kind !== 'body' && entry.kind !== 'place') return true;
  const missing = e.slice(at, at + k);
  if ([...missing].some((c) => UNIT_CHARS.has(c))) return false;
  // only inside the place name: an organisation's name has its short forms (市场监督局, 人民政府 → 政府)
  if (at + k > placeEnd(e) - 1) return false;
  // a whole component left out ("淮安市洪泽区" → "淮安市区")
  const startsComponent = at === 0 || UNIT_CHARS.has(e[at - 1]);
  return !(startsComponent && UNIT_CHARS.has(e[at + k]));
}

/**
 * 'exact' when the entry is written here as it is; the one edit when the text
 * here is the entry with one slip its kind allows; undefined otherwise.
 */
export function editAt(text: string, s: number, entry: ProtectedEntry): Edit | 'exact' | undefined {
  const e = entry.text;
  const L = e.length;
  let a = 0;
  while (a < L && s + a < text.length && text.charCodeAt(s + a) === e.charCodeAt(a)) a++;
  if (a === L) return 'exact';
  if (a === 0 || s + a >= text.length) return undefined;
  const written = text.charCodeAt(s + a);
  if (confusableCodes(e.charCodeAt(a), written) && same(e, a + 1, text, s + a + 1)) return { kind: 'substitution', at: a, length: L };
  if (a <= L - 2 && e.charCodeAt(a) !== e.charCodeAt(a + 1) && written === e.charCodeAt(a + 1) && text.charCodeAt(s + a + 1) === e.charCodeAt(a) && same(e, a + 2, text, s + a + 2)) {
    return { kind: 'transposition', at: a, length: L };
  }
  // a phrase may lose only its last character (deletionAllowed): no comparison for the others
  const phrase = entry.kind === 'phrase';
  if ((!phrase || a === L - 1) && same(e, a + 1, text, s + a) && deletionAllowed(entry, a, 1, text, s)) return { kind: 'deletion', at: a, length: L - 1, missing: e.slice(a, a + 1) };
  if (!phrase && same(e, a + 2, text, s + a) && deletionAllowed(entry, a, 2, text, s)) return { kind: 'deletion', at: a, length: L - 2, missing: e.slice(a, a + 2) };
  const inserts = entry.kind === 'country' || entry.kind === 'title';
  if (inserts && same(e, a, text, s + a + 1) && isHan(text[s + a])) return { kind: 'insertion', at: a, length: L + 1 };
  return undefined;
}
