import { ConfigResolver, ingestAny } from '@xxgk-lint/core';
import type { LintResult, RuleConfigValue } from '@xxgk-lint/core';
import { ignoredResult, lintFile, readReportBytes } from '../lint.js';
import { excerptOf } from '../formatters/common.js';

/** what a worker needs to lint a file the way the main thread would (plain data: it crosses threads) */
export interface JobConfig {
  cwd: string;
  configFile?: string;
  useConfigFiles: boolean;
  cliRules: Record<string, RuleConfigValue>;
  reportUnusedDisableDirectives: boolean;
  /** drop `source` from results (memory in large batches), keeping a one-line excerpt per finding */
  slim: boolean;
}

export interface Job {
  filePath: string;
  config: JobConfig;
  /** named on the command line: an ignored file says so instead of vanishing */
  named: boolean;
  previous?: string;
}

const resolvers = new Map<string, ConfigResolver>();

function resolverFor(config: JobConfig): ConfigResolver {
  const key = JSON.stringify([config.cwd, config.configFile, config.useConfigFiles, config.cliRules]);
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = new ConfigResolver({ cwd: config.cwd, configFile: config.configFile, useConfigFiles: config.useConfigFiles, cliRules: config.cliRules });
    resolvers.set(key, resolver);
  }
  return resolver;
}

function slim(result: LintResult): LintResult {
  const messages = result.messages.map((m) => ({ ...m, excerpt: excerptOf(result, m) }));
  return { ...result, messages, source: undefined };
}

/** Lint one file (in a worker or in-process); null when the config ignores a file that was not named. */
export async function runJob(job: Job): Promise<LintResult | null> {
  const { rules, settings, ignored, knownRuleIds } = await resolverFor(job.config).resolveFor(job.filePath);
  if (ignored) return job.named ? ignoredResult(job.filePath) : null;
  let previous;
  if (job.previous) {
    const bytes = readReportBytes(job.previous);
    if (bytes instanceof Uint8Array) {
      try {
        previous = { filePath: job.previous, ingested: await ingestAny(bytes, job.previous) };
      } catch {
        previous = undefined; // an unreadable previous report: the year-on-year rules stay silent
      }
    }
  }
  const result = await lintFile(job.filePath, {
    rules,
    settings,
    knownRuleIds,
    reportUnusedDisableDirectives: job.config.reportUnusedDisableDirectives,
    previous,
  });
  return job.config.slim ? slim(result) : result;
}

/** body and year of a report given only as --previous */
export async function describeFile(filePath: string): Promise<{ filePath: string; body?: string; year?: number }> {
  const bytes = readReportBytes(filePath);
  if (!(bytes instanceof Uint8Array)) return { filePath };
  try {
    const { buildReportModel } = await import('@xxgk-lint/core');
    const { metadata } = buildReportModel(await ingestAny(bytes, filePath));
    return { filePath, body: metadata.body, year: metadata.year };
  } catch {
    return { filePath };
  }
}
