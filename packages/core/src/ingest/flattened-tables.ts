import type { NormalizedText } from '../text/normalize.js';
import { foldWidth, normalizeRange } from '../text/normalize.js';
import type { DigitPiece } from './digit-splits.js';
import { tokensOf } from './digit-splits.js';
import type { RowRun, Solution } from './flattened-solve.js';
import { solveTable3, solveTable4, solveWithoutIdentities } from './flattened-solve.js';
import type { FlattenedKind, Template, TemplateToken } from './flattened-templates.js';
import { TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021, TABLE4_HEADER } from './flattened-templates.js';
import type { CellSpan } from '../formats/types.js';
import type { TextTableBlock } from './text-table-block.js';

/** a standard table recovered from running text; offsets are into the original text */
export interface FlattenedBlock extends TextTableBlock {
  kind: 'flattened';
  table: FlattenedKind;
  /** why its digits could not all be read (Chinese); empty when every cell is certain */
  problems: string[];
}

/** the form labels are matched in: widths folded, 、 as "," (one character for one, so indices hold) */
const keyOf = (s: string) => foldWidth(s).replace(/、/g, ',');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/**
 * A label's pattern: its numbering ("2.", "（三）", "四、") may be missing, a
 * trailing remark in brackets ("（区分处理的，只计这一情形…）") may be
 * shortened or missing, quotes may be missing.
 */
function labelPattern(label: string): RegExp {
  const cached = patterns.get(label);
  if (cached) return cached;
  let k = keyOf(label.replace(/\s+/g, ''));
  let numbering = '';
  const n = /^(\d+)[.,]|^\(([一二三四五六七八九十])\)|^([一二三四五六七八九十]),/.exec(k);
  if (n) {
    if (n[1]) numbering = `(?:${n[1]}[.,])?`;
    else if (n[2]) numbering = `(?:\\(${n[2]}\\))?`;
    else numbering = `(?:${n[3]}[,.])?`;
    k = k.slice(n[0].length);
  }
  let remark = '';
  const r = /\([^()]*\)$/.exec(k);
  if (r && r.index > 0 && !k.startsWith('第二十条')) {
    remark = '(?:\\([^()0-9]{0,40}\\))?';
    k = k.slice(0, r.index);
  }
  const core = escape(k).replace(/"/g, '"?');
  const re = new RegExp(numbering + core + remark);
  patterns.set(label, re);
  return re;
}

interface Hit {
  token: TemplateToken;
  start: number;
  end: number;
}

interface TemplateMatch {
  template: Template;
  hits: Hit[];
  /** the next token that was not found, when the sequence broke off */
  missing?: TemplateToken;
  /** after the last hit: where its digits end */
  digitsEnd: number;
  /** where the table's text ends (a unit after the last digits: "…47.43元") */
  end: number;
  /** the last row's digits are followed by a word that may belong to them ("…00002023年") */
  openEnd?: string;
}

const GAP_HEADER = 80;
const gapLimit = (prev: TemplateToken) => (prev.row ? prev.row.cells * 8 + 8 : GAP_HEADER);

/** a 表二 value may carry a note in brackets, as "50（营业执照）" */
const CELL_NOTE = /\([^()0-9]{1,20}\)$/;

function digitGap(kind: FlattenedKind): RegExp {
  return kind === 'table2' ? /^[0-9 .-]*(?:\([^()0-9]{1,20}\))?$/ : /^[0-9 ]*$/;
}

function findNext(key: string, cursor: number, prev: TemplateToken, token: TemplateToken, kind: FlattenedKind): Hit | null {
  const window = key.slice(cursor, cursor + gapLimit(prev) + token.label.length + 45);
  const m = labelPattern(token.label).exec(window);
  if (!m) return null;
  const start = cursor + m.index;
  const gap = key.slice(cursor, start);
  if (prev.row ? !digitGap(kind).test(gap) : /[0-9]/.test(gap) || gap.length > GAP_HEADER) return null;
  return { token, start, end: start + m[0].length };
}

function matchTemplate(key: string, anchor: number, template: Template): TemplateMatch {
  const first = template.tokens[0];
  const hits: Hit[] = [{ token: first, start: anchor, end: anchor + keyOf(first.label).length }];
  let missing: TemplateToken | undefined;
  for (const token of template.tokens.slice(1)) {
    const prev = hits[hits.length - 1];
    const hit = findNext(key, prev.end, prev.token, token, template.kind);
    if (hit) hits.push(hit);
    else if (!token.optional) {
      missing = token;
      break;
    }
  }
  const last = hits[hits.length - 1];
  let end = last.end;
  let digitsEnd = end;
  let openEnd: string | undefined;
  if (last.token.row) {
    const allowed = digitGap(template.kind);
    let e = end;
    while (e < key.length && e - last.end < gapLimit(last.token) && allowed.test(key[e])) e++;
    while (e > end && key[e - 1] === ' ') e--;
    end = e;
    digitsEnd = e;
    const after = key.slice(end, end + 2);
    if (template.kind === 'table2' && /^万元|^元/.test(after)) end += after.startsWith('万') ? 2 : 1;
    else if (/^[年月日件条次个项%]/.test(after) && end > last.end) openEnd = after[0];
  }
  return { template, hits, digitsEnd, end, ...(missing ? { missing } : {}), ...(openEnd ? { openEnd } : {}) };
}

const rowCount = (m: TemplateMatch) => m.hits.filter((h) => h.token.row).length;

function bestMatch(key: string, anchor: number, templates: Template[]): TemplateMatch | null {
  let best: TemplateMatch | null = null;
  for (const t of templates) {
    const m = matchTemplate(key, anchor, t);
    if (rowCount(m) < t.minRows) continue;
    if (!best || m.hits.length > best.hits.length) best = m;
  }
  return best;
}

// ------------------------------------------------------------------ cells

class LineCells {
  constructor(
    private readonly text: string,
    private readonly norm: NormalizedText,
    private readonly key: string,
  ) {}

  span(start: number, end: number): CellSpan {
    const [s, e] = this.norm.toRange(start, end);
    return { text: this.text.slice(s, e), start: s, end: e };
  }

  digits(piece: DigitPiece): CellSpan {
    return this.span(piece.start, piece.end);
  }

  /** header text cut into the header words it is made of; other text stays one cell */
  header(start: number, end: number, vocabulary: string[]): CellSpan[] {
    const words = vocabulary.map(keyOf).sort((a, b) => b.length - a.length);
    const cells: CellSpan[] = [];
    let unknown = -1;
    let i = start;
    while (i < end) {
      const w = words.find((word) => this.key.startsWith(word, i) && i + word.length <= end);
      if (!w) {
        if (unknown < 0) unknown = i;
        i++;
        continue;
      }
      if (unknown >= 0) cells.push(this.span(unknown, i));
      unknown = -1;
      cells.push(this.span(i, i + w.length));
      i += w.length;
    }
    if (unknown >= 0) cells.push(this.span(unknown, end));
    return cells;
  }
}

/** the row's digits, and where a note after them ends */
function runOf(key: string, token: TemplateToken, from: number, to: number): { run: RowRun; noteEnd?: number } {
  const r = token.row!;
  const note = /[0-9]/.test(key.slice(from, to)) ? CELL_NOTE.exec(key.slice(from, to)) : null;
  const digitsEnd = note ? from + note.index : to;
  const run: RowRun = { id: r.id, name: r.name, cells: r.cells, ...(r.options ? { options: r.options } : {}), tokens: tokensOf(key.slice(from, digitsEnd), from) };
  return note ? { run, noteEnd: to } : { run };
}

function solve(match: TemplateMatch, runs: RowRun[]): Solution {
  if (match.template.kind === 'table3') return solveTable3(runs, match.template.layout, !match.missing && !match.openEnd);
  return solveWithoutIdentities(runs);
}

function blockOf(table: FlattenedKind, rows: CellSpan[][], start: number, end: number, problems: string[], cells: LineCells, line: number): FlattenedBlock {
  const range = cells.span(start, end);
  return { kind: 'flattened', table, firstLine: line, lastLine: line, start: range.start, end: range.end, rows, problems };
}

/** rows of cells and the problems of a 表二/表三 read from a template match */
function buildFromMatch(match: TemplateMatch, key: string, cells: LineCells, lead: CellSpan[][]): { rows: CellSpan[][]; problems: string[] } {
  const { hits, template } = match;
  const runs: RowRun[] = [];
  const noteEnds: (number | undefined)[] = [];
  const runEnds = hits.map((h, i) => (i + 1 < hits.length ? hits[i + 1].start : match.digitsEnd));
  hits.forEach((h, i) => {
    if (!h.token.row) return;
    const { run, noteEnd } = runOf(key, h.token, h.end, match.openEnd && i === hits.length - 1 ? h.end : runEnds[i]);
    runs.push(run);
    noteEnds.push(noteEnd);
  });
  const solution = solve(match, runs);
  const problems = [...solution.problems];
  if (match.openEnd) {
    const last = hits[hits.length - 1].token.row!;
    const digits = key.slice(hits[hits.length - 1].end, match.digitsEnd);
    problems.push(`“${last.name}${digits}”后面紧跟“${match.openEnd}”，无法确定表格的数字在哪里结束`);
  }
  if (match.missing) {
    const last = hits[hits.length - 1].token;
    problems.push(`表格文字在“${last.row?.name ?? last.label}”之后中断，找不到“${match.missing.row?.name ?? match.missing.label}”`);
  }
  const rows: CellSpan[][] = [...lead];
  let run = 0;
  hits.forEach((h, i) => {
    const label = cells.span(h.start, h.end);
    if (!h.token.row) {
      rows.push([label, ...cells.header(h.end, runEnds[i], template.vocabulary)]);
      return;
    }
    const solved = solution.cells[run];
    const noteEnd = noteEnds[run];
    const r = runs[run++];
    if (solved) {
      const values = solved.map((p) => cells.digits(p));
      // the note stays with the value it explains: "50（营业执照）"
      if (noteEnd !== undefined) values[values.length - 1] = cells.span(solved[solved.length - 1].start, noteEnd);
      rows.push([label, ...values]);
    } else {
      // an uncut run shares one text cell with its label, so nothing reads it as a number
      rows.push([cells.span(h.start, noteEnd ?? (r.tokens.length > 0 ? r.tokens[r.tokens.length - 1].end : h.end))]);
    }
  });
  return { rows, problems };
}

const NOTE_BEFORE = /\([^()]{0,60}勾稽[^()]{0,60}\)$/;

function findTable2(key: string, cells: LineCells, line: number): FlattenedBlock[] {
  const out: FlattenedBlock[] = [];
  const anchor = keyOf(TABLE2_2021.tokens[0].label);
  for (let at = key.indexOf(anchor); at >= 0; at = key.indexOf(anchor, at + 1)) {
    const match = bestMatch(key, at, [TABLE2_2021, TABLE2_2019]);
    if (!match) continue;
    const { rows, problems } = buildFromMatch(match, key, cells, []);
    out.push(blockOf('table2', rows, at, match.end, problems, cells, line));
    at = match.end;
  }
  return out;
}

function findTable3(key: string, cells: LineCells, line: number): FlattenedBlock[] {
  const out: FlattenedBlock[] = [];
  const anchor = keyOf(TABLE3_2021.tokens[0].label);
  for (let at = key.indexOf(anchor); at >= 0; at = key.indexOf(anchor, at + 1)) {
    const match = bestMatch(key, at, [TABLE3_2021, TABLE3_2019]);
    if (!match) continue;
    const columns = key.slice(match.hits[0].end, match.hits[1].start);
    if (!columns.includes('自然人') || !columns.includes('总计')) continue;
    const note = NOTE_BEFORE.exec(key.slice(Math.max(0, at - 130), at));
    const start = note ? at - note[0].length : at;
    const lead = note ? [[cells.span(start, at)]] : [];
    const { rows, problems } = buildFromMatch(match, key, cells, lead);
    out.push(blockOf('table3', rows, start, match.end, problems, cells, line));
    at = match.end;
  }
  return out;
}

function findTable4(key: string, cells: LineCells, line: number): FlattenedBlock[] {
  const out: FlattenedBlock[] = [];
  const words = TABLE4_HEADER.vocabulary.map(keyOf).sort((a, b) => b.length - a.length);
  const anchor = keyOf(TABLE4_HEADER.anchor);
  for (let at = key.indexOf(anchor); at >= 0; at = key.indexOf(anchor, at + 1)) {
    let i = at;
    for (let w = words.find((x) => key.startsWith(x, i)); w && i - at < HEADER4_MAX; w = words.find((x) => key.startsWith(x, i))) i += w.length;
    const header = key.slice(at, i);
    if (!TABLE4_HEADER.required.every((r) => header.includes(keyOf(r)))) {
      // a later 行政复议 inside this run of header words has fewer of them
      at = Math.max(at, i - anchor.length);
      continue;
    }
    let e = i;
    while (e < key.length && e - i < 15 * 8 && /[0-9 ]/.test(key[e])) e++;
    while (e > i && key[e - 1] === ' ') e--;
    if (e === i) continue;
    const run: RowRun = { id: 'table4', name: '', cells: 15, tokens: tokensOf(key.slice(i, e), i) };
    const solution: Solution = /^[年月日件条次个项%]/.test(key[e] ?? '')
      ? { cells: [null], problems: [`“${key.slice(i, e)}”后面紧跟“${key[e]}”，无法确定表格的数字在哪里结束`] }
      : solveTable4(run);
    const solved = solution.cells[0];
    const data = solved ? solved.map((p) => cells.digits(p)) : [cells.span(i, e)];
    out.push(blockOf('table4', [cells.header(at, i, TABLE4_HEADER.vocabulary), data], at, e, solution.problems, cells, line));
    at = e;
  }
  return out;
}

/** 表四's header words run about 70 characters */
const HEADER4_MAX = 200;

const CANDIDATE_LINE = /第二十条|申请人情况|行政复议/;

/**
 * 表二/表三/表四 run together into the prose of a long line, as a site
 * crawler flattens a page: found by their label sequence, their digits cut
 * into cells only where that is certain (see flattened-solve.ts).
 */
export function findFlattenedTables(text: string, lines: readonly { line: number; start: number; end: number }[]): FlattenedBlock[] {
  const out: FlattenedBlock[] = [];
  for (const { line, start, end } of lines) {
    const raw = text.slice(start, end);
    if (!CANDIDATE_LINE.test(raw)) continue;
    const norm = normalizeRange(text, [start, end]);
    const key = keyOf(norm.folded);
    const cells = new LineCells(text, norm, key);
    const found = [...findTable2(key, cells, line), ...findTable3(key, cells, line), ...findTable4(key, cells, line)].sort((a, b) => a.start - b.start);
    let last = -1;
    for (const b of found) {
      if (b.start < last) continue;
      out.push(b);
      last = b.end;
    }
  }
  return out;
}
