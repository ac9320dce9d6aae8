import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEXT_EXTENSIONS } from '@xxgk-lint/core/editor';
import type { RuleMeta } from '@xxgk-lint/core';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import { isMap, isScalar, parseDocument } from 'yaml';

// Commands the server runs for any client (workspace/executeCommand): VS Code
// registers them itself; Neovim's code_action sends them to the server.

export const COMMANDS = {
  /** [ruleId, docsUrl?]: show the rule's docs page */
  showRuleDocs: 'xxgk-lint.showRuleDocs',
  /** [ruleId, documentUri]: `rules: { <id>: off }` in the config that applies to the document */
  disableRuleInConfig: 'xxgk-lint.disableRuleInConfig',
  /** [folderUri?]: lint the folder's .md/.txt files and publish their diagnostics */
  lintFolder: 'xxgk-lint.lintFolder',
  /** [documentUri]: apply every fix to an open document */
  fixAll: 'xxgk-lint.fixAll',
} as const;

export const SERVER_COMMANDS: string[] = Object.values(COMMANDS);

/** a command that cannot do what it was asked: the message (Chinese) says why and what to do */
export class CommandError extends Error {}

/** "查看规则说明" and "在配置中关闭此规则": for every finding of a rule, fixable or not */
export function ruleActions(diagnostic: Diagnostic, ruleId: string, documentUri: string, canDisableInConfig: boolean): CodeAction[] {
  const docsUrl = diagnostic.codeDescription?.href;
  const actions: CodeAction[] = [
    {
      title: `查看规则说明（${ruleId}）`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: `查看规则说明（${ruleId}）`, command: COMMANDS.showRuleDocs, arguments: docsUrl ? [ruleId, docsUrl] : [ruleId] },
    },
  ];
  if (canDisableInConfig) {
    actions.push({
      title: `在配置中关闭此规则（${ruleId}）`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: `在配置中关闭此规则（${ruleId}）`, command: COMMANDS.disableRuleInConfig, arguments: [ruleId, documentUri] },
    });
  }
  return actions;
}

/** the rule's card as one message, for clients that cannot open a document (Neovim 0.7) */
export function ruleDocsMessage(ruleId: string, meta: RuleMeta | undefined, docsUrl: string | undefined): string {
  const lines = [`xxgk-lint · ${ruleId}`];
  if (meta?.docs.description) lines.push(meta.docs.description);
  if (meta?.docs.basis?.length) lines.push(`依据：${meta.docs.basis.join('；')}`);
  if (docsUrl) lines.push(`规则说明：${docsUrl.startsWith('file:') ? fileURLToPath(docsUrl) : docsUrl}`);
  else lines.push('这条规则没有说明文档。');
  return lines.join('\n');
}

const YAML_CONFIG = /^\.xxgklintrc\.ya?ml$/;

/** a new config: the national rules the editor used until now, and the one rule off */
export function newConfigText(ruleId: string): string {
  return [
    '# xxgk-lint 配置（由编辑器的“在配置中关闭此规则”创建），说明见 docs/configuration.md',
    'extends: "@xxgk-lint/rules-national/recommended"',
    'rules:',
    `  ${ruleId}: off`,
    '',
  ].join('\n');
}

/**
 * `text` (a YAML config) with `rules.<ruleId>` set to off, every other line,
 * comment and blank line kept (yaml's Document API edits the parsed tree).
 */
export function disableRuleInYaml(text: string, ruleId: string, file: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.linePos?.[0].line;
    throw new CommandError(`配置文件 ${file}${line ? ` 第 ${line} 行` : ''}不是有效的 YAML（${error.message.split('\n')[0]}）：请先改正，再关闭规则。`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new CommandError(`配置文件 ${file} 的顶层不是键值对：请手动在 rules 下加上 “${ruleId}: off”。`);
  }
  const rules = doc.get('rules', true);
  if (rules !== undefined && rules !== null && !isMap(rules) && !(isScalar(rules) && rules.value === null)) {
    throw new CommandError(`配置文件 ${file} 的 rules 不是键值对：请手动在 rules 下加上 “${ruleId}: off”。`);
  }
  if (isScalar(rules) && rules.value === null) doc.delete('rules');
  doc.setIn(['rules', ruleId], 'off');
  return doc.toString();
}

/** where the document is */
export interface ConfigPlace {
  /** the document on disk */
  filePath: string;
  /** the workspace folder holding it */
  folder: string;
  /** the editor's xxgkLint.configFile, if set */
  configFile?: string;
}

/** the names core reads a config from, in its order (core/src/config/resolver.ts) */
const CONFIG_FILES = ['package.json', '.xxgklintrc', '.xxgklintrc.json', '.xxgklintrc.yaml', '.xxgklintrc.yml', '.xxgklintrc.js', '.xxgklintrc.mjs', '.xxgklintrc.cjs'];

function hasOwnConfig(file: string, exists: (file: string) => boolean): boolean {
  if (!exists(file)) return false;
  if (path.basename(file) !== 'package.json') return true;
  try {
    return 'xxgklint' in (JSON.parse(readFileSync(file, 'utf8')) as object);
  } catch {
    return false;
  }
}

/** the config file nearest the document: its folder, then each parent up to the workspace folder */
function nearestConfig(place: ConfigPlace, exists: (file: string) => boolean): string | undefined {
  const inFolder = !path.relative(place.folder, place.filePath).startsWith('..');
  let dir = path.dirname(place.filePath);
  for (;;) {
    const found = CONFIG_FILES.map((name) => path.join(dir, name)).find((file) => hasOwnConfig(file, exists));
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir || (inFolder && dir === place.folder) || !inFolder) return undefined;
    dir = parent;
  }
}

/**
 * The file to write: the configured one, else the config file nearest the
 * document (its settings win over those of farther ones), else a new
 * .xxgklintrc.yml in the workspace folder. Only YAML is edited; a JSON or
 * JavaScript config is named so the author edits it.
 */
export function configToEdit(place: ConfigPlace, exists: (file: string) => boolean = existsSync): { file: string; exists: boolean } {
  const nearest = place.configFile ? path.resolve(place.folder, place.configFile) : nearestConfig(place, exists);
  if (!nearest) return { file: path.join(place.folder, '.xxgklintrc.yml'), exists: false };
  if (!YAML_CONFIG.test(path.basename(nearest))) {
    throw new CommandError(`本文件的配置是 ${nearest}（不是 .xxgklintrc.yml）：请在其中的 rules 里手动关闭此规则。`);
  }
  return { file: nearest, exists: exists(nearest) };
}

/** write `rules: { <ruleId>: off }` into the config of `place`; resolves to what was done, in words */
export function disableRuleInConfig(place: ConfigPlace, ruleId: string): { file: string; message: string } {
  const { file, exists } = configToEdit(place);
  const text = exists ? readFileSync(file, 'utf8') : '';
  const next = exists && text.trim() !== '' ? disableRuleInYaml(text, ruleId, file) : newConfigText(ruleId);
  writeFileSync(file, next, 'utf8');
  return { file, message: `已在 ${file} 中关闭规则 ${ruleId}（rules: ${ruleId}: off）。` };
}

/** a folder walk stops here: a workspace is not a batch */
export const FOLDER_FILE_LIMIT = 2000;

/** the .md/.txt files under `folder` (as the CLI walks: no node_modules, no dot-folders), sorted; at most `limit` */
export function textFilesIn(folder: string, limit = FOLDER_FILE_LIMIT): { files: string[]; truncated: boolean } {
  const files: string[] = [];
  const pending = [folder];
  let truncated = false;
  while (pending.length > 0 && !truncated) {
    const dir = pending.shift() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile() && TEXT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && !entry.name.startsWith('~$')) {
        if (files.length >= limit) {
          truncated = true;
          break;
        }
        files.push(full);
      }
    }
  }
  return { files: files.sort(), truncated };
}

/** a command argument that should be a file: URI, as a path */
export function pathArgument(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value.startsWith('file:')) throw new CommandError(`命令缺少${what}（应为 file: 开头的 URI）。`);
  return fileURLToPath(value);
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
