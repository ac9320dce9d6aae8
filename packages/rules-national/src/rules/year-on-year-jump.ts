import type { Cell } from '@xxgk-lint/core';
import { REVIEW_FIGURES, defineRule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { fileName } from '../util.js';

interface Options {
  /** a figure this many times last year's (or more), or last year's over this factor (or less), is reported */
  factor: number;
  /** the larger of the two years' figures must reach this: below it a 5× change is a handful of cases */
  minimum: number;
}

/** a figure written as a plain number (not blank, "/", words) */
function valueOf(cell: Cell | undefined): number | undefined {
  return cell?.kind === 'number' && cell.value !== null ? cell.value : undefined;
}

/** "增至上一年度的 6.5 倍", "降至上一年度的 12%", "降为 0" — or undefined when the change is within bounds */
export function describeJump(now: number, before: number, options: Options): string | undefined {
  if (Math.max(now, before) < options.minimum) return undefined;
  if (now === 0) return '降为 0';
  if (before === 0) return '由 0 增加';
  if (now >= before * options.factor) return `增至上一年度的 ${Math.round((now / before) * 10) / 10} 倍`;
  if (now * options.factor <= before) return `降至上一年度的 ${Math.round((now / before) * 100)}%`;
  return undefined;
}

export const yearOnYearJump = defineRule<Options, 'jump'>({
  meta: {
    type: 'suggestion',
    defaultSeverity: 'info',
    docs: {
      description: '表二、表三、表四的主要数字与上一年度相比增至 5 倍以上、降至五分之一以下或降为 0 时提示核对（较大的一年不足 20 时不比）',
      url: docsUrl('year-on-year-jump'),
      basis: ['国办公开办函〔2021〕30号 表二、表三、表四', '政务公开办、第三方评估的逐年比对：数字大起大落多半是填错行、列或单位'],
      category: 'consistency',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        factor: { type: 'number', minimum: 1.5, description: '倍数（至少 1.5）：本年 ≥ 上年 × 倍数，或本年 × 倍数 ≤ 上年时提示' },
        minimum: { type: 'number', minimum: 1, description: '两年中较大的数不足这个数时不比较' },
      },
    },
    defaultOptions: { factor: 5, minimum: 20 },
    messages: {
      jump: '{{figure}}本年为 {{now}}，上一年度报告（{{file}}）为 {{before}}，{{change}}：请核对是否填错行、列或单位；确有其事的可不理会。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const previous = context.previousReport;
        if (!previous) return;
        // the figures a reviewer compares (core's batch/figures.ts, also the batch view's): tables read with confidence only
        for (const figure of REVIEW_FIGURES) {
          const cell = figure.cell(report);
          const now = valueOf(cell);
          const before = valueOf(figure.cell(previous.report));
          if (now === undefined || before === undefined) continue;
          const change = describeJump(now, before, context.options);
          if (!change) continue;
          context.report({
            messageId: 'jump',
            data: { figure: figure.name, now, before, change, file: fileName(previous.filePath) },
            range: cell!.range,
          });
        }
      },
    };
  },
});
