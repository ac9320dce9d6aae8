import { labelKey } from '../../text/normalize.js';
import { isValueLike, parseCell } from '../cell.js';
import type { GridCell } from '../grid.js';
import { TABLE2_LABELS, TABLE2_TRIAL_ROWS } from '../../vocabulary/labels.js';
import type { Cell, Table2, Table2Row, Table2TrialRow } from '../types.js';
import { T2_LABEL_KEYS } from './classify.js';
import type { TableSource } from './source.js';
import { labelCellsOf, sourcesKey, tableRange, withoutTrailingBlanks } from './source.js';

const T2_TRIAL_WORDS = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|第二十条第\(九\)项|政府集中采购|采购项目数量|其他对外管理服务事项/;
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

export function readTable2(sources: TableSource[]): Table2 {
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
  const key = sourcesKey(sources);
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
    const values = withoutTrailingBlanks(row.cells.slice(labelIndex + 1)).map((c) => parseCell(c.text, c.range));
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
