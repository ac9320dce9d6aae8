import { interpolate } from '../messages.js';
import { compilePatterns, proseMatches } from '../patterns.js';
import { flag, part, phrase, table, text } from '../fields.js';
import type { DeclarativeKind } from '../kind.js';
import { withinBudget } from '../kind.js';
import { parsePart, scopeName, scopeText, tableNumber } from '../scope.js';

/** a word or pattern that must not appear; with `replacement`, --fix replaces it */
export const forbidPhrase: DeclarativeKind = {
  type: 'forbid-phrase',
  description: '不得出现某个词或模式；写了 replacement 就能用 --fix 自动替换',
  fields: { phrase, regex: flag, ignoreCase: flag, replacement: text, part, table },
  required: ['phrase'],
  create({ spec, loc, matcher, runsOn, meta }) {
    const patterns = compilePatterns(spec.phrase, spec, loc, ['phrase']);
    const partNo = parsePart(spec.part);
    const tableNo = tableNumber(spec.table);
    const fixable = spec.replacement !== undefined;
    const template = spec.message ?? (fixable ? '不应使用“{{actual}}”，请改为“{{expected}}”。' : '不应出现“{{actual}}”。');
    return {
      meta: meta({
        description: `${scopeName(partNo, tableNo)}不应出现“${[spec.phrase].flat().join('、')}”`,
        fixable,
        messages: { [spec.messageId ?? 'forbidden']: template },
      }),
      create(context) {
        return {
          Report(report) {
            if (!runsOn(report)) return;
            const scope = scopeText(report, partNo, tableNo, context.sourceCode.text);
            if (!scope) return;
            const year = report.metadata.year ?? '';
            withinBudget(context, spec.id, () => {
              for (const re of patterns) {
                for (const m of proseMatches(re, scope, report, matcher)) {
                  const expected = !fixable ? '' : spec.regex ? m.text.replace(new RegExp(re.source, re.flags.replace('g', '')), spec.replacement!) : spec.replacement!;
                  const range = m.range;
                  context.report({
                    message: interpolate(template, { actual: m.text, expected, year }),
                    messageId: spec.messageId,
                    range,
                    fix: fixable ? (fixer) => fixer.replaceTextRange(range, expected) : undefined,
                  });
                }
              }
            });
          },
        };
      },
    };
  },
};
