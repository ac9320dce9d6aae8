import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core';
import { safeLinkUrl } from '@xxgk-lint/core';
import { terminalSafeJson } from './terminal-text.js';

const LEVEL: Record<LintMessage['xxgkSeverity'], Result.level> = { error: 'error', warn: 'warning', info: 'note' };

function relativeUri(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath).split(path.sep).map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 with the tool named xxgk-lint, its rules' metadata and docs
 * links; columns in UTF-16 code units (as our positions are), file URIs
 * relative to %SRCROOT% (the working directory).
 */
export function formatSarif(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string, version: string): string {
  const ruleIds = Object.keys(rulesMeta).sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const meta = rulesMeta[id];
    const rule: ReportingDescriptor = {
      id,
      shortDescription: { text: meta.docs.description },
      defaultConfiguration: { level: LEVEL[meta.defaultSeverity === 'off' ? 'warn' : meta.defaultSeverity] },
      properties: { category: meta.docs.category, fixable: meta.fixable !== undefined, basis: meta.docs.basis ?? [] },
    };
    // only an http(s) or file URL: a viewer makes helpUri a link
    const helpUri = safeLinkUrl(meta.docs.url);
    if (helpUri) rule.helpUri = helpUri;
    return rule;
  });
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const artifacts = results.map((r) => ({ location: { uri: relativeUri(r.filePath, cwd), uriBaseId: '%SRCROOT%' } }));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  results.forEach((r, artifactIndex) => {
    for (const m of r.messages) {
      const location = {
        physicalLocation: {
          artifactLocation: { uri: artifacts[artifactIndex].location.uri, uriBaseId: '%SRCROOT%', index: artifactIndex },
          region: {
            startLine: m.line,
            startColumn: m.column,
            endLine: m.endLine ?? m.line,
            endColumn: m.endColumn ?? m.column,
            charOffset: m.range[0],
            charLength: Math.max(0, m.range[1] - m.range[0]),
          },
        },
      };
      if (m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [location] });
        continue;
      }
      const result: Result = { ruleId: m.ruleId, level: LEVEL[m.xxgkSeverity], message: { text: m.message }, locations: [location] };
      const index = ruleIndex.get(m.ruleId);
      if (index !== undefined) result.ruleIndex = index;
      if (m.fix || m.suggestions?.length) {
        const edits = [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)].filter((e) => e !== undefined);
        result.fixes = edits.map((edit) => ({
          artifactChanges: [
            {
              artifactLocation: { uri: artifacts[artifactIndex].location.uri, uriBaseId: '%SRCROOT%', index: artifactIndex },
              replacements: [{ deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] }, insertedContent: { text: edit.text } }],
            },
          ],
        }));
      }
      sarifResults.push(result);
    }
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'xxgk-lint', version, semanticVersion: version, language: 'zh-CN', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
  // report text's C1 and bidi controls as \u escapes: the same JSON, safe to print
  return terminalSafeJson(JSON.stringify(log, null, 2));
}
