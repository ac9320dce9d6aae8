/**
 * The entries national/name-typo protects in one report: the country's name,
 * the cited titles, the fixed phrases (shipped and configured), and the body's
 * own name as its title and 落款 give it.
 */
import type { AnnualReport } from '@xxgk-lint/core';
import type { ProtectedEntry } from './fixed-phrases.js';
import { COUNTRY, PHRASES, TITLES } from './fixed-phrases.js';
import { editAt, placeEnd } from './one-edit.js';

/** shorter names are too often a part of other words ("某某镇" in "某某镇村") */
const MIN_BODY_NAME = 6;
const MIN_PHRASE = 4;
/** a place shorter than this (淮安市, 洪泽区) is too often part of another name */
const MIN_PLACE = 5;

export interface ExtraEntries {
  phrases: readonly string[];
  names: readonly string[];
}

/** the phrase entries by the configured phrases (as JSON): the same for every report a config lints */
const phraseLists = new Map<string, ProtectedEntry[]>();
const PHRASE_LISTS_KEPT = 32;
/** …and by the options' own array, when the same one comes again (no JSON made) */
const phrasesByArray = new WeakMap<readonly string[], ProtectedEntry[]>();

function phraseEntries(extra: readonly string[]): ProtectedEntry[] {
  const known = phrasesByArray.get(extra);
  if (known) return known;
  const key = JSON.stringify(extra);
  let entries = phraseLists.get(key);
  if (entries === undefined) {
    entries = buildPhraseEntries(extra);
    if (phraseLists.size >= PHRASE_LISTS_KEPT) phraseLists.clear();
    phraseLists.set(key, entries);
  }
  phrasesByArray.set(extra, entries);
  return entries;
}

function buildPhraseEntries(extra: readonly string[]): ProtectedEntry[] {
  const texts = new Set([...PHRASES, ...extra.map((p) => p.replace(/\s+/g, ''))].filter((p) => p.length >= MIN_PHRASE));
  return [...texts].map((text) => ({ text, kind: 'phrase' }));
}

/** a name that is itself misspelt ("淮安市人民政俯" in a title) protects nothing: the phrase entries find its slip */
function misspelt(name: string, phrases: readonly ProtectedEntry[]): boolean {
  for (let i = 0; i < name.length; i++) {
    for (const p of phrases) {
      if (p.text.charCodeAt(0) !== name.charCodeAt(i)) continue;
      const edit = editAt(name, i, p);
      if (edit !== undefined && edit !== 'exact') return true;
    }
  }
  return false;
}

/** what a report protects: `shared` the same for every report of a config (country, titles, phrases), `own` from the report (its body's names and places) */
export interface ProtectedSet {
  shared: readonly ProtectedEntry[];
  own: readonly ProtectedEntry[];
}

/** the shared entries by their phrase list (the list itself is kept per config) */
const sharedLists = new WeakMap<readonly ProtectedEntry[], readonly ProtectedEntry[]>();

export function protectedSet(report: AnnualReport, extra: ExtraEntries): ProtectedSet {
  const phrases = phraseEntries(extra.phrases);
  let shared = sharedLists.get(phrases);
  if (shared === undefined) {
    shared = [COUNTRY, ...TITLES, ...phrases];
    sharedLists.set(phrases, shared);
  }
  const names = new Map<string, string[]>();
  const given: [string | undefined, string][] = [
    [report.metadata.body, '报告标题'],
    [report.metadata.signature?.body?.text, '落款'],
    ...extra.names.map((n): [string, string] => [n, '配置']),
  ];
  for (const [name, source] of given) {
    const clean = name?.replace(/\s+/g, '');
    if (clean && clean.length >= MIN_BODY_NAME && !misspelt(clean, phrases)) names.set(clean, [...(names.get(clean) ?? []), source]);
  }
  const bodies = [...names].map(([text, sources]): ProtectedEntry => ({ text, kind: 'body', source: [...new Set(sources)].join('和') }));
  // the superior bodies the report names share the place part of its own name (平潭综合实验区管委会, 淮安市洪泽区委)
  const places = new Map<string, ProtectedEntry>();
  for (const body of bodies) {
    const place = body.text.slice(0, placeEnd(body.text));
    if (place.length >= MIN_PLACE && place !== body.text && !names.has(place)) places.set(place, { text: place, kind: 'place', source: body.source });
  }
  return { shared, own: [...bodies, ...places.values()] };
}

/**
 * Entries by their first code unit, and a bitset of those code units: the
 * scan tests one bit per offset and looks up only where an entry starts.
 */
export interface FirstCharIndex {
  byFirst: Map<number, ProtectedEntry[]>;
  /** bit c set: some entry starts with code unit c */
  starts: Uint32Array;
}

const sharedIndexes = new WeakMap<readonly ProtectedEntry[], FirstCharIndex>();

export function firstCharIndex(entries: readonly ProtectedEntry[]): FirstCharIndex {
  const byFirst = new Map<number, ProtectedEntry[]>();
  const starts = new Uint32Array(0x800);
  for (const e of entries) {
    const first = e.text.charCodeAt(0);
    const bucket = byFirst.get(first);
    if (bucket) bucket.push(e);
    else byFirst.set(first, [e]);
    starts[first >>> 5] |= 1 << (first & 31);
  }
  return { byFirst, starts };
}

/** the index of a `shared` list, built once per list */
export function sharedIndex(shared: readonly ProtectedEntry[]): FirstCharIndex {
  let index = sharedIndexes.get(shared);
  if (index === undefined) {
    index = firstCharIndex(shared);
    sharedIndexes.set(shared, index);
  }
  return index;
}
