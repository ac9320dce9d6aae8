import type { Rule } from '@xxgk-lint/core';
import { RECONCILIATION_NOTE, labelKey } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** the note's words, without brackets and punctuation */
const words = (text: string) => labelKey(text).replace(/[()（）:：,，。;；、"“”]/g, '');

export const reconciliationNote: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '表三保留勾稽关系说明“（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）”',
      url: docsUrl('reconciliation-note'),
      basis: ['国办公开办函〔2021〕30号（表三表头的勾稽关系说明）'],
      category: 'template',
    },
    messages: {
      missing: '表三缺少勾稽关系说明：请在表头保留“{{note}}”。',
      changed: '表三的勾稽关系说明写成了“{{written}}”：请保留国家格式的原文“{{note}}”。',
    },
  },
  create(context) {
    return {
      Table(table) {
        if (table.kind !== 'table3' || table.confidence !== 'high') return;
        const note = table.reconciliationNote;
        if (!note) {
          // the note may stand above the table as a line of its own
          const part = context.annualReport.part(3);
          const prose = part ? context.annualReport.proseIn(part.range).value : '';
          if (prose.includes('勾稽')) return;
          // on the table's first line, where the note belongs
          const { lines } = context.sourceCode;
          const firstLine = lines.lineRange(lines.locate(table.range[0]).line);
          context.report({ messageId: 'missing', data: { note: RECONCILIATION_NOTE }, range: [table.range[0], Math.max(table.range[0], firstLine[1])] });
          return;
        }
        if (words(note.text) === words(RECONCILIATION_NOTE)) return;
        context.report({ messageId: 'changed', data: { written: note.text.replace(/\s+/g, ''), note: RECONCILIATION_NOTE }, range: note.range });
      },
    };
  },
};
