import { describe, expect, it } from 'vitest';
import type { AnnualReport, LintResult } from '../src/index.js';
import { SAME_REPORTS, corpusFile, findings, formatFile, load, tableValues } from './formats-fixtures.js';

/**
 * Rules read the report model, not the file: the same report as .txt, as a
 * web page (.html) and as a Word file (.docx) gives the same findings and the
 * same table values. The .html/.docx files were built from the .txt by
 * scripts/make-format-fixtures.mjs (real Word tables with merged cells).
 */
describe.each(SAME_REPORTS)('$name: .txt, .html and .docx read alike', ({ name, txt }) => {
  const runs: Record<'txt' | 'html' | 'docx', Promise<{ report: AnnualReport; result: LintResult }>> = {
    txt: load(corpusFile(txt)),
    html: load(formatFile(`${name}.html`)),
    docx: load(formatFile(`${name}.docx`)),
  };

  it('the .txt is read as a report with its three tables', async () => {
    const { report, result } = await runs.txt;
    expect(result.fatalErrorCount).toBe(0);
    const tables = tableValues(report);
    expect(tables.table2?.confidence).toBe('high');
    expect(tables.table3?.confidence).toBe('high');
    expect(tables.table4?.confidence).toBe('high');
  });

  it.each(['html', 'docx'] as const)('.%s: the same (ruleId, message) findings', async (format) => {
    const [expected, actual] = await Promise.all([runs.txt, runs[format]]);
    expect(actual.result.fatalErrorCount).toBe(0);
    expect(findings(actual.result)).toEqual(findings(expected.result));
  });

  it.each(['html', 'docx'] as const)('.%s: the same table values, cell by cell', async (format) => {
    const [expected, actual] = await Promise.all([runs.txt, runs[format]]);
    expect(tableValues(actual.report)).toEqual(tableValues(expected.report));
  });

  it.each(['html', 'docx'] as const)('.%s: the same parts and title', async (format) => {
    const [expected, actual] = await Promise.all([runs.txt, runs[format]]);
    const summary = (r: AnnualReport) => ({
      parts: r.parts.map((p) => [p.number, p.heading.title]),
      title: r.metadata.title?.normalized,
      year: r.metadata.year,
      body: r.metadata.body,
    });
    expect(summary(actual.report)).toEqual(summary(expected.report));
  });
});
