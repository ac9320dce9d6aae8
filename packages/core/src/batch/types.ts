/**
 * The batch view (issue 16 item 7): checks across the reports of one run,
 * for reviewers (a county's office checking its townships and departments).
 * Off unless a config has `batch`. The workers return a compact summary of
 * each report (never its text); the batch stage reads only those.
 */
import type { BodyKind } from '../vocabulary/types.js';

/** `batch:` in a config file, as written (config/batch-schema.ts checks it) */
export interface BatchConfig {
  /** the bodies that must report: each one missing from the run is a finding on the config file */
  expectedBodies?: string[];
  /** reports sharing most of their text with another body's report; false turns the check off */
  sharedText?: { threshold?: number; minSentences?: number } | boolean;
  /** 0 or "/" where most reports of the same kind of body have a value; false turns it off */
  peerOutliers?: { minPeers?: number; share?: number } | boolean;
}

/** the batch config of a run, with where it was written (its findings are that file's) */
export interface ResolvedBatch {
  config: BatchConfig;
  /** the config file that has `batch` (the nearest one) */
  file?: string;
  /** the line of each expectedBodies entry in that file */
  bodyLines: (number | undefined)[];
  /** the line of the `batch` key */
  line?: number;
}

/** where a finding goes, already in the original file's terms (as a LintMessage has them) */
export interface Place {
  range: [number, number];
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  page?: number;
  where?: string;
}

/** how a figure a reviewer compares was written */
export type FigureState = 'number' | 'placeholder';

export interface FigureSummary {
  /** FIGURES key (batch/figures.ts) */
  key: string;
  state: FigureState;
  value?: number;
  /** as written ("/", "—", "0") */
  raw: string;
  place: Place;
}

/** what the batch stage knows of one report */
export interface ReportSummary {
  body?: string;
  bodyKind?: BodyKind;
  year?: number;
  /** where the report's title is (shared-text findings go there) */
  title?: Place;
  /** the compared figures read with confidence (tables 二, 三, 四) */
  figures: FigureSummary[];
  /** hashes of the report's sentences (digits folded), sorted, distinct: for copy detection */
  sentences: number[];
}
