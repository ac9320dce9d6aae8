import { parseCell } from '../cell.js';
import type { Table4 } from '../types.js';
import { isTable4DataRow } from './classify.js';
import type { TableSource } from './source.js';
import { labelCellsOf, tableRange, textKey } from './source.js';

export function readTable4(sources: TableSource[]): Table4 {
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
