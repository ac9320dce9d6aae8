/**
 * Reporting the one wrong cell of table 三 (the model's `arithmetic.pinpoint`).
 *
 * row-total, result-total and application-balance share it: exactly one of
 * them reports the cell (with the value as a suggestion, never a fix) and
 * the others stay silent for that table. Otherwise each rule reports its own
 * failing identities.
 *
 * Which rule reports it: the first of application-balance → result-total →
 * row-total that is switched on and whose identity fails at that cell (the
 * printed 勾稽关系 first, then the column's result total; every cell breaks
 * its row total, so row-total reports only when the other two are off or
 * unaffected). If none of the identities that fail belongs to a rule that is
 * on, nobody reports (the user turned those checks off).
 *
 * When no single cell explains the table, the split-cell diagnosis
 * (split-cells.ts: a number cut into two cells, or one application under the
 * wrong applicant) is reported the same way, by the same one rule.
 */
import type {
  Cell,
  RuleContext,
  SourceCode,
  Table3Arithmetic,
  Table3ColumnIdentity,
  Table3Identity,
  Table3RowIdentity,
} from '@xxgk-lint/core';
import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, table3RowSpec } from '@xxgk-lint/core';
import type { SplitDiagnosis } from './split-cells.js';
import { diagnoseSplitCells } from './split-cells.js';
import { sum } from './util.js';

type IdentityKind = Table3Identity['kind'];

/** who reports a pinpointed cell: the first of these that is on and whose identity fails there */
const PINPOINT_ORDER: IdentityKind[] = ['balance', 'result', 'row'];

const RULE_OF: Record<IdentityKind, string> = { balance: 'application-balance', result: 'result-total', row: 'row-total' };

/** a rule of the same pack as the one asking ("national/row-total" → "national/result-total") */
function siblingId(context: RuleContext, name: string): string {
  return context.id.replace(/[^/]*$/, name);
}

/** the identity whose rule reports the pinpoint (or the split-cell diagnosis), or undefined when no such rule is on */
function pinpointOwner(context: RuleContext, failingIdentities: Table3Identity[]): IdentityKind | undefined {
  const failing = new Set(failingIdentities.map((f) => f.kind));
  return PINPOINT_ORDER.find((k) => failing.has(k) && context.isEnabled(siblingId(context, RULE_OF[k])));
}

export const PINPOINT_MESSAGE =
  '表三很可能是“{{row}}”行“{{column}}”列填错：现为 {{from}}，若为 {{to}} 则{{holds}}。现在对不上的是：{{failing}}。';

export const SPLIT_MESSAGE =
  '表三“{{row}}”行很可能把 {{merged}} 拆成了“{{first}}”“{{second}}”两格，本行的数因此错了位：合并后本行（六类申请人、总计）为 {{values}}，{{holds}}。现在对不上的是：{{failing}}。请把这两格合并为一格。';

export const MOVE_MESSAGE =
  '表三“{{row}}”行很可能把 1 件申请记错了申请人类别：“{{from}}”列 {{fromValue}} 若为 {{fromTo}}、“{{to}}”列 {{toValue}} 若为 {{toTo}}，则{{holds}}。现在对不上的是：{{failing}}。';

/** the numbers of cells the model checked (every one is a number) */
export function valuesOf(cells: Cell[]): number[] {
  return cells.map((c) => c.value as number);
}

/** "本行六类申请人之和 12，“总计”列为 10" and the like, with the numbers as they are now */
function describe(identity: Table3Identity): string {
  const left = sum(valuesOf(identity.left));
  const right = sum(valuesOf(identity.right));
  if (identity.kind === 'row') return `本行六类申请人之和 ${left}，“总计”列为 ${right}`;
  if (identity.kind === 'result') return `本列（一）至（六）各项之和 ${left}，（七）总计为 ${right}`;
  return `本列一+二 = ${left}，（七）总计+四 = ${right}`;
}

/** the digits of a cell's text in the source (keeps a note such as "5（含电话申请2件）" around them) */
export function numberRange(sourceCode: SourceCode, cell: Cell): [number, number] | null {
  const text = sourceCode.text.slice(cell.range[0], cell.range[1]);
  const m = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/.exec(text);
  if (!m) return null;
  return [cell.range[0] + m.index, cell.range[0] + m.index + m[0].length];
}

/**
 * For a table-三 rule: when the table has a single wrong cell, or one
 * split-cell diagnosis, the rule whose turn it is reports it, and every
 * rule returns true (skip the usual per-identity findings for this table).
 * False: report as usual.
 */
export function reportTable3Pinpoint(context: RuleContext, arithmetic: Table3Arithmetic, kind: IdentityKind): boolean {
  const { pinpoint } = arithmetic;
  if (!pinpoint) return reportSplitDiagnosis(context, arithmetic, kind);
  if (pinpointOwner(context, pinpoint.failing) !== kind) return true;
  const row = table3RowSpec(pinpoint.row).short;
  const column = TABLE3_COLUMN_LABELS[pinpoint.column];
  const digits = numberRange(context.sourceCode, pinpoint.cell);
  context.report({
    messageId: 'pinpoint',
    data: {
      row,
      column,
      from: pinpoint.from,
      to: pinpoint.to,
      holds: pinpoint.partial ? '能核对的勾稽关系全部成立' : '全部勾稽关系成立',
      failing: pinpoint.failing.map(describe).join('；'),
    },
    range: pinpoint.cell.range,
    suggest: digits
      ? [{ desc: `将“${row}”行“${column}”列改为 ${pinpoint.to}`, fix: (fixer) => fixer.replaceTextRange(digits, String(pinpoint.to)) }]
      : [],
  });
  return true;
}

/** the identities that fail, row first, then result, then balance */
function failingOf(arithmetic: Table3Arithmetic): Table3Identity[] {
  return arithmetic.identities.filter((i) => i.status === 'fails').sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

const KIND_RANK: Record<IdentityKind, number> = { row: 0, result: 1, balance: 2 };

function failingText(arithmetic: Table3Arithmetic): string {
  return failingOf(arithmetic).map(describe).join('；');
}

function holdsText(arithmetic: Table3Arithmetic): string {
  return arithmetic.identities.some((i) => i.status === 'unchecked') ? '能核对的勾稽关系全部成立' : '全部勾稽关系成立';
}

/** the diagnosis of this document's table 三, worked out once for the three rules */
function splitDiagnosis(context: RuleContext): SplitDiagnosis | undefined {
  return context.cache('national/table3-split-diagnosis', () => {
    const table = context.annualReport.tables.table3;
    return table ? diagnoseSplitCells(table, context.sourceCode.text) : undefined;
  });
}

function reportSplitDiagnosis(context: RuleContext, arithmetic: Table3Arithmetic, kind: IdentityKind): boolean {
  if (context.annualReport.tables.table3?.arithmetic !== arithmetic) return false;
  const diagnosis = splitDiagnosis(context);
  if (!diagnosis) return false;
  if (pinpointOwner(context, failingOf(arithmetic)) !== kind) return true;
  const row = table3RowSpec(diagnosis.row).short;
  const common = { row, holds: holdsText(arithmetic), failing: failingText(arithmetic) };
  if (diagnosis.kind === 'split') {
    const [first, second] = diagnosis.pieces;
    const merged = String(diagnosis.merged);
    context.report({
      messageId: 'split',
      data: { ...common, merged, first: first.text, second: second.text, values: diagnosis.values.join('、') },
      range: [first.range[0], second.range[1]],
      suggest: [{ desc: `将“${first.text}”“${second.text}”合并为 ${merged}`, fix: (fixer) => fixer.replaceTextRange([first.range[0], second.range[1]], merged) }],
    });
    return true;
  }
  const { fromCell, toCell } = diagnosis;
  const from = fromCell.value as number;
  const to = toCell.value as number;
  const fromDigits = numberRange(context.sourceCode, fromCell);
  const toDigits = numberRange(context.sourceCode, toCell);
  context.report({
    messageId: 'move',
    data: {
      ...common,
      from: TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[diagnosis.from]],
      fromValue: from,
      fromTo: from - 1,
      to: TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[diagnosis.to]],
      toValue: to,
      toTo: to + 1,
    },
    range: [Math.min(fromCell.range[0], toCell.range[0]), Math.max(fromCell.range[1], toCell.range[1])],
    suggest:
      fromDigits && toDigits
        ? [
            {
              desc: `将“${row}”行的 1 件申请从“${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[diagnosis.from]]}”列移到“${TABLE3_COLUMN_LABELS[TABLE3_COLUMNS[diagnosis.to]]}”列`,
              fix: (fixer) => [fixer.replaceTextRange(fromDigits, String(from - 1)), fixer.replaceTextRange(toDigits, String(to + 1))],
            },
          ]
        : [],
  });
  return true;
}

/** the row identities that fail, in table order */
export function failingRows(arithmetic: Table3Arithmetic): Table3RowIdentity[] {
  return arithmetic.identities.filter((i): i is Table3RowIdentity => i.kind === 'row' && i.status === 'fails');
}

/** the result or balance identities that fail, in column order */
export function failingColumns(arithmetic: Table3Arithmetic, kind: Table3ColumnIdentity['kind']): Table3ColumnIdentity[] {
  return arithmetic.identities.filter((i): i is Table3ColumnIdentity => i.kind === kind && i.status === 'fails');
}
