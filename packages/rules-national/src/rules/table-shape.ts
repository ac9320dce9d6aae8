import type { Cell, Rule, Table3, Table3RowSpec } from '@xxgk-lint/core';
import { TABLE2_LABELS, TABLE3_ROWS_2019, TABLE3_ROWS_2021, labelAgreement } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** at most this many rows added or dropped: more means a broken extraction, not an edited table */
const MAX_CHANGES = 3;
const MATCH = 0.6;

interface Alignment {
  extra: number[];
  /** a national row not found, and the index of the row read where it belongs (before it) */
  missing: { spec: Table3RowSpec; before: number }[];
  matched: number;
}

/** label agreements asked for again and again (the same labels in every report): kept, up to this many */
const AGREEMENTS_KEPT = 50_000;
/** written label → national label → labelAgreement */
const agreements = new Map<string, Map<string, number>>();
let agreementsKept = 0;

function agreement(written: string, canonical: string): number {
  let row = agreements.get(written);
  if (row === undefined) {
    if (agreementsKept >= AGREEMENTS_KEPT) {
      agreements.clear();
      agreementsKept = 0;
    }
    row = new Map();
    agreements.set(written, row);
  }
  let score = row.get(canonical);
  if (score === undefined) {
    score = labelAgreement(written, canonical);
    row.set(canonical, score);
    agreementsKept++;
  }
  return score;
}

/** Align the rows read with the national rows by their labels (an edit distance on label agreement). */
function align(labels: string[], specs: Table3RowSpec[]): Alignment {
  const n = labels.length;
  const m = specs.length;
  // every pair scored once: the table below and the walk back both read it
  const scores = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = labels[i] === '' ? 0.7 : agreement(labels[i], specs[j].label);
  const score = (i: number, j: number) => scores[i * m + j];
  // best(i, j): most matches aligning labels[i..] with specs[j..] (never negative: skipping is always possible)
  const width = m + 1;
  const table = new Int32Array((n + 1) * width);
  const best = (i: number, j: number) => table[i * width + j];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = score(i, j) >= MATCH ? best(i + 1, j + 1) + 1 : -Infinity;
      table[i * width + j] = Math.max(take, best(i + 1, j), best(i, j + 1));
    }
  }
  const extra: number[] = [];
  const missing: Alignment['missing'] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (score(i, j) >= MATCH && best(i, j) === best(i + 1, j + 1) + 1) {
      i++;
      j++;
    } else if (best(i, j) === best(i + 1, j)) extra.push(i++);
    else missing.push({ spec: specs[j++], before: i });
  }
  while (i < n) extra.push(i++);
  while (j < m) missing.push({ spec: specs[j++], before: i });
  return { extra, missing, matched: best(0, 0) };
}

const isNumber = (c: Cell) => c.kind === 'number';

export const tableShape: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '统计表的行、列与国家格式一致：表二 10 个数，表三 25 行 × 7 列，表四 15 个数，不增不减',
      url: docsUrl('table-shape'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式附表）'],
      category: 'template',
    },
    messages: {
      table2Row: '表二多了“{{label}}”一行：国家格式的表二只有规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费六行，请删去这一行（需要说明的写在表外）。',
      table2Duplicate: '表二的“{{label}}”行出现了两次：请只保留一行。',
      table2Columns: '表二“{{label}}”行填了 {{count}} 个数，国家格式为 {{expected}} 个：请删去多出的栏目。',
      table3Extra: '表三多了一行“{{label}}”：国家格式的表三只有 25 行（不设小计行），请删去这一行。',
      table3Missing: '表三缺少“{{label}}”一行：请按国家格式补上（没有数据的填 0）。',
      table3Column: '表三的数据行有 8 个以上的数：国家格式只有 7 列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），请删去多出的列。',
    },
  },
  create(context) {
    return {
      Table(table) {
        // rows an excerpt cuts off are not missing from the report
        if (table.truncated) return;
        if (table.kind === 'table2') {
          if (table.trialLayout) return; // outdated-template's finding
          const seen = new Set<string>();
          for (const row of table.dataRows) {
            const label = row.label.text.replace(/\s+/g, '');
            if (!row.key) {
              const known = Object.values(TABLE2_LABELS).includes(label);
              context.report({ messageId: known || seen.has(label) ? 'table2Duplicate' : 'table2Row', data: { label }, range: row.label.range });
              continue;
            }
            seen.add(label);
            const expected = row.key === 'regulation' || row.key === 'normativeDocument' ? 3 : 1;
            const numbers = row.values.filter(isNumber).length;
            if (numbers > expected) {
              context.report({ messageId: 'table2Columns', data: { label, count: numbers, expected }, range: [row.values[0].range[0], row.values[row.values.length - 1].range[1]] });
            }
          }
          return;
        }
        if (table.kind === 'table3') checkTable3(table);
      },
    };

    function checkTable3(table: Table3) {
      const rows = table.dataRows;
      if (rows.length === 0) return;
      const wide = rows.filter((r) => r.labels.some((l) => /^[0-9]+$/.test(l.text.trim())));
      if (wide.length * 2 >= rows.length) {
        context.report({ messageId: 'table3Column', range: wide[0].range });
        return;
      }
      if (rows.length === 25 || (rows.length === 23 && table.confidence === 'high')) return;
      const labels = rows.map((r) => r.labels.map((l) => l.text).join(''));
      const candidates = [align(labels, TABLE3_ROWS_2021), align(labels, TABLE3_ROWS_2019)].sort(
        (a, b) => a.extra.length + a.missing.length - (b.extra.length + b.missing.length),
      );
      const best = candidates[0];
      const changes = best.extra.length + best.missing.length;
      if (changes === 0 || changes > MAX_CHANGES) return;
      for (const i of best.extra) {
        const label = labels[i].replace(/\s+/g, '') || '（无标签）';
        context.report({ messageId: 'table3Extra', data: { label }, range: rows[i].range });
      }
      for (const { spec, before } of best.missing) {
        const at = rows[Math.min(before, rows.length - 1)];
        context.report({ messageId: 'table3Missing', data: { label: spec.label }, range: at.range });
      }
    }
  },
};
