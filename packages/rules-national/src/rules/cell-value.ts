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

interface Located {
  cell: Cell;
  where: string;
  /** the 万元 fee cell (and the trial format's 采购总金额) may hold a decimal */
  decimalAllowed: boolean;
  /** "/" stands for "not applicable" here */
  placeholderAllowed: boolean;
  /** the trial format's 本年增/减 may be negative */
  negativeAllowed?: boolean;
}

/** Only 省级 and 设区的市级 people's governments make 规章 (立法法); others may write "/". */
function mayLeaveRegulationsOut(report: AnnualReport): boolean {
  const { bodyKind, body } = report.metadata;
  if (bodyKind !== 'government') return true;
  return body !== undefined && /(县|区|旗|县级市)人民政府$/.test(body);
}

/**
 * A cell's place in a message depends only on its row and column: the strings
 * are made once per row (and again only if a later table has more cells in it).
 */
const PLACES = new Map<string, string[]>();
function placesOf(row: string, count: number, place: (i: number) => string): string[] {
  let places = PLACES.get(row);
  if (places === undefined || places.length < count) {
    places = Array.from({ length: count }, (_, i) => place(i));
    PLACES.set(row, places);
  }
  return places;
}

function table2Cells(table: Table2, report: AnnualReport): Located[] {
  if (table.trial) return trialCells(table.trial, report);
  const out: Located[] = [];
  const regulationsOut = mayLeaveRegulationsOut(report);
  for (const [row, cells] of Object.entries(table.rows) as [Table2Row, Cell[]][]) {
    const places = placesOf(`2:${row}`, cells.length, (i) => {
      const column =
        row === 'regulation' || row === 'normativeDocument' ? TABLE2_COLUMNS.documents[i] : row === 'fee' ? '本年收费金额' : TABLE2_COLUMNS.decisions;
      return `表二“${TABLE2_LABELS[row]}”行“${column}”`;
    });
    cells.forEach((cell, i) => {
      out.push({
        cell,
        where: places[i],
        decimalAllowed: row === 'fee',
        placeholderAllowed: row === 'regulation' && regulationsOut,
      });
    });
  }
  return out;
}

/** the 2019 trial table 二 in its own columns: a merged slot beside a value is not a value cell */
function trialCells(trial: NonNullable<Table2['trial']>, report: AnnualReport): Located[] {
  const regulationsOut = mayLeaveRegulationsOut(report);
  return TABLE2_TRIAL_ROWS.flatMap(({ key, label, columns }) => {
    const cells = trial[key] ?? [];
    const places = placesOf(`trial:${key}`, cells.length, (i) => `表二“${label}”行“${columns[i]}”`);
    return cells.map((cell, i) => ({
      cell,
      where: places[i],
      decimalAllowed: columns[i] === '采购总金额',
      placeholderAllowed: key === 'regulation' && regulationsOut,
      negativeAllowed: columns[i] === '本年增/减',
    }));
  });
}

function locatedCells(table: ReportTable, report: AnnualReport): Located[] {
  if (table.kind === 'table2') return table2Cells(table, report);
  if (table.kind === 'table3') {
    return table.order.flatMap((key) => {
      const cells = table.rows[key]!.cells;
      const places = placesOf(`3:${key}`, cells.length, (i) => `表三“${rowName(key)}”行“${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[i]]}”列`);
      return cells.map((cell, i) => ({ cell, where: places[i], decimalAllowed: false, placeholderAllowed: false }));
    });
  }
  return TABLE4_GROUPS.flatMap((group) => {
    const cells = table.groups[group] ?? [];
    const places = placesOf(`4:${group}`, cells.length, (i) => `表四“${TABLE4_GROUP_LABELS[group]}”的“${TABLE4_COLUMN_LABELS[TABLE4_COLUMNS[i]]}”`);
    return cells.map((cell, i) => ({ cell, where: places[i], decimalAllowed: false, placeholderAllowed: false }));
  });
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
        for (const { cell, where, decimalAllowed, placeholderAllowed, negativeAllowed } of locatedCells(table, report)) {
          const finding = judge(cell, decimalAllowed, placeholderAllowed, negativeAllowed);
          if (!finding) continue;
          const data = { where, raw: cell.raw, value: cell.value ?? '' };
          context.report(finding.warn ? { messageId: finding.messageId, severity: 'warn', data, range: cell.range } : { messageId: finding.messageId, data, range: cell.range });
        }
      },
    };
  },
};
