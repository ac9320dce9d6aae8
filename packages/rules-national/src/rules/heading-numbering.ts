import type { NormalizedText, Range, Rule } from '@xxgk-lint/core';
import type { BreakOptions } from '@xxgk-lint/core';
import { HAN_CLASS, isBreak } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

interface Pattern {
  re: RegExp;
  /** the numbering as it should be written */
  expected: (m: RegExpExecArray) => string;
  /** the separator's replacement ('' removes it) */
  replacement: string;
  /** only where a paragraph starts (the comma form is too easily a list: "一，二季度") */
  strictStart?: boolean;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const PATTERNS: Pattern[] = [
  // 一. / 一． → 一、
  { re: new RegExp(`^(${NUMERAL})([ \\t]*)([.．])(?![0-9])`), expected: (m) => `${m[1]}、`, replacement: '、' },
  // 一， → 一、
  { re: new RegExp(`^(${NUMERAL})([ \\t]*)([，,])(?=[${HAN_CLASS}])(?![一二三四五六七八九十])`), expected: (m) => `${m[1]}、`, replacement: '、', strictStart: true },
  // （一）、 / (一). → （一）
  { re: new RegExp(`^([（(]${NUMERAL}[）)])([ \\t]*)([、，,.．])`), expected: (m) => m[1], replacement: '' },
  // （1）、 → （1）
  { re: /^([（(][0-9]{1,2}[）)])([ \t]*)([、，,.．])/, expected: (m) => m[1], replacement: '' },
  // 1、 → 1.
  { re: new RegExp(`^([0-9]{1,2})([ \\t]*)(、)(?=[ \\t]*[${HAN_CLASS}])`), expected: (m) => `${m[1]}.`, replacement: '.' },
];

/** a line that ends a sentence or a clause (。；：！？) ends its paragraph */
const LINE_END: BreakOptions = { semicolons: true, colons: true };

/** Markdown markers before a heading's text: "## ", "> ", "**" */
const MARKERS = /^(?:#{1,6}[ \t]+|>[ \t]*|\*\*|__|[ \t\u3000]+)*/;

/** the first characters MARKERS can match: any other line starts with no marker */
const MARKER_START = new Set([...'#>*_ \t\u3000'].map((c) => c.charCodeAt(0)));

/** the first characters a numbering of PATTERNS starts with: 一–十, ( （ and 0–9 */
const NUMBERING_START = new Set([...'一二三四五六七八九十(（0123456789'].map((c) => c.charCodeAt(0)));

/** the offset is a character of the running text (not of a table, a code span…) */
function inProse(prose: NormalizedText, offset: number): boolean {
  const i = prose.indexFrom(offset);
  return i < prose.map.length && prose.map[i] === offset;
}

export const headingNumbering: Rule = {
  meta: {
    type: 'layout',
    defaultSeverity: 'warn',
    fixable: 'text',
    docs: {
      description: '标题序号按“一、”“（一）”“1.”“（1）”书写，不写作“一.”“（一）、”“1、”',
      url: docsUrl('heading-numbering'),
      basis: ['GB/T 9704—2012《党政机关公文格式》7.3.3 正文（结构层次序数）'],
      category: 'writing',
    },
    messages: {
      numbering: '标题序号“{{written}}”应写作“{{expected}}”（GB/T 9704—2012 7.3.3）。',
    },
  },
  create(context) {
    const { text, lines } = context.sourceCode;
    const blockStarts = new Set<number>();
    return {
      paragraph(node: { position?: { start: { offset?: number } } }) {
        blockStarts.add(node.position?.start.offset ?? -1);
      },
      heading(node: { position?: { start: { offset?: number } } }) {
        blockStarts.add(node.position?.start.offset ?? -1);
      },
      'Report:exit'(report) {
        const prose = report.prose;
        let previous = '';
        for (let line = 1; line <= lines.lineCount; line++) {
          const [start, end] = lines.lineRange(line);
          const raw = text.slice(start, end);
          const lead = MARKER_START.has(raw.charCodeAt(0)) ? (MARKERS.exec(raw)?.[0].length ?? 0) : 0;
          const at = start + lead;
          const body = raw.slice(lead);
          const before = previous;
          const trimmed = body.trim();
          if (trimmed !== '') previous = trimmed;
          // every pattern is anchored at the body's first character
          if (!NUMBERING_START.has(body.charCodeAt(0)) || !inProse(prose, at)) continue;
          // a new paragraph: a block starts here, or the line before ended a sentence or was a heading
          const paragraphStart =
            blockStarts.has(start) || blockStarts.has(at) || before === '' || isBreak(before.at(-1), LINE_END) || before.length <= 25;
          for (const p of PATTERNS) {
            const m = p.re.exec(body);
            if (!m) continue;
            if (p.strictStart && !paragraphStart) break;
            if (!paragraphStart && !/^[（(]/.test(m[0])) break;
            const sepStart = at + m[1].length + m[2].length;
            const written = body.slice(0, m[0].length).replace(/[ \t]/g, '');
            const range: Range = [at, sepStart + m[3].length];
            context.report({
              messageId: 'numbering',
              data: { written, expected: p.expected(m) },
              range,
              fix: (fixer) => fixer.replaceTextRange([sepStart, sepStart + m[3].length], p.replacement),
            });
            break;
          }
        }
      },
    };
  },
};
