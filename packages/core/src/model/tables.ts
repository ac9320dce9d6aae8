import type { Table } from 'mdast';
import { labelKey } from '../text/normalize.js';
import { isValueLike, parseCell } from './cell.js';
import type { GridCell, GridRow } from './grid.js';
import { tableGrid } from './grid.js';
import { TABLE2_LABELS, TABLE3_ROWS_2019, TABLE3_ROWS_2021 } from './labels.js';
import type { Cell, Range, Table2, Table2Row, Table3, Table3RowData, Table4, TableKind, TextSpan } from './types.js';

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

function cellsOf(row: GridRow): Cell[] {
  return row.cells.map((c) => parseCell(c.text, c.range));
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

/** every non-empty cell of the rows that is not one of the given value cells */
function labelCellsOf(rows: GridRow[], values: Cell[]): TextSpan[] {
  const taken = new Set(values.map((v) => `${v.range[0]}:${v.range[1]}`));
  return rows.flatMap((r) => r.cells.filter((c) => c.text !== '' && !taken.has(`${c.range[0]}:${c.range[1]}`)).map((c) => ({ text: c.text, range: c.range })));
}

function tableRange(sources: Source[]): Range {
  const first = sources[0].node.position;
  const last = sources[sources.length - 1].node.position;
  return [first?.start.offset ?? 0, last?.end.offset ?? 0];
}

// ------------------------------------------------------------------ table 二

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
  table.trialLayout = T2_TRIAL_WORDS.test(textKey(allRows));
  for (const row of allRows) {
    const labelIndex = row.cells.findIndex((c) => c.text !== '');
    if (labelIndex < 0) continue;
    const label = row.cells[labelIndex];
    let key = T2_LABEL_KEYS[labelKey(label.text)];
    if (!key && labelKey(label.text) === '规范性文件') key = 'normativeDocument';
    const rest = row.cells.slice(labelIndex + 1);
    while (rest.length > 0 && rest[rest.length - 1].text === '') rest.pop();
    const values = rest.map((c) => parseCell(c.text, c.range));
    if (values.some((v) => v.kind === 'number')) {
      table.dataRows.push({ label: { text: label.text, range: label.range }, ...(key && !table.rows[key] ? { key } : {}), values, range: row.range });
    }
    if (!key || table.rows[key]) continue;
    const width = key === 'regulation' || key === 'normativeDocument' ? 3 : 1;
    const after = cellsOf({ ...row, cells: row.cells.slice(labelIndex + 1) });
    table.rows[key] = after.slice(0, width);
    table.labels[key] = { text: label.text, range: label.range };
  }
  for (const [key, label] of Object.entries(TABLE2_LABELS) as [Table2Row, string][]) {
    const cells = table.rows[key];
    const width = key === 'regulation' || key === 'normativeDocument' ? 3 : 1;
    if (!cells) table.problems.push(`找不到“${label}”行`);
    else if (cells.length < width) table.problems.push(`“${label}”行应有 ${width} 个数，只读到 ${cells.length} 个`);
    else if (cells.some((c) => c.kind === 'text')) table.problems.push(`“${label}”行有无法读成数字的内容“${cells.find((c) => c.kind === 'text')!.raw}”`);
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

// ------------------------------------------------------------------ all tables of a report

export interface ReadTables {
  table2?: Table2;
  table3?: Table3;
  table4?: Table4;
}

/** Classify every mdast table, join the pieces of one table (page breaks), read each kind. */
export function readTables(nodes: Table[]): ReadTables {
  const byKind: Record<TableKind, Source[]> = { table2: [], table3: [], table4: [] };
  for (const node of nodes) {
    const rows = tableGrid(node);
    const kind = classifyTable(rows);
    if (kind) byKind[kind].push({ node, rows });
  }
  const out: ReadTables = {};
  if (byKind.table2.length > 0) out.table2 = readTable2(byKind.table2);
  if (byKind.table3.length > 0) out.table3 = readTable3(byKind.table3);
  if (byKind.table4.length > 0) out.table4 = readTable4(byKind.table4);
  return out;
}
