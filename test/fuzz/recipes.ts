/**
 * What a fuzz case is: a seed, the API that lints it, and the mutations —
 * and the fast-check arbitraries that generate such recipes.
 */
import fc from 'fast-check';
import type { DocxField, NestStyle, Op, PdfXrefMode } from './mutations.js';
import type { Seed, SeedFormat } from './seeds.js';
import { seeds } from './seeds.js';

/** node/held: createLinter or createHeldLinter; bytes/text: lintBytes or lintText */
export type Api = 'node-bytes' | 'node-text' | 'held-bytes' | 'held-text';

export interface Recipe {
  seed: string;
  /** the extension of the file name the input is linted under (a .txt seed is also linted as .md) */
  ext: string;
  api: Api;
  ops: Op[];
}

/** how big nesting and repetition get */
export interface Scale {
  maxDepth: number;
  maxRepeat: number;
  maxPiece: number;
}

/** the hostile characters: astral, combining, bidi controls, NUL and other C0/C1, lone surrogates, BOM, separators */
const SPECIALS = [
  '\u0000', '\u0001', '\u001b[31m', '\u0085', '\u00a0', '\u0301', '\u0301\u0301\u0301\u0301', '\u200b', '\u200d',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u061c', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '😀', '👨‍👩‍👧', '𠀀', '𪚥', '\u{10ffff}', '\r', '\r\n', '\n\n\n', '\t',
  '一、总体情况', '（一）', '表', '|', '<', '&#0;', '&#xD800;', '&nbsp;', '<!--', ']]>', '%PDF-1.7', 'PK\u0003\u0004',
];

const position = fc.nat({ max: 0x7fffffff });
const insertedText = fc
  .array(fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const NEST_STYLES: Record<SeedFormat, NestStyle[]> = {
  text: ['quote', 'list', 'indented-list', 'md-table', 'paren', 'div'],
  markdown: ['quote', 'list', 'indented-list', 'md-table', 'paren', 'div'],
  html: ['div', 'table', 'paren', 'quote'],
  docx: [],
  pdf: [],
};

const CHARSETS = ['gb2312', 'gbk', 'gb18030', 'utf-8', 'big5', 'utf-16', 'utf-16le', 'utf-7', 'shift_jis', 'x-nonsense', '', '"', 'utf-8\u0000', 'gbk"><meta charset="big5'];

function opArb(format: SeedFormat, scale: Scale): fc.Arbitrary<Op> {
  const common: fc.Arbitrary<Op>[] = [
    fc.record({ op: fc.constant('flip' as const), at: position, xor: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: position }),
    fc.record({ op: fc.constant('insert' as const), at: position, text: insertedText }),
  ];
  const textual: fc.Arbitrary<Op>[] = [
    fc.record({
      op: fc.constant('repeat' as const),
      at: position,
      length: fc.integer({ min: 1, max: scale.maxPiece }),
      times: fc.integer({ min: 2, max: scale.maxRepeat }),
    }),
  ];
  const styles = NEST_STYLES[format];
  if (styles.length > 0) {
    textual.push(
      fc.record({
        op: fc.constant('nest' as const),
        at: position,
        style: fc.constantFrom(...styles),
        depth: fc.integer({ min: 1, max: scale.maxDepth }),
      }),
    );
  }
  switch (format) {
    case 'docx':
      return fc.oneof(
        ...common,
        fc.record({ op: fc.constant('docx-entry' as const), entry: fc.nat({ max: 63 }), at: position, xor: fc.integer({ min: 1, max: 255 }) }),
        fc.record({
          op: fc.constant('docx-header' as const),
          entry: fc.nat({ max: 63 }),
          field: fc.constantFrom<DocxField>('method', 'compressed-size', 'size', 'name-length', 'flags'),
          value: fc.oneof(fc.constantFrom(0, 1, 8, 9, 12, 99, 0xffff, 0xffffffff), fc.nat({ max: 0xffffffff })),
        }),
        fc.record({ op: fc.constant('docx-cut-central' as const), at: position }),
      );
    case 'pdf':
      return fc.oneof(
        ...common,
        fc.record({
          op: fc.constant('pdf-xref' as const),
          mode: fc.constantFrom<PdfXrefMode>('cut-after-startxref', 'bad-offset', 'drop-eof', 'cut-xref', 'garble-trailer'),
          at: position,
        }),
      );
    case 'html':
      return fc.oneof(...common, ...textual, fc.record({ op: fc.constant('html-charset' as const), value: fc.constantFrom(...CHARSETS) }));
    default:
      return fc.oneof(...common, ...textual);
  }
}

const EXTENSION: Record<SeedFormat, string> = { text: '.txt', markdown: '.md', html: '.html', docx: '.docx', pdf: '.pdf' };

export function recipeArb(family: readonly Seed[], scale: Scale): fc.Arbitrary<Recipe> {
  return fc.constantFrom(...family).chain((seed) => {
    const textual = seed.format === 'text' || seed.format === 'markdown';
    return fc.record({
      seed: fc.constant(seed.name),
      ext: textual ? fc.constantFrom('.txt', '.md') : fc.constant(EXTENSION[seed.format]),
      // a quarter of the cases go through the browser's linter
      api: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Api>(textual ? 'node-text' : 'node-bytes') },
        { weight: 3, arbitrary: fc.constant<Api>('node-bytes') },
        { weight: 2, arbitrary: fc.constant<Api>(textual ? 'held-text' : 'held-bytes') },
      ),
      ops: fc.array(opArb(seed.format, scale), { minLength: 1, maxLength: 3 }),
    });
  });
}

export const seedsOf = (...formats: SeedFormat[]) => seeds.filter((seed) => formats.includes(seed.format));
