#!/usr/bin/env node
// Builds the hostile batch of issue 11 in <dir> (which must not exist yet or be empty):
// everything one bad township submission can throw at a reviewer, with good reports
// (copies of test/fixtures/corpus/seeds/*.txt) between the bad entries, so a run shows both
// that no bad entry stops the batch and that the good reports keep their normal findings.
//
//   bomb-309k.docx       a .docx whose word/document.xml declares ~300 MB uncompressed (≈309 KB on disk)
//   bomb-small.docx      ~11 KB on disk: 70,000 short paragraphs "共1条，其中0条" (~4 MB document.xml)
//   (every payload below sits in or after a real report — seed 003 — so it reaches the rules)
//   nested-divs.html     2,000 nested <div>s
//   nested-tables.html   1,000 nested tables
//   nested-lists.md      5,000 nested list levels ("- - - …"), then 5,000 nested quote levels ("> > > …")
//   digits.txt           100,000 digits in one run
//   letters.txt          100,000 ASCII letters in one run
//   repeated-phrase.txt  "共1条，其中" × 50,000
//   fifo.txt             a FIFO (named pipe)
//   broken-link.txt      a symlink to nothing
//   zero-link.txt        a symlink to /dev/zero
//   unreadable/          a folder with mode 000 (holding a good report); as root it stays readable
//   extends-cycle/       .xxgklintrc.yml → extends ./a.yml → extends ./b.yml → extends ./a.yml
//   fifo-config/         a FIFO named .xxgklintrc.yml (a config search must not wait on it)
//   js-config/           a .xxgklintrc.cjs that writes <dir>/../JS-CONFIG-RAN.marker if it is run
//   good-*.txt           the seeds, between the bad entries (and one inside each sub-folder)
//
// Usage: node scripts/make-hostile-batch.mjs <dir>
// Prints a JSON summary: { dir, entries: [...], namedOnCommandLine: [...], markerFile, notes: [...] }.
// `npm run hostile` (scripts/run-hostile.mjs) builds the batch in a temp dir and lints it.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_HEAD, DOCUMENT_TAIL, docxOf } from './zip-writer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(root, 'test/fixtures/corpus/seeds');

/** word/document.xml as chunks (never all in memory): `count` copies of `paragraph` */
function* documentOf(paragraph, count) {
  yield Buffer.from(DOCUMENT_HEAD);
  const one = Buffer.from(paragraph);
  const perChunk = Math.max(1, Math.floor((1 << 20) / one.length));
  const chunk = Buffer.from(paragraph.repeat(perChunk));
  for (let left = count; left > 0; left -= perChunk) yield left >= perChunk ? chunk : Buffer.from(paragraph.repeat(left));
  yield Buffer.from(DOCUMENT_TAIL);
}

/**
 * The big .docx zip bomb: word/document.xml inflates to ~`megabytes` MB of paragraphs that are
 * each 1 MB of one digit — near deflate's best ratio (~1000:1), so 300 MB is ~300 KB on disk.
 */
export function docxBomb(megabytes) {
  const paragraph = `<w:p><w:r><w:t>${'0'.repeat(1 << 20)}</w:t></w:r></w:p>`;
  return docxOf(documentOf(paragraph, megabytes));
}

/** the small bomb: `paragraphs` short paragraphs of a repeated phrase ("共1条，其中0条") */
export function docxPhraseBomb(paragraphs) {
  return docxOf(documentOf('<w:p><w:r><w:t>共1条，其中0条</w:t></w:r></w:p>', paragraphs));
}

// ------------------------------------------------------------------ text families

// Each hostile payload sits inside a real report (seed 003, which has every part), so the file
// passes the "is this a report" check and the payload reaches the rules and the tree walks.
const HOST = readFileSync(path.join(SEEDS, '003_b44d1f36068b8b31.txt'), 'utf8');
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const hostParagraphs = () =>
  HOST.split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
const page = (title, body) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>\n${hostParagraphs()}\n${body}\n</body></html>\n`;
/** the report's text with `payload` as a paragraph after its first part heading's paragraph */
function inReport(payload) {
  const at = HOST.indexOf('\n\n', HOST.indexOf('一、'));
  return `${HOST.slice(0, at)}\n\n${payload}\n${HOST.slice(at)}`;
}

const nestedDivs = (n) => page('嵌套', `${'<div>'.repeat(n)}共1条${'</div>'.repeat(n)}`);

const nestedTables = (n) => page('嵌套表格', `${'<table><tr><td>'.repeat(n)}1${'</td></tr></table>'.repeat(n)}`);

/** "- - - … x" nests a list per marker on one line (CommonMark), "> > > …" a quote per marker */
const nestedListsAndQuotes = (n) => inReport(`${'- '.repeat(n)}列表\n\n${'> '.repeat(n)}引用\n`);

// ------------------------------------------------------------------ the batch

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export async function makeHostileBatch(dir) {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`目录 “${dir}” 不是空的：请给出一个新目录。`);
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  let nextSeed = 0;
  const entries = [];
  const good = (where = dir) => {
    const seed = seeds[nextSeed++ % seeds.length];
    const file = path.join(where, `good-${String(nextSeed).padStart(2, '0')}-${seed}`);
    writeFileSync(file, readFileSync(path.join(SEEDS, seed)));
    entries.push({ path: path.relative(dir, file), kind: 'good' });
  };
  const add = (name, kind, bytes) => {
    writeFileSync(path.join(dir, name), bytes);
    entries.push({ path: name, kind });
  };

  good();
  add('bomb-309k.docx', 'docx zip bomb (~300 MB document.xml)', await docxBomb(300));
  good();
  add('bomb-small.docx', 'docx zip bomb (~70,000 short paragraphs, ~4 MB document.xml)', await docxPhraseBomb(70_000));
  good();
  add('nested-divs.html', '2,000 nested <div>s (after a report)', nestedDivs(2000));
  add('nested-tables.html', '1,000 nested tables (after a report)', nestedTables(1000));
  good();
  add('nested-lists.md', '5,000 nested list and quote levels (in a report)', nestedListsAndQuotes(5000));
  add('digits.txt', '100k digits (in a report)', inReport('1234567890'.repeat(10_000)));
  good();
  add('letters.txt', '100k ASCII letters (in a report)', inReport('abcdefghijklmnopqrstuvwxyz'.repeat(3847).slice(0, 100_000)));
  add('repeated-phrase.txt', '"共1条，其中" × 50,000 (in a report)', inReport('共1条，其中'.repeat(50_000)));
  good();

  const fifo = path.join(dir, 'fifo.txt');
  execFileSync('mkfifo', [fifo]);
  entries.push({ path: 'fifo.txt', kind: 'FIFO' });
  symlinkSync(path.join(dir, 'does-not-exist.txt'), path.join(dir, 'broken-link.txt'));
  entries.push({ path: 'broken-link.txt', kind: 'broken symlink' });
  symlinkSync('/dev/zero', path.join(dir, 'zero-link.txt'));
  entries.push({ path: 'zero-link.txt', kind: 'symlink to /dev/zero' });
  good();

  const cycle = path.join(dir, 'extends-cycle');
  mkdirSync(cycle);
  writeFileSync(path.join(cycle, '.xxgklintrc.yml'), 'extends: ./a.yml\n');
  writeFileSync(path.join(cycle, 'a.yml'), 'extends: ./b.yml\n');
  writeFileSync(path.join(cycle, 'b.yml'), 'extends: ./a.yml\n');
  entries.push({ path: 'extends-cycle/', kind: 'config with an extends cycle (a.yml → b.yml → a.yml)' });
  good(cycle);

  const fifoConfig = path.join(dir, 'fifo-config');
  mkdirSync(fifoConfig);
  execFileSync('mkfifo', [path.join(fifoConfig, '.xxgklintrc.yml')]);
  entries.push({ path: 'fifo-config/', kind: 'a FIFO named .xxgklintrc.yml' });
  good(fifoConfig);

  const markerFile = path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}-JS-CONFIG-RAN.marker`);
  const js = path.join(dir, 'js-config');
  mkdirSync(js);
  writeFileSync(
    path.join(js, '.xxgklintrc.cjs'),
    `// hostile: a township's folder must never run code on the reviewer's machine\n` +
      `require('node:fs').writeFileSync(${JSON.stringify(markerFile)}, 'ran ' + new Date().toISOString() + '\\n');\n` +
      `module.exports = {};\n`,
  );
  entries.push({ path: 'js-config/', kind: '.xxgklintrc.cjs that writes a marker file if run' });
  good(js);

  const unreadable = path.join(dir, 'unreadable');
  mkdirSync(unreadable);
  good(unreadable);
  chmodSync(unreadable, 0o000);
  entries.push({ path: 'unreadable/', kind: 'folder with mode 000' });
  good();

  const notes = [];
  if (isRoot()) {
    notes.push('以 root 运行：chmod 000 拦不住 root，unreadable/ 仍然可读（要测“无法读取的目录”，请以普通用户运行）。');
  }
  return {
    dir: path.resolve(dir),
    entries,
    namedOnCommandLine: ['fifo.txt', 'broken-link.txt', 'zero-link.txt', 'unreadable'].map((p) => path.join(path.resolve(dir), p)),
    markerFile,
    notes,
  };
}

/** undo the chmod 000 so the batch can be deleted */
export function unlockHostileBatch(dir) {
  try {
    chmodSync(path.join(dir, 'unreadable'), 0o755);
  } catch {
    // already gone
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('用法：node scripts/make-hostile-batch.mjs <目录>\n');
    process.exit(2);
  }
  const summary = await makeHostileBatch(path.resolve(dir));
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}
