import { labelKey } from '../../text/normalize.js';
import { isValueLike, parseCell } from '../cell.js';
import type { GridCell, GridRow } from '../grid.js';
import { TABLE3_ROWS_2019, TABLE3_ROWS_2021 } from '../../vocabulary/labels.js';
import type { Cell, Table3, Table3RowData, TextSpan } from '../types.js';
import { isTable4DataRow } from './classify.js';
import { labelAgreement } from './label-agreement.js';
import type { TableSource } from './source.js';
import { labelCellsOf, sourcesKey, tableRange, withoutTrailingBlanks } from './source.js';

/**
 * Trailing value cells of a data row: the last n after dropping trailing
 * blanks. Mostly numbers; a stray word in a value cell ("详见附件") keeps the
 * row a data row, so that cell-value can point at it.
 */
function trailingValues(row: GridRow, n: number): { values: Cell[]; labels: GridCell[] } | null {
  const cells = withoutTrailingBlanks(row.cells);
  if (cells.length < n) return null;
  const values = cells.slice(cells.length - n).map((c) => parseCell(c.text, c.range));
  const numbers = values.filter((v) => v.kind === 'number').length;
  const words = values.filter((v) => !isValueLike(v)).length;
  if (numbers === 0 || words > 1 || (words === 1 && numbers < n - 2)) return null;
  if (words === 1 && values[0].kind === 'text' && cells.length === n) return null;
  return { values, labels: cells.slice(0, cells.length - n).filter((c) => c.text !== '') };
}

export function readTable3(sources: TableSource[]): Table3 {
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
    hasReconciliationNote: sourcesKey(sources).includes('勾稽'),
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
