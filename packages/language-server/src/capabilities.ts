import type { InitializeResult } from 'vscode-languageserver/node';

// The initialize result as plain data: stdio.ts answers `initialize` with it
// before vscode-languageserver and the server's modules load, and the server
// answers the same. test/capabilities.test.ts keeps these lists equal to
// code-actions.ts's CODE_ACTION_KINDS and commands.ts's SERVER_COMMANDS.

/** CodeActionKind.QuickFix and FIX_ALL_KIND */
export const ADVERTISED_CODE_ACTION_KINDS: readonly string[] = ['quickfix', 'source.fixAll.xxgklint'];

/** Object.values(COMMANDS) */
export const ADVERTISED_COMMANDS: readonly string[] = [
  'xxgk-lint.showRuleDocs',
  'xxgk-lint.disableRuleInConfig',
  'xxgk-lint.lintFolder',
  'xxgk-lint.fixAll',
];

/** TextDocumentSyncKind.Incremental */
const INCREMENTAL_SYNC = 2;

export function initializeResult(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: INCREMENTAL_SYNC },
      codeActionProvider: { codeActionKinds: [...ADVERTISED_CODE_ACTION_KINDS], resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: [...ADVERTISED_COMMANDS] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'xxgk-lint', version: '0.1.0' },
  };
}
