import type { Rule, Table2Row } from '@xxgk-lint/core';
import { TABLE2_LABELS } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { fileName, isReadable } from '../util.js';

const ROWS: Table2Row[] = ['regulation', 'normativeDocument'];

export const stockMovement: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'info',
    docs: {
      description: '表二现行有效件数 ≈ 上一年度的现行有效件数 + 本年制发 − 本年废止（规章、行政规范性文件）',
      url: docsUrl('stock-movement'),
      basis: ['国办公开办函〔2021〕30号 表二（本年制发、本年废止、现行有效件数）', 'domain.md §2.6 T2-STOCK（提示：修订、清理会使它不成立）'],
      category: 'consistency',
    },
    messages: {
      moved:
        '表二“{{row}}”现行有效 {{current}} 件，但按上一年度报告（{{file}}）推算应为 {{last}} + {{issued}} − {{repealed}} = {{expected}} 件：如有修订、清理等原因可不理会，否则请核对。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const previous = context.previousReport;
        const now = report.tables.table2;
        const before = previous?.report.tables.table2;
        if (!previous || !isReadable(now) || !isReadable(before)) return;
        for (const row of ROWS) {
          const [issued, repealed, inForce] = now.rows[row] ?? [];
          const last = before.rows[row]?.[2];
          if (issued?.value == null || repealed?.value == null || inForce?.value == null || last?.value == null) continue;
          const expected = last.value + issued.value - repealed.value;
          if (expected === inForce.value) continue;
          context.report({
            messageId: 'moved',
            data: {
              row: TABLE2_LABELS[row],
              current: inForce.value,
              last: last.value,
              issued: issued.value,
              repealed: repealed.value,
              expected,
              file: fileName(previous.filePath),
            },
            range: inForce.range,
          });
        }
      },
    };
  },
};
