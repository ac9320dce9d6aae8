#!/usr/bin/env node
// Builds test/fixtures/docx-numbering/: seeds 002–004 (test/fixtures/corpus/seeds/*.txt,
// copied there from /work/shared/corpus) as Word files whose headings are
// numbered the way clerks' Word and WPS files are — by automatic list
// numbering, not typed text:
//   - "一、" part headings and "（一）" sub-headings (003 also "1." under its
//     first sub-heading) lose their number in the text; it lives in
//     word/numbering.xml instead (chineseCounting or chineseCountingThousand,
//     lvlText "%1、" / "（%2）" / "%3."), and Word restarts "（一）" under each part;
//   - seed-002-heading-styles: "Heading 1" carries the list through its style
//     (w:numPr in styles.xml), sub-headings through a direct w:numPr;
//   - seed-003-direct-numpr: every number through the paragraph's own w:numPr,
//     headings are bold Normal paragraphs, runs split mid-sentence;
//   - seed-004-wps-style-ids: WPS-style paragraph style ids "1" and "2"
//     (named "heading 1"/"heading 2") carrying levels 0 and 1, one run per character;
// the tables as real Word tables (merges inferred from the empty slots, as in
// scripts/make-format-fixtures.mjs), every other paragraph as it is.
// Deterministic: the docx package's timestamps are replaced with a fixed date
// and the zip is rewritten with fixed entry dates and order, so re-running
// gives byte-identical files (packages/core/test/docx-numbering-fixtures.test.ts
// regenerates into a temp dir and compares).
// Usage: node scripts/generate-docx-fixtures.mjs [output dir]   (docx is a devDependency)
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { tsvTableAt, wordTable } from './fixture-grid.mjs';

// jszip as the docx package depends on it (no dependency of our own)
const require = createRequire(import.meta.url);
const JSZip = createRequire(require.resolve('docx'))('jszip');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(process.argv[2] ?? path.join(root, 'test/fixtures/docx-numbering'));
const seed = (name) => readFileSync(path.join(root, 'test/fixtures/corpus/seeds', name), 'utf8');

const FIXED_DATE = new Date('2024-01-15T08:00:00Z');
const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312' };

// ------------------------------------------------------------------ seed → blocks

const CHINESE = '一二三四五六七八九十';
const chineseValue = (text) => (text.length === 1 ? CHINESE.indexOf(text) + 1 : text === '十' ? 10 : Number.NaN);

const PART = /^([一二三四五六七八九十])、\s*(.*)$/;
const SUB = /^[（(]\s*([一二三四五六七八九十])\s*[）)]\s*(.*)$/;
const ITEM = /^(\d{1,2})[.．]\s*(.*)$/;


/**
 * A seed's lines → { title, blocks }: paragraphs ({ type: 'p', text, level })
 * where `level` (0, 1, 2) is the list level whose number was taken out of
 * `text`, and tables. A number is taken out only where Word's counter would
 * write the same number (each level restarts under the one above); any other
 * paragraph keeps its text, so the generator never changes what a report says.
 */
function fromSeed(text, { items }) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  const counters = [0, 0, 0];
  let title;
  let deepest = -1;
  const numbered = (level, value) => {
    if (level > deepest + 1 || value !== counters[level] + 1) return false;
    counters[level] = value;
    for (let l = level + 1; l < counters.length; l++) counters[l] = 0;
    deepest = level;
    return true;
  };
  for (let i = 0; i < lines.length; ) {
    if (lines[i].includes('\t')) {
      const table = tsvTableAt(lines, i);
      blocks.push({ type: 'table', rows: table.rows });
      i = table.next;
      continue;
    }
    const line = lines[i++].trim();
    if (line === '') continue;
    if (title === undefined) {
      title = line;
      continue;
    }
    const part = PART.exec(line);
    const sub = SUB.exec(line);
    const item = items ? ITEM.exec(line) : null;
    if (part && numbered(0, chineseValue(part[1]))) blocks.push({ type: 'p', text: part[2], level: 0 });
    else if (sub && numbered(1, chineseValue(sub[1]))) blocks.push({ type: 'p', text: sub[2], level: 1 });
    else if (item && deepest >= 1 && numbered(2, Number(item[1]))) blocks.push({ type: 'p', text: item[2], level: 2 });
    else blocks.push({ type: 'p', text: line });
  }
  return { title, blocks };
}

// ------------------------------------------------------------------ Word

/** the text cut into runs of `every` characters (1 = a run per character): Word splits runs mid-sentence */
function runs(text, every, options = {}) {
  const out = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i += every) out.push(new TextRun({ text: chars.slice(i, i + every).join(''), font: FONT, size: 32, ...options }));
  return out.length > 0 ? out : [new TextRun({ text: '', font: FONT })];
}


/** the report's list: "一、", "（一）", "1."; `suffix` undefined: Word's default tab after the number (as WPS leaves it) */
function listLevels(format, suffix) {
  return [
    { level: 0, format, text: '%1、', alignment: AlignmentType.LEFT, suffix: suffix && LevelSuffix.NOTHING },
    { level: 1, format, text: '（%2）', alignment: AlignmentType.LEFT, suffix: suffix && LevelSuffix.NOTHING },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT, suffix: suffix && LevelSuffix.SPACE },
  ];
}

const LIST = 'report-parts';

/**
 * How each fixture carries the numbers:
 * - 'heading-styles': Heading 1 has the list in its style (level 0), sub-headings a direct numPr;
 * - 'direct': every numbered paragraph has its own numPr, headings are bold;
 * - 'wps-style-ids': styles "1"/"2" (heading 1/2, as WPS names them) carry levels 0 and 1.
 */
function wordDocument(doc, { carrier, format, runLength, suffix }) {
  const paragraph = (b) => {
    const bold = b.level === 0;
    const children = runs(b.text, runLength, bold ? { bold: true } : {});
    if (b.level === undefined) return new Paragraph({ indent: { firstLine: 640 }, children });
    if (carrier === 'heading-styles' && b.level === 0) return new Paragraph({ heading: HeadingLevel.HEADING_1, children });
    if (carrier === 'wps-style-ids' && b.level < 2) return new Paragraph({ style: String(b.level + 1), children });
    return new Paragraph({ numbering: { reference: LIST, level: b.level }, children });
  };
  const wpsStyles =
    carrier === 'wps-style-ids'
      ? [1, 2].map((k) => ({
          id: String(k),
          name: `heading ${k}`,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 32, font: FONT },
          paragraph: { numbering: { reference: LIST, level: k - 1 } },
        }))
      : [];
  const document = new Document({
    creator: 'xxgk-lint fixtures',
    lastModifiedBy: 'xxgk-lint fixtures',
    title: doc.title,
    description: 'scripts/generate-docx-fixtures.mjs',
    numbering: { config: [{ reference: LIST, levels: listLevels(format, suffix) }] },
    styles: {
      default:
        carrier === 'heading-styles'
          ? { heading1: { run: { bold: true, size: 32, font: FONT }, paragraph: { numbering: { reference: LIST, level: 0 } } } }
          : {},
      paragraphStyles: wpsStyles,
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title, bold: true, size: 44 })] }),
          ...doc.blocks.map((b) => (b.type === 'table' ? wordTable(b.rows, FONT) : paragraph(b))),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** the same bytes on every run: fixed core-property dates, fixed zip entry dates and order */
async function deterministic(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort();
  for (const name of names) {
    let data = await zip.file(name).async('nodebuffer');
    if (name === 'docProps/core.xml') {
      const stamp = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
      data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`), 'utf8');
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

// ------------------------------------------------------------------ write

const FIXTURES = [
  { name: 'seed-002-heading-styles.docx', seed: '002_cff4ace8f11033c3.txt', carrier: 'heading-styles', format: LevelFormat.CHINESE_COUNTING, runLength: 5, suffix: true },
  { name: 'seed-003-direct-numpr.docx', seed: '003_b44d1f36068b8b31.txt', carrier: 'direct', format: LevelFormat.CHINESE_COUNTING, runLength: 7, items: true, suffix: true },
  { name: 'seed-004-wps-style-ids.docx', seed: '004_50046161c6499f8c.txt', carrier: 'wps-style-ids', format: LevelFormat.CHINESE_COUNTING_THOUSAND, runLength: 1 },
];

mkdirSync(OUT, { recursive: true });
for (const f of FIXTURES) {
  const doc = fromSeed(seed(f.seed), { items: f.items === true });
  const numbered = doc.blocks.filter((b) => b.level !== undefined).length;
  writeFileSync(path.join(OUT, f.name), await deterministic(await wordDocument(doc, f)));
  console.log(`wrote ${path.relative(root, path.join(OUT, f.name))} (${numbered} numbered paragraphs)`);
}
