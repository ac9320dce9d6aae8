import { readFileSync } from 'node:fs';
import { nationalPack } from '@xxgk-lint/rules-national';
import type { AnnualReport, Cell, Ingested, LintResult } from '../src/index.js';
import { buildReportModel, ingestAny, lintAny, resolveRuleSet } from '../src/index.js';
import { CORPUS, REAL, SEEDS } from './fixtures.js';

/** test/fixtures/formats: .docx/.html made by scripts/make-format-fixtures.mjs, PDFs made with qpdf */
export const FORMATS = new URL('../../../test/fixtures/formats/', import.meta.url);

export const rules = resolveRuleSet([nationalPack], 'recommended');

export const formatFile = (name: string) => new URL(name, FORMATS);
export const corpusFile = (name: string) => new URL(name, CORPUS);
export const bytesOf = (url: URL) => new Uint8Array(readFileSync(url));

/** the same report as .txt (the corpus), .html and .docx (test/fixtures/formats) */
export const SAME_REPORTS = [
  { name: 'seed-002', txt: SEEDS['002'] },
  { name: 'seed-003', txt: SEEDS['003'] },
  { name: 'seed-004', txt: SEEDS['004'] },
  { name: 'huaian-shi-2024', txt: REAL.huaian2024 },
] as const;

export const PDFS = [
  { name: 'hongze2023', pdf: 'real/jiangsu-huaian-hongzequ-2023.pdf', txt: REAL.hongze2023 },
  { name: 'hongze2024', pdf: 'real/jiangsu-huaian-hongzequ-2024.pdf', txt: REAL.hongze2024 },
  { name: 'huaian2024', pdf: 'real/jiangsu-huaian-shi-2024.pdf', txt: REAL.huaian2024 },
] as const;

type Loaded = { ingested: Ingested; report: AnnualReport; result: LintResult };
const loaded = new Map<string, Promise<Loaded>>();

/** ingest, model and lint a fixture (once per file and test file) */
export function load(url: URL): Promise<Loaded> {
  let run = loaded.get(url.href);
  if (!run) {
    run = loadUncached(url);
    loaded.set(url.href, run);
  }
  return run;
}

async function loadUncached(url: URL): Promise<Loaded> {
  const bytes = bytesOf(url);
  const ingested = await ingestAny(bytes, url.pathname);
  const report = buildReportModel(ingested);
  const result = await lintAny(bytes, { filePath: url.pathname, rules });
  return { ingested, report, result };
}

const valuesOf = (cells: readonly Cell[] | undefined) => cells?.map((c) => ({ kind: c.kind, value: c.value, raw: c.raw }));

/** every cell of tables 二, 三, 四 as read, with the confidence and problems of each table */
export function tableValues(report: AnnualReport) {
  const { table2, table3, table4 } = report.tables;
  return {
    table2: table2 && {
      confidence: table2.confidence,
      problems: table2.problems,
      rows: Object.fromEntries(Object.entries(table2.rows).map(([k, v]) => [k, valuesOf(v)])),
    },
    table3: table3 && {
      confidence: table3.confidence,
      problems: table3.problems,
      layout: table3.layout,
      order: table3.order,
      rows: Object.fromEntries(table3.order.map((k) => [k, valuesOf(table3.rows[k]?.cells)])),
    },
    table4: table4 && {
      confidence: table4.confidence,
      problems: table4.problems,
      groups: Object.fromEntries(Object.entries(table4.groups).map(([k, v]) => [k, valuesOf(v)])),
    },
  };
}

/** (ruleId, message) of every finding, sorted: what must not depend on the file format */
export const findings = (result: LintResult) => result.messages.map((m) => `${m.ruleId} ${m.message}`).sort();
