import type { AnnualReport, Cell, Range, Table2Row, Table3Row, Table4Group } from '../../../model/types.js';
import {
  CHINESE_NUMERALS,
  TABLE2_COLUMNS,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_ROWS_2019,
  TABLE3_ROWS_2021,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
} from '../../../vocabulary/labels.js';
import { labelKey } from '../../../text/normalize.js';
import type { JsonSchema } from '../../option-schema.js';
import { table } from '../fields.js';
import type { DeclarativeKind } from '../kind.js';
import { interpolate } from '../messages.js';
import { tableNumber } from '../scope.js';
import { fail } from '../spec.js';

const OPS = ['==', '!=', '>', '>=', '<', '<='] as const;
type Op = (typeof OPS)[number];
const OP_WORDS: Record<Op, string> = { '==': '等于', '!=': '不等于', '>': '大于', '>=': '不小于', '<': '小于', '<=': '不大于' };

type CellRef = { row: string; column: string };

const LABEL: JsonSchema = { type: 'string', minLength: 1, errorMessage: '应为表中的行名或列名（文字）' };

function findTable3Row(name: string): Table3Row | undefined {
  const key = labelKey(name);
  const specs = [...TABLE3_ROWS_2021, ...TABLE3_ROWS_2019];
  return specs.find((r) => r.key === name || labelKey(r.short) === key || labelKey(r.label) === key)?.key;
}

function lookupCell(report: AnnualReport, tableNo: 2 | 3 | 4, ref: CellRef): Cell | undefined | null {
  const column = labelKey(ref.column);
  if (tableNo === 2) {
    const t = report.tables.table2;
    if (!t || t.confidence !== 'high') return null;
    const row = (Object.entries(TABLE2_LABELS) as [Table2Row, string][]).find(([, l]) => labelKey(l) === labelKey(ref.row))?.[0];
    if (!row) return undefined;
    const cells = t.rows[row];
    const index = TABLE2_COLUMNS.documents.findIndex((c) => labelKey(c) === column);
    return cells?.[Math.max(0, index)];
  }
  if (tableNo === 3) {
    const t = report.tables.table3;
    if (!t || t.confidence !== 'high') return null;
    const row = findTable3Row(ref.row);
    const index = (Object.values(TABLE3_COLUMN_LABELS) as string[]).findIndex((c) => labelKey(c) === column);
    if (!row || index < 0) return undefined;
    return t.rows[row]?.cells[index] ?? null;
  }
  const t = report.tables.table4;
  if (!t || t.confidence !== 'high') return null;
  const group = (Object.entries(TABLE4_GROUP_LABELS) as [Table4Group, string][]).find(([, l]) => labelKey(l).includes(labelKey(ref.row)))?.[0];
  const index = (Object.values(TABLE4_COLUMN_LABELS) as string[]).findIndex((c) => labelKey(c) === column);
  if (!group || index < 0) return undefined;
  return t.groups[group]?.[index] ?? null;
}

function validRef(tableNo: 2 | 3 | 4, ref: CellRef): boolean {
  const column = labelKey(ref.column);
  if (tableNo === 2) {
    return Object.values(TABLE2_LABELS).some((l) => labelKey(l) === labelKey(ref.row)) && [...TABLE2_COLUMNS.documents, TABLE2_COLUMNS.decisions, TABLE2_COLUMNS.fee].some((c) => labelKey(c) === column);
  }
  if (tableNo === 3) return findTable3Row(ref.row) !== undefined && Object.values(TABLE3_COLUMN_LABELS).some((c) => labelKey(c) === column);
  return Object.values(TABLE4_GROUP_LABELS).some((l) => labelKey(l).includes(labelKey(ref.row))) && (Object.values(TABLE4_COLUMN_LABELS) as string[]).some((c) => labelKey(c) === column);
}

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '<=': return a <= b;
  }
}

/** a cell of table 二, 三 or 四, by its Chinese row and column names, compared with a number or another cell */
export const requireTableValue: DeclarativeKind = {
  type: 'require-table-value',
  description: '表格中某一格与一个数或同表另一格比较',
  fields: {
    table,
    row: { ...LABEL, description: '行：表三用“一”“三（一）”“三（七）总计”或完整标签' },
    column: { ...LABEL, description: '列：表三用“自然人”……“总计”' },
    op: { enum: [...OPS], errorMessage: `只能是 ${OPS.join(' ')} 之一` },
    value: {
      description: '数字，或 {row, column} 指向同表的另一格',
      anyOf: [
        { type: 'number' },
        { type: 'object', required: ['row', 'column'], additionalProperties: false, properties: { row: LABEL, column: LABEL } },
      ],
      errorMessage: '应为数字，或 {row, column} 指向同表的另一格',
    },
  },
  required: ['table', 'row', 'column', 'op', 'value'],
  create({ spec, loc, runsOn, meta }) {
    const tableNo = tableNumber(spec.table);
    if (!tableNo) fail(loc, 'table', `应为 二、三 或 四，实际是 ${JSON.stringify(spec.table)}`);
    const ref: CellRef = { row: spec.row!, column: spec.column! };
    const tableName = `表${CHINESE_NUMERALS[tableNo - 1]}`;
    if (!validRef(tableNo, ref)) fail(loc, 'row', `${tableName}中找不到“${spec.row}”行“${spec.column}”列`);
    const op = spec.op as Op;
    const other = typeof spec.value === 'object' ? spec.value : undefined;
    if (other && !validRef(tableNo, other)) fail(loc, 'value', `${tableName}中找不到“${other.row}”行“${other.column}”列`);
    const cellName = (r: CellRef) => `${tableName}“${r.row}”行“${r.column}”列`;
    const expectedText = other ? cellName(other) : String(spec.value);
    const template = spec.message ?? `{{cell}}为 {{actual}}，应${OP_WORDS[op]}{{expected}}。`;
    return {
      meta: meta({ description: `${cellName(ref)}${OP_WORDS[op]}${expectedText}`, messages: { [spec.messageId ?? 'value']: template } }),
      create(context) {
        return {
          Report(report) {
            if (!runsOn(report)) return;
            const cell = lookupCell(report, tableNo, ref);
            if (!cell || cell.value === null) return;
            let expected: number;
            let expectedShown = expectedText;
            if (other) {
              const otherCell = lookupCell(report, tableNo, other);
              if (!otherCell || otherCell.value === null) return;
              expected = otherCell.value;
              expectedShown = `${expectedText}（${expected}）`;
            } else expected = spec.value as number;
            if (compare(cell.value, op, expected)) return;
            context.report({
              message: interpolate(template, { cell: cellName(ref), actual: cell.value, expected: expectedShown, year: report.metadata.year ?? '' }),
              messageId: spec.messageId,
              range: cell.range as Range,
            });
          },
        };
      },
    };
  },
};
