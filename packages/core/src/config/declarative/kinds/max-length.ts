import { part } from '../fields.js';
import type { DeclarativeKind } from '../kind.js';
import { interpolate } from '../messages.js';
import { parsePart, scopeName } from '../scope.js';

/** a character limit for a part (or the whole prose), whitespace and tables not counted */
export const maxLength: DeclarativeKind = {
  type: 'max-length',
  description: '某个部分（或全文）的字数上限（空白不计，表格不计）',
  fields: {
    max: { type: 'integer', minimum: 1, description: '字数上限', errorMessage: '应为正整数（字数上限）' },
    part,
  },
  required: ['max'],
  create({ spec, runsOn, meta }) {
    const partNo = parsePart(spec.part);
    const max = spec.max as number;
    const template = spec.message ?? `${scopeName(partNo, undefined)}共 {{count}} 字，超过了 {{max}} 字的上限：请精简。`;
    return {
      meta: meta({ description: `${scopeName(partNo, undefined)}不超过 ${max} 字`, messages: { [spec.messageId ?? 'tooLong']: template } }),
      create(context) {
        return {
          Report(report) {
            if (!runsOn(report)) return;
            const p = partNo ? report.part(partNo) : undefined;
            if (partNo && !p) return;
            const text = p ? report.proseIn(p.bodyRange) : report.prose;
            const count = text.value.replace(/\n/g, '').length;
            if (count <= max) return;
            context.report({ message: interpolate(template, { count, max, year: report.metadata.year ?? '' }), messageId: spec.messageId, range: p ? p.heading.range : [0, 0] });
          },
        };
      },
    };
  },
};
