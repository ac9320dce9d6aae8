import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_BYTES } from '@xxgk-lint/core/editor';
import type { RuleMeta } from '@xxgk-lint/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { COMMANDS, CommandError, disableRuleInConfig, fileUri, pathArgument, ruleDocsMessage, textFilesIn } from './commands.js';
import { rangeOf, toDiagnostic } from './diagnostics.js';
import type { LintTarget } from './documents.js';
import { targetOf } from './documents.js';
import { minimalEdit } from './fix-all.js';
import type { PoolOutcome } from './lint-pool.js';
import type { ServerSettings } from './settings.js';

/** what the commands need of the running server */
export interface CommandHost {
  settings(): ServerSettings;
  /** the workspace folders (paths) */
  folders(): string[];
  /** the open document and what its last lint found out, if it is open and was linted */
  openDocument(uri: string): { document: TextDocument; target?: LintTarget; fixable: boolean } | undefined;
  /** null when the client cannot open documents (window/showDocument) */
  showDocument: ((uri: string) => Promise<boolean>) | null;
  showMessage(kind: 'info' | 'error', message: string): void;
  /** a rule's meta, as the last lint of some open document had it */
  ruleMeta(ruleId: string): RuleMeta | undefined;
  /** a config file was written: drop cached configs and lint the open documents again */
  configChanged(): void;
  run(job: { kind: 'lint' | 'fix'; filePath: string; format: LintTarget['format']; text: string }): Promise<PoolOutcome>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  applyEdit(label: string, uri: string, edits: LspTextEdit[]): Promise<boolean>;
}

/** the workspace folder that holds `file` (the deepest), or the first */
function folderOf(folders: string[], file: string): string {
  let best: string | undefined;
  for (const folder of folders) {
    const rel = path.relative(folder, file);
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
  }
  return best ?? folders[0] ?? path.dirname(file);
}

async function showRuleDocs(host: CommandHost, args: unknown[]): Promise<{ shown: 'document' | 'message' }> {
  const [ruleId, docsUrl] = args;
  if (typeof ruleId !== 'string') throw new CommandError('命令缺少规则名。');
  const url = typeof docsUrl === 'string' ? docsUrl : undefined;
  if (url && host.showDocument && (await host.showDocument(url))) return { shown: 'document' };
  host.showMessage('info', ruleDocsMessage(ruleId, host.ruleMeta(ruleId), url));
  return { shown: 'message' };
}

function disableInConfig(host: CommandHost, args: unknown[]): { file: string } {
  const [ruleId, documentUri] = args;
  if (typeof ruleId !== 'string' || !ruleId.includes('/')) throw new CommandError('命令缺少规则名（如 national/fee-statement）。');
  const settings = host.settings();
  if (settings.restricted) throw new CommandError('工作区未受信任（受限模式），xxgk-lint 不读取工作区的配置文件：信任此工作区后再关闭规则。');
  const filePath = pathArgument(documentUri, '报告文件');
  const folder = folderOf(host.folders(), filePath);
  const done = disableRuleInConfig({ filePath, folder, configFile: settings.configFile }, ruleId);
  host.configChanged();
  host.showMessage('info', done.message);
  return { file: done.file };
}

/** lint every .md/.txt file of the folder that is not open, and publish what each has */
async function lintFolder(host: CommandHost, args: unknown[]): Promise<{ files: number; problems: number }> {
  const folder = args[0] === undefined ? host.folders()[0] : pathArgument(args[0], '文件夹');
  if (!folder) throw new CommandError('没有打开工作区文件夹：请先打开报告所在的文件夹。');
  const { files, truncated } = textFilesIn(folder);
  let problems = 0;
  let checked = 0;
  for (const file of files) {
    const uri = fileUri(file);
    // an open document has its own, newer diagnostics
    if (host.openDocument(uri)) continue;
    const target = targetOf(uri, '', folder);
    if (!target) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (text.length > DEFAULT_MAX_BYTES) continue;
    const outcome = await host.run({ kind: 'lint', filePath: file, format: target.format, text });
    checked++;
    if (outcome.kind !== 'linted') continue;
    const document = TextDocument.create(uri, target.format === 'markdown' ? 'markdown' : 'plaintext', 0, text);
    const diagnostics = outcome.messages.filter((m) => m.ruleId).map((m) => toDiagnostic(m, document, outcome.rulesMeta[m.ruleId as string]));
    problems += diagnostics.length;
    host.publish(uri, diagnostics);
  }
  const more = truncated ? `（只检查了前 ${files.length} 个文件）` : '';
  host.showMessage('info', `xxgk-lint：已检查 ${path.basename(folder)} 中的 ${checked} 个文件${more}，发现 ${problems} 个问题，见“问题”面板。`);
  return { files: checked, problems };
}

async function fixAllCommand(host: CommandHost, args: unknown[]): Promise<{ applied: number }> {
  const [uri] = args;
  const open = typeof uri === 'string' ? host.openDocument(uri) : undefined;
  if (!open || !open.target) throw new CommandError('修复全部：请先打开一份 Markdown 或纯文本报告。');
  if (!open.fixable) throw new CommandError('修复全部：本文件还没有检查完（或配置有误），请稍后再试。');
  const { document, target } = open;
  const before = document.getText();
  const version = document.version;
  const fixed = await host.run({ kind: 'fix', filePath: target.filePath, format: target.format, text: before });
  if (fixed.kind !== 'fixed') throw new CommandError('修复全部：这次没有修复成功，请再试一次。');
  if (document.version !== version) throw new CommandError('修复全部：修复期间文件又有改动，请再试一次。');
  if (fixed.output === before) {
    host.showMessage('info', '本文件没有能自动修复的 xxgk-lint 问题。');
    return { applied: 0 };
  }
  const edit = minimalEdit(before, fixed.output);
  await host.applyEdit('xxgk-lint：修复全部', document.uri, [{ range: rangeOf(document, edit.range), newText: edit.text }]);
  return { applied: fixed.applied };
}

/** workspace/executeCommand: a command's result, or null after saying (in Chinese) why it could not run */
export async function executeCommand(host: CommandHost, command: string, args: unknown[] = []): Promise<unknown> {
  try {
    switch (command) {
      case COMMANDS.showRuleDocs:
        return await showRuleDocs(host, args);
      case COMMANDS.disableRuleInConfig:
        return disableInConfig(host, args);
      case COMMANDS.lintFolder:
        return await lintFolder(host, args);
      case COMMANDS.fixAll:
        return await fixAllCommand(host, args);
      default:
        throw new CommandError(`xxgk-lint 没有命令 “${command}”。`);
    }
  } catch (error) {
    host.showMessage('error', error instanceof CommandError ? error.message : `xxgk-lint：命令 ${command} 出错（${error instanceof Error ? error.message : String(error)}）。`);
    return null;
  }
}
