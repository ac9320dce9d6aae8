import type { Rule } from '@xxgk-lint/core';
import { pieceEnd } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { plus, sum } from '../util.js';

const UNITS = '条|件|个|篇|项|次|期|场|份|家|批';
const TOTAL = new RegExp(`(?<!\\d)(\\d+)(${UNITS})[，,。；;]?其中[，,]?`, 'g');
/** a count in one piece of a clause: "自然人40件" */
const COUNT = new RegExp(`(?<!\\d)(\\d+)(${UNITS})`, 'g');
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

const UNIT_CHARS = new Set(UNITS.split('|'));
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** where each character's innermost bracket pair "（…）" (no bracket between) opens and closes; -1 outside one */
interface Brackets {
  opener: Int32Array;
  closer: Int32Array;
}

/**
 * One pass over the text: a clause text[s, e) blanks exactly the pairs that
 * open at or after s and close before e, so every claim reads the same table.
 */
function innermostBrackets(text: string): Brackets {
  const opener = new Int32Array(text.length).fill(-1);
  const closer = new Int32Array(text.length).fill(-1);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // （ ( and ) ）, compared by code unit: no one-character string per character
    if (code === 0xff08 || code === 0x28) open = i;
    else if (code === 0x29 || code === 0xff09) {
      if (open >= 0) {
        opener.fill(open, open, i + 1);
        closer.fill(i, open, i + 1);
      }
      open = -1;
    }
  }
  return { opener, closer };
}

interface Piece {
  text: string;
  sep: string;
}

/**
 * The clause text[from, end) cut at ， ； 、 (a name joined by 、 without a count
 * is one item: "安全生产、应急管理类6条"), with "部门财务信息2条（其中部门预算1条、部门决算1条）"'s
 * bracketed breakdown blanked, one piece at a time: a claim reads only as many
 * pieces as it has items, however long the sentence.
 */
function* clausePieces(text: string, from: number, end: number, { opener, closer }: Brackets): Generator<Piece> {
  let piece = '';
  let counted = false;
  for (let i = from; i <= end; i++) {
    const ch = i === end ? undefined : opener[i] >= from && closer[i] < end ? ' ' : text[i];
    if (ch === undefined || SEPARATOR.test(ch)) {
      if (ch === '、' && !counted) {
        piece += ch;
        continue;
      }
      yield { text: piece, sep: ch ?? '' };
      piece = '';
      counted = false;
      continue;
    }
    if (UNIT_CHARS.has(ch) && isDigit(piece[piece.length - 1])) counted = true;
    piece += ch;
  }
}

/** "共N条，其中a条、b条……" claims in normalised prose. */
export function findSumClaims(text: string): SumClaim[] {
  const claims: SumClaim[] = [];
  // built at the first claim: most texts have none
  let brackets: Brackets | undefined;
  // the sentence end found last: later claims in the same sentence share it (no re-scan of a long sentence)
  let sentenceEnd = -1;
  for (const m of text.matchAll(TOTAL)) {
    const total = Number(m[1]);
    const unit = m[2];
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0))) continue;
    const clauseStart = (m.index ?? 0) + m[0].length;
    if (clauseStart > sentenceEnd) sentenceEnd = pieceEnd(text, clauseStart);
    const end = sentenceEnd;
    // a list the text stops inside (an excerpt cut mid-sentence) may go on: it is not checked
    if (end === text.length) continue;
    brackets ??= innermostBrackets(text);
    const pieces = clausePieces(text, clauseStart, end, brackets);
    const items: Item[] = [];
    let cursor = clauseStart;
    let itemsEnd = clauseStart;
    let approximate = false;
    // "其中自然人40件、法人6件，办结46件": a list begun with 、 ends at the first ， or ；
    let listSeparator: string | undefined;
    let piece = pieces.next().value;
    while (piece) {
      const next = pieces.next().value;
      listSeparator ??= piece.sep;
      const numbersInPiece = [...piece.text.matchAll(COUNT)].filter((n) => n[2] === unit);
      if (numbersInPiece.length !== 1) break;
      // "…46件，其中…" and "…共计864条" start a new total, not an item
      if (next?.text.startsWith('其中') || (NEW_TOTAL.test(piece.text) && !EXHAUSTIVE.test(piece.text))) break;
      const numberAt = numbersInPiece[0].index ?? 0;
      if (APPROXIMATE.test(piece.text.slice(numberAt + numbersInPiece[0][1].length))) approximate = true;
      if (APPROXIMATE_BEFORE.test(piece.text.slice(0, numberAt))) approximate = true;
      items.push({ value: Number(numbersInPiece[0][1]), text: piece.text });
      // the claim ends at the last item, not at the separator after it
      itemsEnd = cursor + piece.text.length;
      cursor += piece.text.length + (piece.sep ? 1 : 0);
      if (!piece.sep) break;
      if (listSeparator === '、' && piece.sep !== '、') break;
      piece = next;
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

export const narrativeSum: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '文字中“共N条，其中a条、b条……”的各项之和与总数一致',
      url: docsUrl('narrative-sum'),
      basis: ['怀化市 2022 年通知：“数据精确”', '国办公开办函〔2021〕30号（总体情况须有数据支撑）'],
      category: 'consistency',
    },
    messages: {
      over: '“共{{total}}{{unit}}，其中……”各项之和 {{expression}} = {{sum}}，超过了总数 {{total}}：请核对总数或各项。',
      exhaustive: '“共{{total}}{{unit}}，其中……”已列到“其他”，各项之和 {{expression}} = {{sum}}，却不等于总数 {{total}}：请核对总数或各项。',
      under: '“共{{total}}{{unit}}，其中……”列出的各项之和 {{expression}} = {{sum}}，少于总数 {{total}}：如果没有列全，可补上“其他”项；否则请核对数字。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const prose = report.prose;
        for (const claim of findSumClaims(prose.value)) {
          const values = claim.items.map((i) => i.value);
          const s = sum(values);
          if (s === claim.total) continue;
          const messageId = s > claim.total ? 'over' : claim.exhaustive ? 'exhaustive' : 'under';
          context.report({
            messageId,
            data: { total: claim.total, unit: claim.unit, expression: plus(values), sum: s },
            range: prose.toRange(claim.span[0], claim.span[1]),
            severity: messageId === 'under' ? 'warn' : undefined,
          });
        }
      },
    };
  },
};
