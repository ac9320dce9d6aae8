import { readFileSync } from 'node:fs';
import type { AnnualReport, Ingested } from '../src/index.js';
import { buildReportModel, ingestText } from '../src/index.js';

/** The corpus copies under the repository's test/fixtures/corpus (see its README). */
export const CORPUS = new URL('../../../test/fixtures/corpus/', import.meta.url);

export const SEEDS = {
  '000': 'seeds/000_f0d5aaeb41c6e798.txt',
  '001': 'seeds/001_f43a336d7d324075.txt',
  '002': 'seeds/002_cff4ace8f11033c3.txt',
  '003': 'seeds/003_b44d1f36068b8b31.txt',
  '004': 'seeds/004_50046161c6499f8c.txt',
} as const;

export const REAL = {
  hongze2023: 'real/jiangsu-huaian-hongzequ-2023.txt',
  hongze2024: 'real/jiangsu-huaian-hongzequ-2024.txt',
  huaian2024: 'real/jiangsu-huaian-shi-2024.txt',
} as const;

export function readFixture(path: string): string {
  return readFileSync(new URL(path, CORPUS), 'utf8');
}

export function loadFixture(path: string): { ingested: Ingested; report: AnnualReport } {
  const ingested = ingestText(readFixture(path), path);
  return { ingested, report: buildReportModel(ingested) };
}

/** 1-based line and column of an offset, as an editor shows it */
export function at(ingested: Ingested, offset: number): { line: number; column: number } {
  return ingested.lines.locate(offset);
}
