import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core';
import { displayPath } from '../common.js';
import { CONTENT_GROUPS, groupOf, type SummaryGroup } from './categories.js';

/** 不通过: at least one error; 无法读取: the file could not be checked at all; 通过: no error */
export type Verdict = 'fail' | 'unreadable' | 'pass';

export const VERDICT_NAMES: Record<Verdict, string> = { fail: '不通过', unreadable: '无法读取', pass: '通过' };

export interface ReportRow {
  /** position in the results given, for stable anchors */
  index: number;
  result: LintResult;
  path: string;
  verdict: Verdict;
  /** worst first: 0 errors, 1 unreadable, 2 warnings or notes only, 3 clean */
  rank: number;
  /** why an unreadable file could not be checked */
  reason?: string;
  /** the report states a year other than the batch's */
  otherYear: boolean;
  /** the rules found in this report, those with errors first, then by count */
  ruleIds: string[];
}

export interface GroupCount {
  group: SummaryGroup;
  /** reports with at least one error of this group */
  errorReports: number;
  /** reports with findings of this group but no error of it */
  otherReports: number;
  findings: number;
}

export interface RuleCount {
  id: string;
  group: SummaryGroup;
  findings: number;
  reports: number;
  errorReports: number;
}

export interface BatchSummary {
  /** the reports, worst first */
  rows: ReportRow[];
  /** results that are checks of the batch as a whole (bodies that did not report), not reports */
  batchChecks: LintResult[];
  /** the year most reports state; undefined when none or when two years tie */
  year?: number;
  /** two or more years tie for the most reports */
  yearTie: boolean;
  verdicts: Record<Verdict, number>;
  /** passing reports that still have warnings or notes */
  passWithFindings: number;
  totals: { errors: number; warnings: number; infos: number };
  groups: GroupCount[];
  rules: RuleCount[];
}

/** the agreed mark of a batch check's result: every message is national/expected-bodies (issue 16 item 7) */
export function isBatchCheck(result: LintResult): boolean {
  return result.messages.length > 0 && result.messages.every((m) => m.ruleId?.startsWith('national/expected-bodies') === true);
}

function unreadableReason(result: LintResult): string | undefined {
  return result.messages.find((m) => m.fatal && m.ruleId === null)?.message;
}

function rankOf(result: LintResult, unreadable: boolean): number {
  if (result.errorCount > 0 && !unreadable) return 0;
  if (unreadable) return 1;
  return result.warningCount + result.infoCount > 0 ? 2 : 3;
}

/** rule ids of one report: with errors first, then by number of findings */
function rulesOf(messages: readonly LintMessage[]): string[] {
  const counts = new Map<string, { n: number; error: boolean }>();
  for (const m of messages) {
    if (m.ruleId === null) continue;
    const c = counts.get(m.ruleId) ?? { n: 0, error: false };
    c.n++;
    c.error ||= m.xxgkSeverity === 'error';
    counts.set(m.ruleId, c);
  }
  return [...counts].sort(([a, x], [b, y]) => Number(y.error) - Number(x.error) || y.n - x.n || a.localeCompare(b)).map(([id]) => id);
}

function batchYear(results: readonly LintResult[]): { year?: number; tie: boolean } {
  const counts = new Map<number, number>();
  for (const r of results) if (r.report?.year) counts.set(r.report.year, (counts.get(r.report.year) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0) return { tie: false };
  if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) return { tie: true };
  return { year: sorted[0][0], tie: false };
}

/** Everything the page shows, from the results' aggregates and findings only (never their source). */
export function summarise(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string): BatchSummary {
  const batchChecks = results.filter(isBatchCheck);
  const reports = results.map((result, index) => ({ result, index })).filter(({ result }) => !isBatchCheck(result));
  const { year, tie } = batchYear(reports.map(({ result }) => result));
  const verdicts: Record<Verdict, number> = { fail: 0, unreadable: 0, pass: 0 };
  const totals = { errors: 0, warnings: 0, infos: 0 };
  const groupCounts = new Map<SummaryGroup, GroupCount>();
  const ruleCounts = new Map<string, RuleCount>();
  let passWithFindings = 0;

  const rows = reports.map(({ result, index }): ReportRow => {
    const reason = unreadableReason(result);
    const rank = rankOf(result, reason !== undefined);
    const verdict: Verdict = reason !== undefined ? 'unreadable' : result.errorCount > 0 ? 'fail' : 'pass';
    verdicts[verdict]++;
    if (verdict === 'pass' && rank === 2) passWithFindings++;
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    totals.infos += result.infoCount;

    const groupsHere = new Map<SummaryGroup, boolean>();
    const rulesHere = new Map<string, boolean>();
    for (const m of result.messages) {
      if (m.ruleId === null) continue;
      const group = groupOf(rulesMeta[m.ruleId]);
      const error = m.xxgkSeverity === 'error';
      const g = groupCounts.get(group) ?? { group, errorReports: 0, otherReports: 0, findings: 0 };
      g.findings++;
      groupCounts.set(group, g);
      groupsHere.set(group, (groupsHere.get(group) ?? false) || error);
      const c = ruleCounts.get(m.ruleId) ?? { id: m.ruleId, group, findings: 0, reports: 0, errorReports: 0 };
      c.findings++;
      ruleCounts.set(m.ruleId, c);
      rulesHere.set(m.ruleId, (rulesHere.get(m.ruleId) ?? false) || error);
    }
    for (const [group, error] of groupsHere) {
      const g = groupCounts.get(group)!;
      if (error) g.errorReports++;
      else g.otherReports++;
    }
    for (const [id, error] of rulesHere) {
      const c = ruleCounts.get(id)!;
      c.reports++;
      if (error) c.errorReports++;
    }
    const stated = result.report?.year;
    return {
      index,
      result,
      path: displayPath(result.filePath, cwd),
      verdict,
      rank,
      reason,
      otherYear: year !== undefined && stated !== undefined && stated !== year,
      ruleIds: rulesOf(result.messages),
    };
  });

  rows.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.result.errorCount - a.result.errorCount ||
      b.result.warningCount + b.result.infoCount - (a.result.warningCount + a.result.infoCount) ||
      a.path.localeCompare(b.path, 'zh'),
  );
  const groups = [...CONTENT_GROUPS, 'writing' as const].map((group) => groupCounts.get(group) ?? { group, errorReports: 0, otherReports: 0, findings: 0 });
  const rules = [...ruleCounts.values()].sort((a, b) => b.errorReports - a.errorReports || b.reports - a.reports || b.findings - a.findings || a.id.localeCompare(b.id));
  return { rows, batchChecks, year, yearTie: tie, verdicts, passWithFindings, totals, groups, rules };
}
