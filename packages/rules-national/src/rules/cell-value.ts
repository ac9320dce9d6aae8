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

function table2Cells(table: Table2, report: AnnualReport): Located[] {
  if (table.trial) return trialCells(table.trial, report);
  const out: Located[] = [];
  for (const [row, cells] of Object.entries(table.rows) as [Table2Row, Cell[]][]) {
    cells.forEach((cell, i) => {
      const column =
        row === 'regulation' || row === 'normativeDocument' ? TABLE2_COLUMNS.documents[i] : row === 'fee' ? '本年收费金额' : TABLE2_COLUMNS.decisions;
      out.push({
        cell,
        where: `表二“${TABLE2_LABELS[row]}”行“${column}”`,
        decimalAllowed: row === 'fee',
        placeholderAllowed: row === 'regulation' && mayLeaveRegulationsOut(report),
      });
    });
  }
  return out;
}

/** the 2019 trial table 二 in its own columns: a merged slot beside a value is not a value cell */
function trialCells(trial: NonNullable<Table2['trial']>, report: AnnualReport): Located[] {
  return TABLE2_TRIAL_ROWS.flatMap(({ key, label, columns }) =>
    (trial[key] ?? []).map((cell, i) => ({
      cell,
      where: `表二“${label}”行“${columns[i]}”`,
      decimalAllowed: columns[i] === '采购总金额',
      placeholderAllowed: key === 'regulation' && mayLeaveRegulationsOut(report),
      negativeAllowed: columns[i] === '本年增/减',
    })),
  );
}

function locatedCells(table: ReportTable, report: AnnualReport): Located[] {
  if (table.kind === 'table2') return table2Cells(table, report);
  if (table.kind === 'table3') {
    return table.order.flatMap((key) =>
      table.rows[key]!.cells.map((cell, i) => ({
        cell,
        where: `表三“${rowName(key)}”行“${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[i]]}”列`,
        decimalAllowed: false,
        placeholderAllowed: false,
      })),
    );
  }
  return TABLE4_GROUPS.flatMap((group) =>
    (table.groups[group] ?? []).map((cell, i) => ({
      cell,
      where: `表四“${TABLE4_GROUP_LABELS[group]}”的“${TABLE4_COLUMN_LABELS[TABLE4_COLUMNS[i]]}”`,
      decimalAllowed: false,
      placeholderAllowed: false,
    })),
  );
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
          const data = { where, raw: cell.raw, value: cell.value ?? '' };
          const at = { data, range: cell.range };
          if (cell.kind === 'text') context.report({ messageId: 'text', ...at });
          else if (cell.kind === 'blank') context.report({ messageId: 'blank', severity: 'warn', ...at });
          else if (cell.kind === 'placeholder') {
            if (!placeholderAllowed) context.report({ messageId: 'placeholder', severity: 'warn', ...at });
          } else if (cell.value! < 0 && !negativeAllowed) context.report({ messageId: 'negative', ...at });
          else if (!decimalAllowed && !Number.isInteger(cell.value)) context.report({ messageId: 'fraction', ...at });
          else if (cell.note) context.report({ messageId: 'note', severity: 'warn', ...at });
        }
      },
    };
  },
};
