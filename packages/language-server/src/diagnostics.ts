import type { ConfigError, LintMessage, LintSuggestion, RuleMeta, TextEdit } from '@xxgk-lint/core';
import { safeLinkUrl } from '@xxgk-lint/core/editor';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';

export const SOURCE = 'xxgk-lint';

/** `code` of the one diagnostic a broken configuration gives */
export const CONFIG_ERROR_CODE = 'config-error';

/** What a diagnostic carries for code actions: edits are offsets into the text of `version`. */
export interface DiagnosticData {
  version: number;
  fix?: TextEdit;
  suggestions?: LintSuggestion[];
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function rangeOf(document: TextDocument, range: readonly [number, number]): Range {
  return { start: document.positionAt(range[0]), end: document.positionAt(range[1]) };
}

/** a docs URL the client can open, or undefined (codeDescription.href must be a URI) */
function docsHref(meta: RuleMeta | undefined): string | undefined {
  return safeLinkUrl(meta?.docs.url);
}

/**
 * A finding → an LSP diagnostic: code = rule id, codeDescription = docs URL,
 * UTF-16 range (core's offsets are UTF-16 code units, as LSP's positions).
 * A message without a rule (the document is empty or does not read as an
 * annual report) is only a hint, so Markdown files that are not reports stay quiet.
 */
export function toDiagnostic(message: LintMessage, document: TextDocument, meta: RuleMeta | undefined): Diagnostic {
  const atLine = message.range[0] === 0 && message.range[1] === 0 && message.line > 1;
  const range: Range = atLine
    ? {
        start: { line: message.line - 1, character: message.column - 1 },
        end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 },
      }
    : rangeOf(document, message.range);
  const diagnostic: Diagnostic = {
    range,
    severity: message.ruleId === null ? DiagnosticSeverity.Hint : SEVERITY[message.xxgkSeverity],
    source: SOURCE,
    message: message.message,
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    const href = docsHref(meta);
    if (href) diagnostic.codeDescription = { href };
  }
  const data: DiagnosticData = { version: document.version };
  if (message.fix) data.fix = message.fix;
  if (message.suggestions?.length) data.suggestions = message.suggestions;
  diagnostic.data = data;
  return diagnostic;
}

/** the one diagnostic of a document whose configuration cannot be used */
export function configErrorDiagnostic(error: Pick<ConfigError, 'message' | 'line' | 'key'>, configUri?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: CONFIG_ERROR_CODE,
    message: `xxgk-lint 的配置有误，本文件没有检查：${error.message.replace(/[。.]$/, '')}。改正配置文件并保存后会重新检查。`,
  };
  if (configUri) {
    const line = Math.max(0, (error.line ?? 1) - 1);
    diagnostic.relatedInformation = [
      {
        location: { uri: configUri, range: { start: { line, character: 0 }, end: { line, character: 0 } } },
        message: error.key ? `配置项 “${error.key}”` : '配置文件',
      },
    ];
  }
  return diagnostic;
}

/** one information diagnostic at the top, for a document the server does not lint */
export function noticeDiagnostic(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: SOURCE,
    message,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return typeof value === 'object' && value !== null && typeof (value as DiagnosticData).version === 'number';
}
