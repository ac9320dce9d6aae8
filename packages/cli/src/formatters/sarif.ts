import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Artifact, Location, LogicalLocation, Notification, ReportingDescriptor, Result } from 'sarif';
import type { FormatterContext, LintMessage, LintResult, RulesMeta, StreamingFormatter } from '@xxgk-lint/core';
import { safeLinkUrl, tableCellOf } from '@xxgk-lint/core';
import { excerptOf } from './common.js';
import { terminalSafeJson } from './terminal-text.js';

const LEVEL: Record<LintMessage['xxgkSeverity'], Result.level> = { error: 'error', warn: 'warning', info: 'note' };

function relativeUri(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath).split(path.sep).map(encodeURIComponent).join('/');
}

function driverRules(rulesMeta: RulesMeta): ReportingDescriptor[] {
  return Object.keys(rulesMeta)
    .sort()
    .map((id) => {
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
}

/** 表三“X”行“自然人”列 → 表三/X行/自然人列; 表四“行政复议”的“总计”栏 → 表四/行政复议/总计栏 */
function cellPath(where: string): string {
  return where.replace(/“([^”]*)”的/g, '/$1').replace(/“([^”]*)”(行|列|栏)/g, '/$1$2');
}

/** the page (.pdf), paragraph (.docx) and table cell of a finding, as SARIF logical locations */
function logicalLocations(filePath: string, m: LintMessage): LogicalLocation[] {
  const out: LogicalLocation[] = [];
  if (m.page !== undefined) out.push({ name: `第${m.page}页`, kind: 'page' });
  if (/\.docx$/i.test(filePath) && !m.fatal) out.push({ name: `第${m.line}段`, kind: 'paragraph' });
  const cell = tableCellOf(m);
  // a standard table's cell by its labels (without the grid position in brackets), else a Word table's by its grid
  if (/^表[二三四]“/.test(cell)) out.push({ name: cell, fullyQualifiedName: cellPath(cell.replace(/（第\d+行第\d+列）$/, '')), kind: 'table-cell' });
  else if (cell) out.push({ name: cell, kind: 'table-cell' });
  return out;
}

function locationOf(result: LintResult, m: LintMessage, uri: string, index: number): Location {
  const excerpt = excerptOf(result, m);
  const location: Location = {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: '%SRCROOT%', index },
      region: {
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column,
        charOffset: m.range[0],
        charLength: Math.max(0, m.range[1] - m.range[0]),
        ...(excerpt ? { snippet: { text: excerpt } } : {}),
      },
    },
  };
  const logical = logicalLocations(result.filePath, m);
  if (logical.length > 0) location.logicalLocations = logical;
  if (m.where) location.message = { text: m.where };
  return location;
}

function fixesOf(m: LintMessage, uri: string, index: number): Result['fixes'] {
  const edits = [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)].filter((e) => e !== undefined);
  return edits.map((edit) => ({
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%', index },
        replacements: [{ deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] }, insertedContent: { text: edit.text } }],
      },
    ],
  }));
}

/** JSON.stringify with two-space indents, for a value that sits `level` spaces in */
function nested(value: unknown, level: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(level)}`);
}

/**
 * SARIF 2.1.0 written a result at a time: the tool and its rules first, each
 * finding as its file is linted, then the files (artifacts) and the
 * unreadable ones (notifications), which need only a line each. The tool is
 * named xxgk-lint with its rules' metadata and docs links; columns in UTF-16
 * code units (as our positions are); file URIs relative to %SRCROOT% (the
 * working directory); each location carries the quoted words
 * (region.snippet), the place in words (message) and the page, paragraph and
 * table cell as logical locations.
 */
export function sarifStream(): StreamingFormatter {
  let ruleIndex = new Map<string, number>();
  const artifacts: Artifact[] = [];
  const notifications: Notification[] = [];
  let written = 0;
  return {
    start({ rulesMeta, cwd, version }: FormatterContext) {
      const rules = driverRules(rulesMeta);
      ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
      const head = [
        '{',
        `  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",`,
        `  "version": "2.1.0",`,
        `  "runs": [`,
        `    {`,
        `      "tool": ${nested({ driver: { name: 'xxgk-lint', version, semanticVersion: version, language: 'zh-CN', rules } }, 6)},`,
        `      "originalUriBaseIds": ${nested({ '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } }, 6)},`,
        `      "columnKind": "utf16CodeUnits",`,
        `      "results": [`,
      ];
      return terminalSafeJson(head.join('\n'));
    },
    result(result: LintResult, { cwd }: FormatterContext) {
      const index = artifacts.length;
      const uri = relativeUri(result.filePath, cwd);
      artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
      let out = '';
      for (const m of result.messages) {
        const location = locationOf(result, m, uri, index);
        if (m.ruleId === null) {
          notifications.push({ level: 'error', message: { text: m.message }, locations: [location] });
          continue;
        }
        const entry: Result = { ruleId: m.ruleId, level: LEVEL[m.xxgkSeverity], message: { text: m.message }, locations: [location] };
        const i = ruleIndex.get(m.ruleId);
        if (i !== undefined) entry.ruleIndex = i;
        if (m.fix || m.suggestions?.length) entry.fixes = fixesOf(m, uri, index);
        out += `${written === 0 ? '\n' : ',\n'}        ${nested(entry, 8)}`;
        written++;
      }
      // report text's C1 and bidi controls as \u escapes: the same JSON, safe to print
      return terminalSafeJson(out);
    },
    end() {
      const tail = [
        `${written > 0 ? '\n      ' : ''}],`,
        `      "artifacts": ${nested(artifacts, 6)},`,
        `      "invocations": ${nested([{ executionSuccessful: true, toolExecutionNotifications: notifications }], 6)}`,
        '    }',
        '  ]',
        '}',
        '',
      ];
      return terminalSafeJson(tail.join('\n'));
    },
  };
}

/** the whole SARIF log of the results (the stream's pieces, joined) */
export function formatSarif(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string, version: string): string {
  const context: FormatterContext = { rulesMeta, cwd, version };
  const stream = sarifStream();
  let out = stream.start!(context);
  for (const result of results) out += stream.result(result, context);
  return out + stream.end!(context);
}
