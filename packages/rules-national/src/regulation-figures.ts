/**
 * Figures the text gives of the body's own 规章 and 行政规范性文件, in table
 * 二's terms: "全年制发规范性文件3件，废止1件，现行有效15件", "制定发布规范性文件4件,
 * 清理废止文件0件,现行有效文件20件", "现行有效的规范性文件16件".
 *
 * Only the body's own figures count: a clause that speaks of reviewing,
 * filing or guiding others' documents (审查, 备案, 各部门), of disclosing or
 * explaining them (公开, 解读), of a span of years (累计, 以来) or of last
 * year is not table 二's.
 */
import type { BreakOptions } from '@xxgk-lint/core';
import { pieceStart } from '@xxgk-lint/core';

export type Table2Column = 'issued' | 'repealed' | 'inForce';

export interface RegulationFigure {
  row: 'regulation' | 'normativeDocument';
  column: Table2Column;
  stated: number;
  /** index and length in the text of the phrase ("制发规范性文件3件") */
  index: number;
  length: number;
  /** the clause names the whole year's own work (全年, 本年, 我局…) */
  whole: boolean;
}

const NOUN = '(?:行政)?规范性文件|(?:政府)?规章';
/** longer verbs first: "制定发布" before "制定" */
const VERB = '制定出台|制定发布|制定印发|新制定|制定|制发|印发|出台|清理废止|宣布废止|废止|现行有效';
const COUNT = '(?:共计|共|合计)?(\\d+)件';
/** "制发规范性文件3件", "现行有效的规范性文件16件" */
const VERB_FIRST = new RegExp(`(${VERB})(?:的)?(${NOUN})${COUNT}`, 'g');
/** "规范性文件制发3件" */
const NOUN_FIRST = new RegExp(`(${NOUN})(${VERB})(?:的)?${COUNT}`, 'g');
/** after a figure: "，废止1件", "、现行有效文件20件" (the same kind of document) */
const FOLLOWING = new RegExp(`^[，,、；;]?(${VERB})(?:的)?(?:文件)?${COUNT}`);

const NOT_OWN = /审查|审核|备案|指导|督促|评估|各部门|各乡镇|各单位|各街道|下属|所属|起草|参与|配合|公开|公布|解读|累计|以来|历年|上年|去年|较|同比|征求意见|转发/;
/** 现行有效 is a stock "as of" a date: 截至 is its own, not another year's */
const NOT_OWN_FLOW = /截至|截止/;
const WHOLE = /全年|本年|今年|年内|我[省市区县镇乡局委办厅院署]|本(?:机关|单位|部门|级|镇|乡|街道)/;

const CLAUSE: BreakOptions = { exclamations: false, semicolons: true, commas: true };
/** how far back a clause is read (linear time on a text with no stops) */
const REACH = 80;

function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - REACH);
  return from + pieceStart(text.slice(from, at), at - from, CLAUSE);
}

function columnOf(verb: string): Table2Column {
  if (verb === '现行有效') return 'inForce';
  return /废止/.test(verb) ? 'repealed' : 'issued';
}

function rowOf(noun: string): RegulationFigure['row'] {
  return noun.includes('规范性文件') ? 'normativeDocument' : 'regulation';
}

export function regulationFigures(text: string): RegulationFigure[] {
  const out: RegulationFigure[] = [];
  const seen = new Set<number>();
  /** false: the clause is not about the body's own documents; else whether it names the whole year's work */
  const add = (row: RegulationFigure['row'], verb: string, stated: string, index: number, length: number, clauseFrom: number, whole?: boolean): boolean | null => {
    if (seen.has(index)) return null;
    const column = columnOf(verb);
    const clause = text.slice(clauseFrom, index + length);
    if (NOT_OWN.test(clause) || (column !== 'inForce' && NOT_OWN_FLOW.test(clause))) return null;
    seen.add(index);
    const isWhole = whole ?? WHOLE.test(clause);
    out.push({ row, column, stated: Number(stated), index, length, whole: isWhole });
    return isWhole;
  };
  const found: { row: RegulationFigure['row']; verb: string; stated: string; index: number; end: number }[] = [];
  for (const m of text.matchAll(VERB_FIRST)) found.push({ row: rowOf(m[2]), verb: m[1], stated: m[3], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(NOUN_FIRST)) found.push({ row: rowOf(m[1]), verb: m[2], stated: m[3], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  found.sort((a, b) => a.index - b.index);
  for (const f of found) {
    const whole = add(f.row, f.verb, f.stated, f.index, f.end - f.index, clauseStart(text, f.index));
    if (whole === null) continue;
    // the figures that follow it in a list speak of the same documents, in the same scope
    let end = f.end;
    for (let k = 0; k < 2; k++) {
      const next = FOLLOWING.exec(text.slice(end, end + 24));
      if (!next) break;
      const at = end + (/^[，,、；;]/.test(next[0]) ? 1 : 0);
      add(f.row, next[1], next[2], at, end + next[0].length - at, at, whole);
      end += next[0].length;
    }
  }
  return out;
}
