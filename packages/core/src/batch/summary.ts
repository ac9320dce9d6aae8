import type { AnnualReport, Range } from '../model/types.js';
import { REVIEW_FIGURES } from './figures.js';
import { sentenceHashes } from './sentences.js';
import type { FigureSummary, Place, ReportSummary } from './types.js';

/**
 * A report's summary for the batch stage, computed where the report was
 * read (a worker): its body, year, the compared figures with their places
 * in the original file, and its sentence hashes. `placeOf` turns a range of
 * the text the rules read into a finding's position (the engine's mapping).
 */
export function summarizeReport(report: AnnualReport, placeOf: (range: Range) => Place): ReportSummary {
  const md = report.metadata;
  const figures: FigureSummary[] = [];
  for (const figure of REVIEW_FIGURES) {
    const cell = figure.cell(report);
    if (!cell) continue;
    if (cell.kind === 'number' && cell.value !== null) {
      figures.push({ key: figure.key, state: 'number', value: cell.value, raw: cell.raw, place: placeOf(cell.range) });
    } else if (cell.kind === 'placeholder') {
      figures.push({ key: figure.key, state: 'placeholder', raw: cell.raw, place: placeOf(cell.range) });
    }
  }
  const summary: ReportSummary = { figures, sentences: sentenceHashes(report.prose.value) };
  if (md.body) summary.body = md.body;
  if (md.bodyKind) summary.bodyKind = md.bodyKind;
  if (md.year) summary.year = md.year;
  if (md.title) summary.title = placeOf(md.title.range);
  return summary;
}
