// The narrative-sum claim finder as it was before issue 11 (quadratic on one long sentence of claims):
// the reference that the linear finder in src/rules/narrative-sum.ts must agree with. Test-only.
import { pieceEnd } from '@xxgk-lint/core';

const UNITS = '条|件|个|篇|项|次|期|场|份|家|批';
const TOTAL = new RegExp(`(\\d+)(${UNITS})[，,。；;]?其中[，,]?`, 'g');
const SEPARATOR = /[，,；;、]/;
const APPROXIMATE = /余|约|左右|以上|超过|近|多/;
/** "约150条", "超过150条", "近200件": a round figure, not a sum */
const APPROXIMATE_BEFORE = /(约|近|超过|逾|多达|大约)$/;
const EXHAUSTIVE = /其他|其余|其它/;
const NEW_TOTAL = /共|合计|累计|总计/;

interface Item {
  value: number;
  text: string;
}

export interface SumClaim {
  total: number;
  unit: string;
  items: Item[];
  exhaustive: boolean;
  /** [start, end) in the prose value */
  span: [number, number];
}

/** brackets and what they hold replaced by spaces, the length kept */
function blankBrackets(clause: string): string {
  return clause.replace(/[（(][^（()）]*[)）]/g, (b) => ' '.repeat(b.length));
}

/** "共N条，其中a条、b条……" claims in normalised prose. */
export function findSumClaims(text: string): SumClaim[] {
  const claims: SumClaim[] = [];
  for (const m of text.matchAll(TOTAL)) {
    const total = Number(m[1]);
    const unit = m[2];
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0))) continue;
    const clauseStart = (m.index ?? 0) + m[0].length;
    const end = pieceEnd(text, clauseStart);
    // a list the text stops inside (an excerpt cut mid-sentence) may go on: it is not checked
    if (end === text.length) continue;
    // "部门财务信息2条（其中部门预算1条、部门决算1条）": a bracketed breakdown of one item is not an item
    const clause = blankBrackets(text.slice(clauseStart, end));
    const pieces: { text: string; sep: string }[] = [];
    let from = 0;
    const hasCount = new RegExp(`\\d+(${UNITS})`);
    for (let i = 0; i <= clause.length; i++) {
      if (i === clause.length || SEPARATOR.test(clause[i])) {
        // "安全生产、应急管理类6条": a name joined by 、 is one item
        if (clause[i] === '、' && !hasCount.test(clause.slice(from, i))) continue;
        pieces.push({ text: clause.slice(from, i), sep: clause[i] ?? '' });
        from = i + 1;
      }
    }
    const items: Item[] = [];
    let cursor = clauseStart;
    // "其中自然人40件、法人6件，办结46件": a list begun with 、 ends at the first ， or ；
    const listSeparator = pieces[0]?.sep;
    let itemsEnd = clauseStart;
    let approximate = false;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p];
      const numbersInPiece = [...piece.text.matchAll(new RegExp(`(\\d+)(${UNITS})`, 'g'))].filter((n) => n[2] === unit);
      if (numbersInPiece.length !== 1) break;
      // "…46件，其中…" and "…共计864条" start a new total, not an item
      if (pieces[p + 1]?.text.startsWith('其中') || (NEW_TOTAL.test(piece.text) && !EXHAUSTIVE.test(piece.text))) break;
      const numberAt = numbersInPiece[0].index ?? 0;
      if (APPROXIMATE.test(piece.text.slice(numberAt + numbersInPiece[0][1].length))) approximate = true;
      if (APPROXIMATE_BEFORE.test(piece.text.slice(0, numberAt))) approximate = true;
      items.push({ value: Number(numbersInPiece[0][1]), text: piece.text });
      // the claim ends at the last item, not at the separator after it
      itemsEnd = cursor + piece.text.length;
      cursor += piece.text.length + (piece.sep ? 1 : 0);
      if (!piece.sep) break;
      if (listSeparator === '、' && piece.sep !== '、') break;
    }
    if (items.length < 2 || approximate) continue;
    claims.push({
      total,
      unit,
      items,
      exhaustive: items.some((i) => EXHAUSTIVE.test(i.text)),
      span: [m.index ?? 0, itemsEnd],
    });
  }
  return claims;
}

