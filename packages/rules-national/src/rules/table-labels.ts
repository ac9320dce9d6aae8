import type { ReportTable, Rule, Table2, Table3Row, TextSpan } from '@xxgk-lint/core';
import {
  PART_TITLES,
  RECONCILIATION_NOTE,
  TABLE2_COLUMNS,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_ROWS_2019,
  TABLE3_ROWS_2021,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
  labelKey,
  table3RowSpec,
} from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

const TABLE2_HEADERS = [
  '第二十条第（一）项',
  '第二十条第（五）项',
  '第二十条第（六）项',
  '第二十条第（八）项',
  '信息内容',
  ...TABLE2_COLUMNS.documents,
  TABLE2_COLUMNS.decisions,
  TABLE2_COLUMNS.fee,
];
const TABLE2_TRIAL = ['第二十条第（九）项', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '其他对外管理服务事项', '政府集中采购', '采购项目数量', '采购总金额', '规范性文件'];
const TABLE3_GROUPS = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
const TABLE3_HEADERS = ['申请人情况', '法人或其他组织', ...Object.values(TABLE3_COLUMN_LABELS)];
const TABLE4_HEADERS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...Object.values(TABLE4_COLUMN_LABELS)];
const CAPTIONS = Object.values(PART_TITLES).flatMap((t, i) => [t, `${'一二三四五六'[i]}、${t}`]);

/** label forms asked for again and again (the canonical labels for every table, every cell): kept, up to this many */
const FORMS_KEPT = 20_000;
const forms = new Map<string, string>();

/** the form labels are compared in: widths folded, quotes dropped, "1、"/"1," as "1." */
function labelForm(text: string): string {
  let form = forms.get(text);
  if (form === undefined) {
    form = labelKey(text)
      .replace(/["'“”‘’]/g, '')
      .replace(/([0-9])[,.．]/g, '$1.')
      .replace(/^([一二三四五六七八九十])[,.．]/, '$1,')
      .replace(/[。.]$/, '');
    if (forms.size >= FORMS_KEPT) forms.clear();
    forms.set(text, form);
  }
  return form;
}

/** a table kind's canonical labels, their forms, and the verdicts of isCanonicalPiece on the forms asked about (kept, up to FORMS_KEPT) */
interface Canonical {
  texts: string[];
  forms: string[];
  pieces: Map<string, boolean>;
}
const canonicals = new Map<string, Canonical>();

/** the same for every table of a kind (and layout): built once */
function canonicalFor(table: ReportTable): Canonical {
  const key = table.kind === 'table2' && table.trialLayout ? 'table2:trial' : table.kind;
  let canonical = canonicals.get(key);
  if (canonical === undefined) {
    const texts = canonicalOf(table);
    canonical = { texts, forms: texts.map(labelForm), pieces: new Map() };
    canonicals.set(key, canonical);
  }
  return canonical;
}

function isPieceOf(form: string, canonical: Canonical): boolean {
  let verdict = canonical.pieces.get(form);
  if (verdict === undefined) {
    verdict = isCanonicalPiece(form, canonical.forms);
    if (canonical.pieces.size >= FORMS_KEPT) canonical.pieces.clear();
    canonical.pieces.set(form, verdict);
  }
  return verdict;
}

function canonicalOf(table: ReportTable): string[] {
  if (table.kind === 'table2') return [...TABLE2_HEADERS, ...Object.values(TABLE2_LABELS), ...(table.trialLayout ? TABLE2_TRIAL : []), ...CAPTIONS];
  if (table.kind === 'table3') {
    return [...TABLE3_ROWS_2021.map((r) => r.label), ...TABLE3_ROWS_2019.map((r) => r.label), ...TABLE3_GROUPS, ...TABLE3_HEADERS, RECONCILIATION_NOTE, ...CAPTIONS];
  }
  return [...TABLE4_HEADERS, ...Object.values(TABLE4_GROUP_LABELS), ...CAPTIONS];
}

/**
 * A cell of a (possibly broken) layout is fine when it is a piece of a
 * canonical label, or the end of one label followed by whole labels and the
 * start of another ("果6.属于四类过程性信息" in a vertical layout).
 */
function isCanonicalPiece(form: string, canonical: string[]): boolean {
  if (form === '') return true;
  if (canonical.some((c) => c.includes(form))) return true;
  const composable = (s: string, first: boolean): boolean => {
    if (!first && canonical.some((c) => c.startsWith(s))) return true;
    for (let k = 1; k < s.length; k++) {
      const head = s.slice(0, k);
      const ok = first ? canonical.some((c) => c.endsWith(head)) : canonical.includes(head);
      if (ok && composable(s.slice(k), false)) return true;
    }
    return false;
  };
  return composable(form, true);
}

/** how many characters two labels share (Dice coefficient on characters), 0–1 */
function likeness(a: string, b: string): number {
  const pool = [...b];
  let common = 0;
  for (const ch of a) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

const TABLE_NAME = { table2: '表二', table3: '表三', table4: '表四' } as const;

export const tableLabels: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    docs: {
      description: '统计表的行、列标签与国家格式一致（表格格式不得改动）',
      url: docsUrl('table-labels'),
      basis: ['国办公开办函〔2021〕30号（年度报告格式附表的栏目名称）'],
      category: 'template',
    },
    messages: {
      rowLabel: '{{table}}“{{row}}”行的标签写成“{{written}}”，国家格式为“{{expected}}”：请按国家格式填写，不要改动表格栏目。',
      label: '{{table}}中的“{{written}}”不是国家格式的栏目名称{{closest}}：请按国家格式填写，不要改动表格栏目。',
      trialNormativeDocument: '表二的“{{written}}”行，国家格式为“行政规范性文件”（“规范性文件”是 2019 年试行格式的写法）：请改为“行政规范性文件”。',
    },
  },
  create(context) {
    function checkNormativeDocument(t2: Table2): void {
      const label = t2.labels.normativeDocument;
      const format = context.annualReport.metadata.expectedFormat;
      // the 2019 trial format (report years 2019–2020) writes "规范性文件"
      if (!label || t2.trialLayout || format === '2019' || format === 'pre-2019' || labelForm(label.text) !== '规范性文件') return;
      context.report({
        messageId: 'trialNormativeDocument',
        data: { written: label.text.replace(/\s+/g, '') },
        range: label.range,
        suggest: [{ desc: '改为“行政规范性文件”', fix: (fixer) => fixer.replaceTextRange(label.range, '行政规范性文件') }],
      });
    }
    return {
      Table(table) {
        // labels recovered from run-together text are not reliable enough to judge
        if (table.found === 'flattened') return;
        // a table read without confidence only when a changed label is why (not a broken extraction)
        if (table.confidence !== 'high' && !table.problems.every((p) => /对应不上|找不到列标题/.test(p))) return;
        if (table.kind === 'table2') checkNormativeDocument(table);
        const canonical = canonicalFor(table);
        const canonicalTexts = canonical.texts;
        const note = table.kind === 'table3' ? table.reconciliationNote?.range : undefined;
        // a row the national table 二 lacks is table-shape's finding
        const added = new Set(table.kind === 'table2' ? table.dataRows.filter((r) => !r.key).map((r) => `${r.label.range[0]}:${r.label.range[1]}`) : []);
        // built at the first label that is wrong (most tables have none)
        let rows: Map<string, Table3Row> | undefined;
        const rowOf = () => {
          if (rows) return rows;
          rows = new Map<string, Table3Row>();
          if (table.kind === 'table3') {
            // a row's own label is its last label cell; the cells before it are group labels ("三、本年度办理结果")
            for (const key of table.order) {
              const own = table.rows[key]?.labels.at(-1);
              if (own) rows.set(`${own.range[0]}:${own.range[1]}`, key);
            }
          }
          return rows;
        };
        // pieces joined from a conversion (a PDF split into small tables) may have lost or cut a label: say so, don't assert it
        const severity = table.found === 'merged' ? ('warn' as const) : undefined;
        const check = (cell: TextSpan) => {
          if (note && cell.range[0] >= note[0] && cell.range[1] <= note[1]) return;
          if (added.size > 0 && added.has(`${cell.range[0]}:${cell.range[1]}`)) return;
          const whole = labelForm(cell.text);
          if (/勾稽|^单位|^注[:：]|^表[一二三四1-4]/.test(whole)) return;
          if (isPieceOf(whole, canonical)) return;
          const pieces = cell.text.split(/\s+/).filter(Boolean).map(labelForm);
          if (pieces.length > 1 && pieces.every((p) => isPieceOf(p, canonical))) return;
          const written = cell.text.replace(/\s+/g, '');
          const row = rowOf().get(`${cell.range[0]}:${cell.range[1]}`);
          if (row) {
            const spec = table3RowSpec(row);
            context.report({ messageId: 'rowLabel', data: { table: TABLE_NAME[table.kind], row: spec.short, written, expected: spec.label }, range: cell.range, severity });
            return;
          }
          let best = '';
          let bestScore = 0.6;
          for (const c of canonicalTexts) {
            const score = likeness(labelForm(written), labelForm(c));
            if (score > bestScore && c !== RECONCILIATION_NOTE) {
              best = c;
              bestScore = score;
            }
          }
          context.report({ messageId: 'label', data: { table: TABLE_NAME[table.kind], written, closest: best ? `（应为“${best}”？）` : '' }, range: cell.range, severity });
        };
        for (const cell of table.labelCells) check(cell);
      },
    };
  },
};
