/**
 * Sentences of normalised prose that say every application was completed
 * ("所有申请均已办结", "均已办理完毕", "已全部答复"), and counts the text gives of
 * applications carried forward ("结转下年度办理1件").
 *
 * Only claims of completion count. "均在规定时限内答复" / "均已按期答复" say the
 * answers were timely, not that none is left: 答复 counts only with 全部
 * ("已全部答复"), 办结 and 办理完毕 with 均/全部/都 before them.
 */
import type { BreakOptions } from '@xxgk-lint/core';
import { pieceEnd, pieceStart } from '@xxgk-lint/core';

export interface CompletionClaim {
  /** index of the predicate ("均已办结") in the text */
  index: number;
  length: number;
  /** the clause as written, from its start to the end of the predicate */
  quote: string;
}

const DONE = /(?:均|全部|都|悉数)(?:已经|已)?[^。；;，,！!？?]{0,10}?(?:办结|办理完毕|办理完成|办理完|处理完毕|处理完成|答复完毕)|(?:已全部|全部已|均已全部)(?:予以)?答复/g;
/** "均未办结", "尚未全部办结": not a claim of completion */
const NEGATED = /未|没有|不能|无法/;
/** "除1件结转下年度外，其余均已办结": the rest, not all ("上年结转1件" is no exception) */
const EXCEPT = /其余|其他|除|另有|结转(?:至|到)?下|尚有|仍有/;
/** completion said of something else than applications for information */
const OTHER_OBJECT = /复议|诉讼|留言|信件|来信|热线|建议|提案|咨询|投诉|信访|事项|工单/;
/** the paragraph before the claim names applications for information */
const ABOUT_APPLICATIONS = /信息公开申请|公开申请|依申请|申请公开/;

/** the claim's clauses: from the last 。；(;) or line break; its clause from the last comma too */
const SENTENCE: BreakOptions = { exclamations: false, semicolons: true };
const CLAUSE: BreakOptions = { ...SENTENCE, commas: true };
/** what follows a claim up to its 。 */
const FULL_STOP: BreakOptions = { exclamations: false, lineBreaks: false };

export function completionClaims(text: string): CompletionClaim[] {
  const out: CompletionClaim[] = [];
  for (const m of text.matchAll(DONE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const sentence = pieceStart(text, at, SENTENCE);
    const clause = pieceStart(text, at, CLAUSE);
    const before = text.slice(sentence, at);
    if (NEGATED.test(m[0]) || NEGATED.test(text.slice(clause, at))) continue;
    if (EXCEPT.test(before) || EXCEPT.test(text.slice(end, pieceEnd(text, end, FULL_STOP)))) continue;
    // the object is what the sentence speaks of: applications, and nothing else in the clauses before the claim
    if (!/申请/.test(before) || OTHER_OBJECT.test(before)) continue;
    const paragraph = Math.max(text.lastIndexOf('\n', at - 1) + 1, sentence - 120);
    if (!ABOUT_APPLICATIONS.test(text.slice(paragraph, end))) continue;
    out.push({ index: at, length: m[0].length, quote: text.slice(clause, end) });
  }
  return out;
}

const FORWARD_AFTER = /结转(?:至|到)?下一?年度?(?:继续)?(?:办理|处理)?[^。；;，,\d]{0,4}?(\d+)件/g;
const FORWARD_BEFORE = /(?<!\d)(\d+)件[^。；;，,\d]{0,8}?结转(?:至|到)?下一?年度?/g;

/** the first count of applications carried forward that the text gives (N > 0), with its place */
export function statedCarriedForward(text: string): { count: number; index: number; length: number } | null {
  for (const re of [FORWARD_AFTER, FORWARD_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const count = Number(m[1]);
      if (count > 0) return { count, index: m.index ?? 0, length: m[0].length };
    }
  }
  return null;
}
