import type { AnnualReport, PartNumber, Table3Column, Table3Row } from '@xxgk-lint/core';
import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, table3RowSpec } from '@xxgk-lint/core';

export function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

/** "10+1+0+0" */
export function plus(values: number[]): string {
  return values.join('+');
}

/** a long sum shows its non-zero terms: "4+1+1+1+10+3+1（其余为 0）" */
export function plusNonZero(values: number[]): string {
  const nonZero = values.filter((v) => v !== 0);
  if (nonZero.length === values.length) return plus(values);
  if (nonZero.length === 0) return '各项均为 0';
  return `${plus(nonZero)}（其余为 0）`;
}

export function columnName(column: Table3Column): string {
  return TABLE3_COLUMN_LABELS[column];
}

export function rowName(row: Table3Row): string {
  return table3RowSpec(row).short;
}

export function eachColumn(fn: (column: Table3Column, index: number) => void): void {
  TABLE3_COLUMNS.forEach(fn);
}

/** the last part of a path, "/" or "\\" separated (a report's name in messages) */
export function fileName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() || filePath;
}

export function isReadable<T extends { confidence: 'high' | 'low' }>(table: T | undefined): table is T {
  return table !== undefined && table.confidence === 'high';
}

/**
 * Is this part, or the end of the report (落款, date), wholly in the text?
 * Always so for a whole report. In an excerpt (report.excerpt), the parts it
 * leaves out are not, nor is the last part present (the copy stops inside
 * it), nor the end: a rule that judges them stays quiet.
 */
export function givenInFull(report: AnnualReport, what: PartNumber | 'end'): boolean {
  const excerpt = report.excerpt;
  if (!excerpt) return true;
  if (what === 'end' || excerpt.missing.includes(what)) return false;
  const last = Math.max(...report.parts.map((p) => p.number));
  return what < last;
}

/**
 * The report's year calls for the 2019 trial format (2019, 2020) or the old
 * template (before 2019): what 国办公开办函〔2021〕30号 and 国办函〔2020〕109号
 * added does not apply. False when the year is unknown.
 */
export function before2021(report: AnnualReport): boolean {
  const format = report.metadata.expectedFormat;
  return format === '2019' || format === 'pre-2019';
}
