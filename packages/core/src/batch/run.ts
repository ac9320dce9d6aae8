/**
 * The batch stage: after every report of a run is linted, the checks that
 * need the whole batch. A pure function of the results (their compact
 * summaries, `LintResult.batch`) and the batch config; it returns the
 * results with the extra findings added, and one result for the config file
 * when bodies it lists are missing (as ESLint reports a config's problems).
 */
import { buildResult } from '../engine/linter.js';
import type { LintMessage, LintResult } from '../types.js';
import { missingBodies } from './expected-bodies.js';
import { FIGURE_NAMES } from './figures.js';
import { findPeerOutliers } from './peer-outliers.js';
import { findSharedText } from './shared-text.js';
import type { BatchConfig, Place, ResolvedBatch } from './types.js';

export const SHARED_TEXT_RULE = 'national/shared-text';
export const PEER_OUTLIER_RULE = 'national/peer-outlier';

export const BATCH_DEFAULTS = { threshold: 0.6, minSentences: 10, minPeers: 5, share: 0.8 };

const KIND_NAMES = { township: '乡镇（街道）', government: '县级以上人民政府', department: '政府部门' } as const;

function fileName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() || filePath;
}

function sharedTextOptions(config: BatchConfig) {
  const given = typeof config.sharedText === 'object' ? config.sharedText : {};
  return { threshold: given.threshold ?? BATCH_DEFAULTS.threshold, minSentences: given.minSentences ?? BATCH_DEFAULTS.minSentences };
}

function peerOptions(config: BatchConfig) {
  const given = typeof config.peerOutliers === 'object' ? config.peerOutliers : {};
  return { minPeers: given.minPeers ?? BATCH_DEFAULTS.minPeers, share: given.share ?? BATCH_DEFAULTS.share };
}

function at(place: Place | undefined): Pick<LintMessage, 'range' | 'line' | 'column' | 'endLine' | 'endColumn' | 'page' | 'where'> {
  if (!place) return { range: [0, 0], line: 1, column: 1 };
  return place;
}

/** the result with more messages, its counts as buildResult makes them */
function withMessages(result: LintResult, extra: LintMessage[]): LintResult {
  if (extra.length === 0) return result;
  const rebuilt = buildResult(result.filePath, [...result.messages, ...extra]);
  const { messages, errorCount, fatalErrorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount } = rebuilt;
  return { ...result, messages, errorCount, fatalErrorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount };
}

export function runBatchStage(results: readonly LintResult[], batch: ResolvedBatch): LintResult[] {
  const { config } = batch;
  const extra = results.map((): LintMessage[] => []);
  const summarized = results.flatMap((r, index) => (r.batch ? [{ index, summary: r.batch }] : []));

  if (config.sharedText !== false && config.sharedText !== undefined) {
    const options = sharedTextOptions(config);
    const pairs = findSharedText(summarized.map((s) => ({ body: s.summary.body, sentences: s.summary.sentences })), options);
    for (const pair of pairs) {
      const { index, summary } = summarized[pair.index];
      const other = summarized[pair.other];
      extra[index].push({
        ruleId: SHARED_TEXT_RULE,
        severity: 1,
        xxgkSeverity: 'warn',
        message: `本报告 ${Math.round(pair.ratio * 100)}% 的句子（${pair.shared}/${pair.total} 句，数字和本批报告普遍共有的句子不计）与“${other.summary.body}”的报告（${fileName(results[other.index].filePath)}）相同：年度报告应写本机关本年度的实际情况，请核对是否照抄。`,
        ...at(summary.title),
      });
    }
  }

  if (config.peerOutliers !== false && config.peerOutliers !== undefined) {
    const outliers = findPeerOutliers(
      summarized.map((s) => s.summary),
      peerOptions(config),
    );
    for (const o of outliers) {
      const { index, summary } = summarized[o.index];
      const kind = KIND_NAMES[summary.bodyKind!];
      extra[index].push({
        ruleId: PEER_OUTLIER_RULE,
        severity: 1,
        xxgkSeverity: 'info',
        message: `${FIGURE_NAMES[o.figure.key]}填的是“${o.figure.raw}”，而本次检查的其他 ${o.peers} 份${kind}报告中有 ${o.withValue} 份不为 0：请核对是否漏填或填错；确实没有的可不理会。`,
        ...at(o.figure.place),
      });
    }
  }

  const out = results.map((r, i) => withMessages(r, extra[i]));
  const missing = config.expectedBodies ? missingBodies(batch, results.map((r) => r.report?.body)) : [];
  if (missing.length > 0) out.push(buildResult(batch.file ?? '<batch>', missing));
  return out;
}
