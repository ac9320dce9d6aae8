// What the precision report and test/precision.test.ts share: which files are
// linted, how a finding is named, how the pinned findings are read.
import { join } from 'node:path';

const CORPUS_FOLDERS = ['seeds', 'real', 'web-excerpts', 'crawl'];
const REPORT_FILE = /\.(txt|md|pdf|html|docx)$/i;

/** rules that find one thing per character: pinned as a count per file, not line by line */
export const COUNTED_RULES = new Set(['national/fullwidth-punctuation']);

/**
 * The files to lint, each with its key in pinned.json: "seeds/000_….txt" for a
 * corpus file, "layouts/chromed.txt" for a layout fixture, "docx-numbering/….docx"
 * for a Word file numbered by Word's lists. README files describe
 * the folder, they are not reports.
 * @param {string} corpus  @param {string} layouts  @param {(dir: string) => string[]} list
 * @returns {{ path: string, key: string }[]}
 */
export function lintedFiles(corpus, layouts, list) {
  const files = [];
  for (const folder of CORPUS_FOLDERS) {
    for (const name of list(join(corpus, folder)).sort()) {
      if (REPORT_FILE.test(name)) files.push({ path: join(corpus, folder, name), key: `${folder}/${name}` });
    }
  }
  // the layout fixtures, and beside them the Word files with automatic heading numbers
  for (const [dir, prefix] of [
    [layouts, 'layouts'],
    [join(layouts, '..', 'docx-numbering'), 'docx-numbering'],
  ]) {
    for (const name of list(dir).sort()) {
      if (REPORT_FILE.test(name) && !/^readme/i.test(name)) files.push({ path: join(dir, name), key: `${prefix}/${name}` });
    }
  }
  return files;
}

/**
 * "national/narrative-table@12:warn"; for a counted rule "national/fullwidth-punctuation:warn"
 * @param {{ ruleId: string | null, line: number, xxgkSeverity: string }} m
 */
export function findingKey(m) {
  const rule = m.ruleId ?? '(读取)';
  return COUNTED_RULES.has(rule) ? `${rule}:${m.xxgkSeverity}` : `${rule}@${m.line}:${m.xxgkSeverity}`;
}

/**
 * pinned.json: { "<file key>": [{ "finding": "<finding key>", "count"?: n, "why": "…" }] }
 * → file key → finding key → how many
 * @param {Record<string, { finding: string, count?: number, why: string }[]>} json
 * @returns {Map<string, Map<string, number>>}
 */
export function pinnedFindings(json) {
  const out = new Map();
  for (const [file, entries] of Object.entries(json)) {
    const counts = new Map();
    for (const e of entries) counts.set(e.finding, (counts.get(e.finding) ?? 0) + (e.count ?? 1));
    out.set(file, counts);
  }
  return out;
}
