import { labelKey } from '../../text/normalize.js';
import { isValueLike, parseCell } from '../cell.js';
import type { GridRow } from '../grid.js';
import { TABLE2_LABELS } from '../../vocabulary/labels.js';
import type { Table2Row, TableKind } from '../types.js';
import { textKey, withoutTrailingBlanks } from './source.js';

const T3_WORDS = ['本年新收', '上年结转', '办理结果', '结转下年度', '予以公开', '不予公开', '无法提供', '不予处理'];

/** the table-二 row labels by their label key */
export const T2_LABEL_KEYS: Record<string, Table2Row> = Object.fromEntries(
  Object.entries(TABLE2_LABELS).map(([k, v]) => [labelKey(v), k as Table2Row]),
);

/** the one data row of table 四: 15 value cells (three groups of five), at least one a number */
export function isTable4DataRow(row: GridRow): boolean {
  const cells = withoutTrailingBlanks(row.cells);
  if (cells.length !== 15) return false;
  const parsed = cells.map((c) => parseCell(c.text, c.range));
  return parsed.every(isValueLike) && parsed.some((c) => c.kind === 'number');
}

/** which statistical table a mdast table is, by its words (null: it names none) */
export function classifyTable(rows: GridRow[]): TableKind | null {
  const key = textKey(rows);
  const t3Hits = T3_WORDS.filter((w) => key.includes(w)).length;
  if (t3Hits >= 2) return 'table3';
  const t2Hits = rows.filter((r) => r.cells.some((c) => labelKey(c.text) in T2_LABEL_KEYS)).length;
  if (t2Hits >= 2 || (t2Hits >= 1 && key.includes('第二十条'))) return 'table2';
  if (/复议|诉讼/.test(key) || rows.some((r) => isTable4DataRow(r))) return 'table4';
  return null;
}
