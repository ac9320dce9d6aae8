import { labelKey } from '../../text/normalize.js';

const NUMBERING = /^(\d+[.,、]|\(\d+\)|\([一二三四五六七]\)|[一二三四]、|[一二三四],)/;

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** agreements asked for again and again (the same national labels in report after report): kept, up to this many */
const AGREEMENTS_KEPT = 20_000;
const agreements = new Map<string, number>();

/** how much of a written label (possibly a fragment) belongs to the canonical one, 0–1 */
export function labelAgreement(written: string, canonical: string): number {
  const key = `${written}\u0000${canonical}`;
  let agreement = agreements.get(key);
  if (agreement === undefined) {
    agreement = computeAgreement(written, canonical);
    if (agreements.size >= AGREEMENTS_KEPT) agreements.clear();
    agreements.set(key, agreement);
  }
  return agreement;
}

function computeAgreement(written: string, canonical: string): number {
  const w = labelKey(written);
  const c = labelKey(canonical);
  const wNum = /^(\d+)[.,、]/.exec(w)?.[1];
  const cNum = /^(\d+)[.,、]/.exec(c)?.[1];
  if (wNum && cNum && wNum !== cNum) return 0;
  const core = w.replace(NUMBERING, '');
  const canonicalCore = c.replace(NUMBERING, '');
  if (core.length === 0) return 1;
  if (canonicalCore.includes(core)) return 1;
  const grams = bigrams(core);
  if (grams.length === 0) return 0;
  const pool = new Set(bigrams(canonicalCore));
  return grams.filter((g) => pool.has(g)).length / grams.length;
}
