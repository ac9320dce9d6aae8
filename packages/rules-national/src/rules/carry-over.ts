import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { columnName, eachColumn, fileName, isReadable } from '../util.js';

export const carryOver: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '本年表三“二、上年结转”应等于上一年度报告表三“四、结转下年度继续办理”（逐列）',
      url: docsUrl('carry-over'),
      basis: ['国办公开办函〔2021〕30号 表三（上年结转、结转下年度）', 'domain.md §2.6 T3-CARRY'],
      category: 'consistency',
    },
    messages: {
      mismatch:
        '表三“二、上年结转”“{{column}}”列为 {{current}}，但上一年度报告（{{file}}）“四、结转下年度继续办理”为 {{previous}}：两者应相等，请核对。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const previous = context.previousReport;
        const now = report.tables.table3;
        const before = previous?.report.tables.table3;
        if (!previous || !isReadable(now) || !isReadable(before)) return;
        eachColumn((column, i) => {
          const current = now.rows.carriedOver?.cells[i];
          const last = before.rows.carriedForward?.cells[i];
          if (current?.value == null || last?.value == null || current.value === last.value) return;
          context.report({
            messageId: 'mismatch',
            data: { column: columnName(column), current: current.value, previous: last.value, file: fileName(previous.filePath) },
            range: current.range,
          });
        });
      },
    };
  },
};
