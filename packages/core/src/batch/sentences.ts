/**
 * A report's sentences as 32-bit hashes, for copy detection across a batch:
 * compact (a few hundred numbers a report), and the text never leaves the
 * worker. Digits are folded ("2023年" = "2024年") and quotes/brackets/spaces
 * dropped, as copied-text compares years.
 */
import { CLAUSES, splitPieces } from '../text/sentences.js';

/** clauses shorter than this (after folding) say too little to count as copied */
export const MIN_SENTENCE_LENGTH = 8;

function keyOf(sentence: string): string {
  return sentence.replace(/[0-9０-９]+/g, '#').replace(/[\s“”"'‘’（）()《》]/g, '');
}

/** FNV-1a, 32 bits */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** the distinct sentence hashes of a prose text, sorted */
export function sentenceHashes(prose: string): number[] {
  const hashes = new Set<number>();
  for (const piece of splitPieces(prose, CLAUSES)) {
    const key = keyOf(piece.text);
    if (key.length >= MIN_SENTENCE_LENGTH) hashes.add(hash32(key));
  }
  return [...hashes].sort((a, b) => a - b);
}
