import type { AnnualReport, Cell, ReportTable, Rule, Table2, Table2Row } from '@xxgk-lint/core';
import {
  TABLE2_COLUMNS,
  TABLE2_LABELS,
  TABLE2_TRIAL_ROWS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLE4_GROUP_LABELS,
} from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { rowName } from '../util.js';

/**
 * Called for each value cell with what its place allows: decimalAllowed for the
 * 万元 fee cell (and the trial format's 采购总金额), placeholderAllowed where "/"
 * stands for "not applicable", negativeAllowed for the trial format's 本年增/减.
 */
type VisitCell = (cell: Cell, where: string, decimalAllowed: boolean, placeholderAllowed: boolean, negativeAllowed?: boolean) => void;

/** Only 省级 and 设区的市级 people's governments make 规章 (立法法); others may write "/". */
function mayLeaveRegulationsOut(report: AnnualReport): boolean {
  const { bodyKind, body } = report.metadata;
  if (bodyKind !== 'government') return true;
  return body !== undefined && /(县|区|旗|县级市)人民政府$/.test(body);
}

/**
 * A cell's place in a message depends only on its table, row and column: the
 * strings are made once per row (and again only if a later table has more cells in it).
 */
function placesOf(kept: Map<string, string[]>, row: string, count: number, place: (i: number) => string): string[] {
  let places = kept.get(row);
  if (places === undefined || places.length < count) {
    places = Array.from({ length: count }, (_, i) => place(i));
    kept.set(row, places);
  }
  return places;
}
const TABLE2_PLACES = new Map<string, string[]>();
const TRIAL_PLACES = new Map<string, string[]>();
const TABLE3_PLACES = new Map<string, string[]>();
const TABLE4_PLACES = new Map<string, string[]>();

function table2Cells(table: Table2, report: AnnualReport, visit: VisitCell): void {
  if (table.trial) return trialCells(table.trial, report, visit);
  const regulationsOut = mayLeaveRegulationsOut(report);
  for (const [row, cells] of Object.entries(table.rows) as [Table2Row, Cell[]][]) {
    const places = placesOf(TABLE2_PLACES, row, cells.length, (i) => {
      const column =
        row === 'regulation' || row === 'normativeDocument' ? TABLE2_COLUMNS.documents[i] : row === 'fee' ? '本年收费金额' : TABLE2_COLUMNS.decisions;
      return `表二“${TABLE2_LABELS[row]}”行“${column}”`;
    });
    for (let i = 0; i < cells.length; i++) visit(cells[i], places[i], row === 'fee', row === 'regulation' && regulationsOut);
  }
}

/** the 2019 trial table 二 in its own columns: a merged slot beside a value is not a value cell */
function trialCells(trial: NonNullable<Table2['trial']>, report: AnnualReport, visit: VisitCell): void {
  const regulationsOut = mayLeaveRegulationsOut(report);
  for (const { key, label, columns } of TABLE2_TRIAL_ROWS) {
    const cells = trial[key] ?? [];
    const places = placesOf(TRIAL_PLACES, key, cells.length, (i) => `表二“${label}”行“${columns[i]}”`);
    for (let i = 0; i < cells.length; i++) visit(cells[i], places[i], columns[i] === '采购总金额', key === 'regulation' && regulationsOut, columns[i] === '本年增/减');
  }
}

function eachValueCell(table: ReportTable, report: AnnualReport, visit: VisitCell): void {
  if (table.kind === 'table2') return table2Cells(table, report, visit);
  if (table.kind === 'table3') {
    for (const key of table.order) {
      const cells = table.rows[key]!.cells;
      const places = placesOf(TABLE3_PLACES, key, cells.length, (i) => `表三“${rowName(key)}”行“${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[i]]}”列`);
      for (let i = 0; i < cells.length; i++) visit(cells[i], places[i], false, false);
    }
    return;
  }
  for (const group of TABLE4_GROUPS) {
    const cells = table.groups[group] ?? [];
    const places = placesOf(TABLE4_PLACES, group, cells.length, (i) => `表四“${TABLE4_GROUP_LABELS[group]}”的“${TABLE4_COLUMN_LABELS[TABLE4_COLUMNS[i]]}”`);
    for (let i = 0; i < cells.length; i++) visit(cells[i], places[i], false, false);
  }
}

type MessageId = 'text' | 'negative' | 'fraction' | 'blank' | 'placeholder' | 'note';

/** what is wrong with a value cell, if anything (warn: reported as a warning) */
function judge(cell: Cell, decimalAllowed: boolean, placeholderAllowed: boolean, negativeAllowed: boolean | undefined): { messageId: MessageId; warn?: true } | undefined {
  if (cell.kind === 'text') return { messageId: 'text' };
  if (cell.kind === 'blank') return { messageId: 'blank', warn: true };
  if (cell.kind === 'placeholder') return placeholderAllowed ? undefined : { messageId: 'placeholder', warn: true };
  if (cell.value! < 0 && !negativeAllowed) return { messageId: 'negative' };
  if (!decimalAllowed && !Number.isInteger(cell.value)) return { messageId: 'fraction' };
  if (cell.note) return { messageId: 'note', warn: true };
  return undefined;
}

export const cellValue: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '统计表的数值格为非负整数（万元收费格可为小数）；空白、“—”、附注文字分别提示',
      url: docsUrl('cell-value'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式附表）'],
      category: 'arithmetic',
    },
    messages: {
      text: '{{where}}填的是“{{raw}}”，不是数字：请填写件数（没有的填 0）。',
      negative: '{{where}}为负数 {{value}}：件数不能为负，请核对。',
      fraction: '{{where}}为小数 {{value}}：件数应为整数，请核对。',
      blank: '{{where}}是空白：没有发生的请填 0，空白会被当作漏填。',
      placeholder: '{{where}}填的是“{{raw}}”：没有发生的请填 0。',
      note: '{{where}}写成“{{raw}}”，按 {{value}} 计算：表格里只填数字，说明文字请写在表外。',
    },
  },
  create(context) {
    const report = context.annualReport;
    return {
      Table(table) {
        if (table.confidence !== 'high') return;
        eachValueCell(table, report, (cell, where, decimalAllowed, placeholderAllowed, negativeAllowed) => {
          const finding = judge(cell, decimalAllowed, placeholderAllowed, negativeAllowed);
          if (!finding) return;
          const data = { where, raw: cell.raw, value: cell.value ?? '' };
          context.report(finding.warn ? { messageId: finding.messageId, severity: 'warn', data, range: cell.range } : { messageId: finding.messageId, data, range: cell.range });
        });
      },
    };
  },
};
