import type { TextEdit } from '@xxgk-lint/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import { ruleActions } from './commands.js';
import { SOURCE, isDiagnosticData, rangeOf } from './diagnostics.js';

/** the code action kind of "fix everything that can be fixed" (editor.codeActionsOnSave) */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.xxgklint`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** whether the client asked for `kind` (`only` lists kinds and their parents, e.g. "source") */
export function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function lspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: rangeOf(document, edit.range), newText: edit.text };
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 24 ? `${flat.slice(0, 23)}…` : flat;
}

/** "将“主动公开信息情况”改为“主动公开政府信息情况”" and the like */
function fixTitle(document: TextDocument, edit: TextEdit, ruleId: string): string {
  const before = document.getText().slice(edit.range[0], edit.range[1]);
  let what: string;
  if (before.trim() === '' && edit.text.trim() !== '') what = `插入“${quote(edit.text)}”`;
  else if (edit.text.trim() === '' && before.trim() !== '') what = `删除“${quote(before)}”`;
  else if (before.trim() !== '') what = `将“${quote(before)}”改为“${quote(edit.text)}”`;
  else what = '修复此问题';
  return `${what}（${ruleId}）`;
}

function action(title: string, document: TextDocument, edits: LspTextEdit[], diagnostic: Diagnostic, preferred = false): CodeAction {
  const result: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: edits } },
  };
  if (preferred) result.isPreferred = true;
  return result;
}

/** a GFM table row: a comment line above it would end the table */
function isTableRow(line: string): boolean {
  return /^\s*\|/.test(line);
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/**
 * `<!-- xxgk-lint-disable-next-line id -->` above the finding's first line,
 * with the line's indentation; in a table (where a comment line would end
 * it) `disable` before the table and `enable` after it. Markdown only: in
 * plain text the comment would be part of the report.
 */
function disableAction(document: TextDocument, diagnostic: Diagnostic, ruleId: string): CodeAction {
  const line = diagnostic.range.start.line;
  const text = lineText(document, line);
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const at = (l: number) => ({ start: { line: l, character: 0 }, end: { line: l, character: 0 } });
  if (!isTableRow(text)) {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const edit: LspTextEdit = { range: at(line), newText: `${indent}<!-- xxgk-lint-disable-next-line ${ruleId} -->${eol}` };
    return action(`在本行禁用此规则（${ruleId}）`, document, [edit], diagnostic);
  }
  let first = line;
  while (first > 0 && isTableRow(lineText(document, first - 1))) first--;
  let last = line;
  while (last + 1 < document.lineCount && isTableRow(lineText(document, last + 1))) last++;
  const after = last + 1 < document.lineCount ? at(last + 1) : { start: { line: last, character: lineText(document, last).length }, end: { line: last, character: lineText(document, last).length } };
  const edits: LspTextEdit[] = [
    { range: at(first), newText: `<!-- xxgk-lint-disable ${ruleId} -->${eol}${eol}` },
    { range: after, newText: last + 1 < document.lineCount ? `${eol}<!-- xxgk-lint-enable ${ruleId} -->${eol}` : `${eol}${eol}<!-- xxgk-lint-enable ${ruleId} -->` },
  ];
  return action(`在这张表格中禁用此规则（${ruleId}）`, document, edits, diagnostic);
}

/** what the server offers besides edits */
export interface QuickFixOptions {
  /** the document is Markdown: a disable comment can be written into it */
  markdown: boolean;
  /** the document's config is read from the workspace (not in VS Code's Restricted Mode) */
  configurable: boolean;
}

/**
 * Quick fixes for the client's diagnostics: the rule's fix (preferred), each
 * suggestion, (Markdown) a comment disabling the rule on that line, and for
 * every finding of a rule its docs and turning it off in the config.
 * Edits are made only for diagnostics of the document's current version:
 * older offsets are stale, and new diagnostics are on their way.
 */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[], options: QuickFixOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const commands: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string' || !diagnostic.code.includes('/')) continue;
    const ruleId = diagnostic.code;
    // one docs / turn-off pair per rule, however many of its findings the range holds
    if (!seen.has(ruleId)) {
      seen.add(ruleId);
      commands.push(...ruleActions(diagnostic, ruleId, document.uri, options.configurable));
    }
    const data = diagnostic.data;
    if (!isDiagnosticData(data) || data.version !== document.version) continue;
    if (data.fix) actions.push(action(fixTitle(document, data.fix, ruleId), document, [lspEdit(document, data.fix)], diagnostic, true));
    for (const suggestion of data.suggestions ?? []) {
      actions.push(action(`${suggestion.desc}（${ruleId}）`, document, [lspEdit(document, suggestion.fix)], diagnostic));
    }
    if (options.markdown) actions.push(disableAction(document, diagnostic, ruleId));
  }
  return [...actions, ...commands];
}

/** the fixAll source action, given the fixed text (null when nothing changes) */
export function fixAllAction(document: TextDocument, edit: TextEdit | null, applied: number): CodeAction | null {
  if (!edit) return null;
  return {
    title: `修复本文件中能自动修复的 xxgk-lint 问题（${applied} 处）`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: [lspEdit(document, edit)] } },
  };
}
