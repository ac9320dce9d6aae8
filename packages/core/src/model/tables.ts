import type { Table } from 'mdast';
import { labelKey } from '../text/normalize.js';
import { isValueLike, parseCell } from './cell.js';
import type { GridCell, GridRow } from './grid.js';
import { tableGrid } from './grid.js';
import { TABLE2_LABELS, TABLE2_TRIAL_ROWS, TABLE3_ROWS_2019, TABLE3_ROWS_2021 } from '../vocabulary/labels.js';
import type { Cell, Range, Table2, Table2Row, Table2TrialRow, Table3, Table3RowData, Table4, TableKind, TextSpan } from './types.js';

interface Source {
  node: Table;
  rows: GridRow[];
}

const T3_WORDS = ['本年新收', '上年结转', '办理结果', '结转下年度', '予以公开', '不予公开', '无法提供', '不予处理'];
const T2_LABEL_KEYS: Record<string, Table2Row> = Object.fromEntries(
  Object.entries(TABLE2_LABELS).map(([k, v]) => [labelKey(v), k as Table2Row]),
);
const T2_TRIAL_WORDS = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|第二十条第\(九\)项|政府集中采购|采购项目数量|其他对外管理服务事项/;

function textKey(rows: GridRow[]): string {
  return rows.map((r) => r.cells.map((c) => labelKey(c.text)).join('|')).join('\n');
}

/**
 * Trailing value cells of a data row: the last n after dropping trailing
 * blanks. Mostly numbers; a stray word in a value cell ("详见附件") keeps the
 * row a data row, so that cell-value can point at it.
 */
function trailingValues(row: GridRow, n: number): { values: Cell[]; labels: GridCell[] } | null {
  const cells = [...row.cells];
  while (cells.length > 0 && cells[cells.length - 1].text === '') cells.pop();
  if (cells.length < n) return null;
  const values = cells.slice(cells.length - n).map((c) => parseCell(c.text, c.range));
  const numbers = values.filter((v) => v.kind === 'number').length;
  const words = values.filter((v) => !isValueLike(v)).length;
  if (numbers === 0 || words > 1 || (words === 1 && numbers < n - 2)) return null;
  if (words === 1 && values[0].kind === 'text' && cells.length === n) return null;
  return { values, labels: cells.slice(0, cells.length - n).filter((c) => c.text !== '') };
}

export function classifyTable(rows: GridRow[]): TableKind | null {
  const key = textKey(rows);
  const t3Hits = T3_WORDS.filter((w) => key.includes(w)).length;
  if (t3Hits >= 2) return 'table3';
  const t2Hits = rows.filter((r) => r.cells.some((c) => labelKey(c.text) in T2_LABEL_KEYS)).length;
  if (t2Hits >= 2 || (t2Hits >= 1 && key.includes('第二十条'))) return 'table2';
  if (/复议|诉讼/.test(key) || rows.some((r) => isTable4DataRow(r))) return 'table4';
  return null;
}

/** "列1", "Column 2": the heads a converter gives a table piece whose header row it lost */
const PLACEHOLDER_HEAD = /^(列|栏|Column|Col\.?)\s*\d+$/i;

/** every non-empty cell of the rows that is not one of the given value cells, nor a converter's placeholder head */
function labelCellsOf(rows: GridRow[], values: Cell[]): TextSpan[] {
  const taken = new Set(values.map((v) => `${v.range[0]}:${v.range[1]}`));
  const isLabel = (c: GridCell) => c.text !== '' && !taken.has(`${c.range[0]}:${c.range[1]}`) && !PLACEHOLDER_HEAD.test(c.text.trim());
  return rows.flatMap((r) => r.cells.filter(isLabel).map((c) => ({ text: c.text, range: c.range })));
}

function tableRange(sources: Source[]): Range {
  const first = sources[0].node.position;
  const last = sources[sources.length - 1].node.position;
  return [first?.start.offset ?? 0, last?.end.offset ?? 0];
}

// ------------------------------------------------------------------ table 二

const T2_TRIAL_KEYS: Record<string, Table2TrialRow> = Object.fromEntries(TABLE2_TRIAL_ROWS.map((r) => [labelKey(r.label), r.key]));
const T2_TRIAL_SPEC = Object.fromEntries(TABLE2_TRIAL_ROWS.map((r) => [r.key, r])) as Record<Table2TrialRow, (typeof TABLE2_TRIAL_ROWS)[number]>;
const T2_TRIAL_COLUMNS = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|采购项目数量|采购总金额/;
const T2_NATIONAL_COLUMNS = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/;
/** the trial rows whose 处理决定数量 (the third column) is the 2021 本年处理决定数量 */
const T2_SAME_IN_BOTH: Table2Row[] = ['license', 'penalty', 'enforcement'];

/**
 * The first `width` cells after the label. A merged cell (a label or a value
 * spanning two columns) leaves an empty slot beside its text: when the slots
 * taken hold one but the row has exactly `width` filled cells after the label,
 * all of them numbers or placeholders, those are the values.
 */
function valueCells(after: GridCell[], width: number): Cell[] {
  const slots = after.slice(0, width).map((c) => parseCell(c.text, c.range));
  if (!slots.some((c) => c.kind === 'blank')) return slots;
  const filled = after.filter((c) => c.text !== '').map((c) => parseCell(c.text, c.range));
  return filled.length === width && filled.every(isValueLike) ? filled : slots;
}

function widthProblem(label: string, cells: Cell[] | undefined, width: number): string | null {
  if (!cells) return `找不到“${label}”行`;
  if (cells.length < width) return `“${label}”行应有 ${width} 个数，只读到 ${cells.length} 个`;
  const text = cells.find((c) => c.kind === 'text');
  return text ? `“${label}”行有无法读成数字的内容“${text.raw}”` : null;
}

export function readTable2(sources: Source[]): Table2 {
  const table: Table2 = {
    type: 'Table',
    kind: 'table2',
    confidence: 'high',
    found: sources.length > 1 ? 'merged' : 'table',
    problems: [],
    nodes: sources.map((s) => s.node),
    range: tableRange(sources),
    rows: {},
    labels: {},
    trialLayout: false,
    labelCells: [],
    dataRows: [],
  };
  const allRows = sources.flatMap((s) => s.rows);
  const key = textKey(allRows);
  table.trialLayout = T2_TRIAL_WORDS.test(key);
  // a trial table is read in its own columns; one that mixes in the 2021 columns is read as 2021
  const trial: Partial<Record<Table2TrialRow, Cell[]>> | null = table.trialLayout && T2_TRIAL_COLUMNS.test(key) && !T2_NATIONAL_COLUMNS.test(key) ? {} : null;
  for (const row of allRows) {
    const labelIndex = row.cells.findIndex((c) => c.text !== '');
    if (labelIndex < 0) continue;
    const label = row.cells[labelIndex];
    const written = labelKey(label.text);
    // the trial format's "规范性文件", and a 2021 table that kept it, are the 行政规范性文件 row
    const rowKey = T2_LABEL_KEYS[written] ?? (written === '规范性文件' ? 'normativeDocument' : undefined);
    const rest = row.cells.slice(labelIndex + 1);
    while (rest.length > 0 && rest[rest.length - 1].text === '') rest.pop();
    const values = rest.map((c) => parseCell(c.text, c.range));
    if (values.some((v) => v.kind === 'number')) {
      table.dataRows.push({ label: { text: label.text, range: label.range }, ...(rowKey && !table.labels[rowKey] ? { key: rowKey } : {}), values, range: row.range });
    }
    const after = row.cells.slice(labelIndex + 1);
    if (trial) {
      const trialKey = T2_TRIAL_KEYS[written] ?? rowKey;
      if (!trialKey || trial[trialKey]) continue;
      trial[trialKey] = valueCells(after, T2_TRIAL_SPEC[trialKey].columns.length);
      if (rowKey) table.labels[rowKey] = { text: label.text, range: label.range };
      continue;
    }
    if (!rowKey || table.rows[rowKey]) continue;
    table.rows[rowKey] = valueCells(after, rowKey === 'regulation' || rowKey === 'normativeDocument' ? 3 : 1);
    table.labels[rowKey] = { text: label.text, range: label.range };
  }
  if (trial) {
    table.trial = trial;
    for (const k of T2_SAME_IN_BOTH) {
      const decisions = trial[k]?.[2];
      if (decisions) table.rows[k] = [decisions];
    }
    for (const spec of TABLE2_TRIAL_ROWS) {
      const problem = widthProblem(spec.label, trial[spec.key], spec.columns.length);
      if (problem) table.problems.push(problem);
    }
  } else {
    for (const [k, label] of Object.entries(TABLE2_LABELS) as [Table2Row, string][]) {
      const problem = widthProblem(label, table.rows[k], k === 'regulation' || k === 'normativeDocument' ? 3 : 1);
      if (problem) table.problems.push(problem);
    }
  }
  if (table.problems.length > 0) table.confidence = 'low';
  table.labelCells = labelCellsOf(allRows, table.dataRows.flatMap((r) => r.values));
  return table;
}

// ------------------------------------------------------------------ table 三

const NUMBERING = /^(\d+[.,、]|\(\d+\)|\([一二三四五六七]\)|[一二三四]、|[一二三四],)/;

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** how much of a written label (possibly a fragment) belongs to the canonical one, 0–1 */
export function labelAgreement(written: string, canonical: string): number {
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
  if (grams.length === 0) return canonicalCore.includes(core) ? 1 : 0;
  const pool = new Set(bigrams(canonicalCore));
  return grams.filter((g) => pool.has(g)).length / grams.length;
}

export function readTable3(sources: Source[]): Table3 {
  const allRows = sources.flatMap((s) => s.rows);
  const table: Table3 = {
    type: 'Table',
    kind: 'table3',
    confidence: 'high',
    found: sources.length > 1 ? 'merged' : 'table',
    problems: [],
    nodes: sources.map((s) => s.node),
    range: tableRange(sources),
    layout: '2021',
    rows: {},
    order: [],
    hasReconciliationNote: textKey(allRows).includes('勾稽'),
    labelCells: [],
    dataRows: [],
  };
  const note = reconciliationNoteOf(allRows);
  if (note) table.reconciliationNote = note;
  const data: { values: Cell[]; labels: GridCell[]; row: GridRow }[] = [];
  const headerKeys: string[] = [];
  for (const row of allRows) {
    const read = isTable4DataRow(row) ? null : trailingValues(row, 7);
    if (read) data.push({ ...read, row });
    else headerKeys.push(row.cells.map((c) => labelKey(c.text)).join(''));
  }
  table.dataRows = data.map((d) => ({ labels: d.labels.map((l) => ({ text: l.text, range: l.range })), values: d.values, range: d.row.range }));
  table.labelCells = labelCellsOf(allRows, data.flatMap((d) => d.values));
  const specs = data.length === 23 ? TABLE3_ROWS_2019 : TABLE3_ROWS_2021;
  table.layout = data.length === 23 ? '2019' : '2021';
  if (data.length !== 25 && data.length !== 23) {
    table.problems.push(`识别到 ${data.length} 行数据，国家格式应为 25 行（一、二、三（一）至（七）、四）`);
  }
  const header = headerKeys.join('');
  if (!header.includes('自然人') || !header.includes('总计')) {
    table.problems.push('找不到列标题“自然人……总计”，无法确定各列含义');
  }
  if (table.problems.length === 0) {
    data.forEach((d, i) => {
      const spec = specs[i];
      const lastLabel = d.labels[d.labels.length - 1];
      const labelText = d.labels.map((l) => l.text).join('');
      if (lastLabel) {
        const agreement = Math.max(labelAgreement(lastLabel.text, spec.label), labelAgreement(labelText, spec.label));
        if (agreement < 0.5) {
          table.problems.push(`第 ${i + 1} 行数据的标签“${labelText}”对应不上国家格式的“${spec.label}”`);
        }
      }
      const rowData: Table3RowData = {
        key: spec.key,
        cells: d.values,
        labelText,
        labels: d.labels.map((l) => ({ text: l.text, range: l.range })),
        range: d.row.range,
      };
      if (lastLabel) rowData.labelRange = [d.labels[0].range[0], lastLabel.range[1]];
      table.rows[spec.key] = rowData;
      table.order.push(spec.key);
    });
  }
  if (table.problems.length > 0) {
    table.confidence = 'low';
    table.rows = {};
    table.order = [];
  }
  return table;
}

/**
 * The 勾稽关系 note as written: the cell that has it, with the cells that
 * continue it on the next rows when the layout broke it ("…之和， 等" /
 * "于第三项加第四项之和）").
 */
function reconciliationNoteOf(rows: GridRow[]): TextSpan | undefined {
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r].cells.find((c) => labelKey(c.text).includes('勾稽'));
    if (!cell) continue;
    let text = cell.text;
    let end = cell.range[1];
    const closed = () => /[)）]$/.test(text.trim()) || /第四项之和/.test(labelKey(text));
    for (let next = r + 1; next < rows.length && next <= r + 2 && !closed(); next++) {
      const piece = rows[next].cells.find((c) => c.text !== '');
      if (!piece || /\d/.test(piece.text) || !/之和|第[三四]项|[)）]$/.test(labelKey(piece.text))) break;
      text += piece.text;
      end = piece.range[1];
    }
    return { text, range: [cell.range[0], end] };
  }
  return undefined;
}

// ------------------------------------------------------------------ table 四

function isTable4DataRow(row: GridRow): boolean {
  const cells = [...row.cells];
  while (cells.length > 0 && cells[cells.length - 1].text === '') cells.pop();
  if (cells.length !== 15) return false;
  const parsed = cells.map((c) => parseCell(c.text, c.range));
  return parsed.every(isValueLike) && parsed.some((c) => c.kind === 'number');
}

export function readTable4(sources: Source[]): Table4 {
  const allRows = sources.flatMap((s) => s.rows);
  const table: Table4 = {
    type: 'Table',
    kind: 'table4',
    confidence: 'high',
    found: sources.length > 1 ? 'merged' : 'table',
    problems: [],
    nodes: sources.map((s) => s.node),
    range: tableRange(sources),
    groups: {},
    labelCells: [],
  };
  const dataRows = allRows.filter(isTable4DataRow);
  table.labelCells = labelCellsOf(
    allRows,
    dataRows.flatMap((r) => r.cells.map((c) => parseCell(c.text, c.range))),
  );
  const header = textKey(allRows.filter((r) => !isTable4DataRow(r)));
  if (dataRows.length === 0) table.problems.push('找不到一行 15 个数的数据（行政复议、两类行政诉讼各 5 个）');
  if (dataRows.length > 1) table.problems.push(`有 ${dataRows.length} 行 15 个数的数据，国家格式只有 1 行`);
  if (!/复议/.test(header) || !/诉讼/.test(header)) table.problems.push('表头无法识别（应有“行政复议”“行政诉讼”两组）');
  if (table.problems.length === 0) {
    const row = dataRows[0];
    const cells = row.cells.slice(0, 15).map((c) => parseCell(c.text, c.range));
    table.groups = { review: cells.slice(0, 5), litigationDirect: cells.slice(5, 10), litigationAfterReview: cells.slice(10, 15) };
  } else {
    table.confidence = 'low';
  }
  return table;
}

/**
 * A table 三 the text stops inside (an excerpt): the rows read before the
 * cut, in the national order while their labels agree, so that a text figure
 * can still be compared with 本年新收. The table stays low confidence: no
 * arithmetic is done on it.
 */
export function keepRowsBeforeCut(table: Table3): void {
  table.rows = {};
  table.order = [];
  for (let i = 0; i < table.dataRows.length && i < TABLE3_ROWS_2021.length; i++) {
    const row = table.dataRows[i];
    const spec = TABLE3_ROWS_2021[i];
    const labelText = row.labels.map((l) => l.text).join('');
    if (row.values.length !== 7 || labelAgreement(labelText, spec.label) < 0.5) break;
    table.rows[spec.key] = { key: spec.key, cells: row.values, labelText, labels: row.labels, range: row.range };
    table.order.push(spec.key);
  }
}

// ------------------------------------------------------------------ all tables of a report

export interface ReadTables {
  table2?: Table2;
  table3?: Table3;
  table4?: Table4;
}

const KIND_OF_PART: Partial<Record<number, TableKind>> = { 2: 'table2', 3: 'table3', 4: 'table4' };

const columnCount = (rows: GridRow[]) => Math.max(0, ...rows.map((r) => r.cells.length));
const hasNumbers = (rows: GridRow[]) => rows.some((r) => r.cells.some((c) => /^\d+$/.test(c.text.trim())));

/**
 * Classify every mdast table, join the pieces of one table (page breaks, a
 * PDF→Markdown conversion's sub-tables), read each kind. A piece that names
 * no kind of its own continues the piece before it when it has the same
 * columns; a table no words identify, standing alone in part 二, 三 or 四
 * (`partAt`), is taken as that part's table and read as far as it goes.
 */
export function readTables(nodes: Table[], partAt: (offset: number) => number | undefined = () => undefined): ReadTables {
  const byKind: Record<TableKind, Source[]> = { table2: [], table3: [], table4: [] };
  const unnamed: { source: Source; offset: number }[] = [];
  let previous: { kind: TableKind; columns: number } | undefined;
  for (const node of nodes) {
    const rows = tableGrid(node);
    const named = classifyTable(rows);
    const continues = !named && previous && hasNumbers(rows) && Math.abs(columnCount(rows) - previous.columns) <= 1 ? previous.kind : null;
    const kind = named ?? continues;
    if (kind) {
      byKind[kind].push({ node, rows });
      previous = { kind, columns: columnCount(rows) };
    } else {
      unnamed.push({ source: { node, rows }, offset: node.position?.start.offset ?? 0 });
      previous = undefined;
    }
  }
  for (const { source, offset } of unnamed) {
    const kind = KIND_OF_PART[partAt(offset) ?? 0];
    if (kind && byKind[kind].length === 0 && hasNumbers(source.rows)) byKind[kind].push(source);
  }
  for (const list of Object.values(byKind)) list.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0));
  const out: ReadTables = {};
  if (byKind.table2.length > 0) out.table2 = readTable2(byKind.table2);
  if (byKind.table3.length > 0) out.table3 = readTable3(byKind.table3);
  if (byKind.table4.length > 0) out.table4 = readTable4(byKind.table4);
  for (const kind of ['table2', 'table3', 'table4'] as const) markFlattened(out[kind], byKind[kind]);
  return out;
}

/**
 * A table recovered from running text (ingest/flattened-tables.ts). When its
 * digits could not all be cut with certainty, that is why it is unreadable:
 * those problems replace what reading the remaining cells found.
 */
function markFlattened(table: Table2 | Table3 | Table4 | undefined, sources: Source[]): void {
  const flattened = sources.filter((s) => (s.node.data as { flattened?: boolean } | undefined)?.flattened);
  if (!table || flattened.length === 0) return;
  table.found = 'flattened';
  const problems = flattened.flatMap((s) => (s.node.data as { xxgkProblems?: string[] }).xxgkProblems ?? []);
  if (problems.length === 0) return;
  table.problems = problems;
  table.confidence = 'low';
  if (table.kind === 'table3') {
    table.rows = {};
    table.order = [];
  }
  if (table.kind === 'table4') table.groups = {};
}
