import path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { ProgressLocation, Uri, commands, window, workspace } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ExecuteCommandRequest, LanguageClient, TransportKind } from 'vscode-languageclient/node';

/** what the server reads from initializationOptions and workspace/didChangeConfiguration */
interface XxgkLintSettings {
  enable: boolean;
  configFile: string;
  allowJsConfig: boolean;
  /** Restricted Mode: the server lints with the national defaults and reads no config from the workspace */
  restricted: boolean;
}

/** the commands of package.json's contributes.commands */
export const EXTENSION_COMMANDS = { lintFolder: 'xxgkLint.lintFolder', fixAll: 'xxgkLint.fixAll' } as const;

/** the server's commands (language-server/src/commands.ts) these call */
const SERVER_COMMANDS = { lintFolder: 'xxgk-lint.lintFolder', fixAll: 'xxgk-lint.fixAll' } as const;

export function readSettings(): XxgkLintSettings {
  const config = workspace.getConfiguration('xxgkLint');
  return {
    enable: config.get<boolean>('enable', true),
    configFile: config.get<string>('configFile', ''),
    allowJsConfig: config.get<boolean>('allowJsConfig', false),
    restricted: !workspace.isTrusted,
  };
}

let client: LanguageClient | undefined;

/** the bundled server (dist/server/server.js, built by scripts/build.mjs), on VS Code's own Node */
function createClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions: readSettings(),
    // xxgkLint.* changes are sent to the server (workspace/didChangeConfiguration)
    synchronize: { configurationSection: 'xxgkLint' },
    outputChannelName: 'xxgk-lint',
    middleware: {
      window: {
        // 查看规则说明: a rule's docs page (a .md shipped in the extension) is shown rendered
        showDocument: async (params, token, next) => {
          if (!params.uri.startsWith('file:') || !params.uri.endsWith('.md')) return next(params, token);
          await commands.executeCommand('markdown.showPreview', Uri.parse(params.uri));
          return { success: true };
        },
      },
    },
  };
  return new LanguageClient('xxgkLint', 'xxgk-lint', serverOptions, clientOptions);
}

async function start(context: ExtensionContext): Promise<void> {
  if (client) return;
  client = createClient(context);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const detail = error instanceof Error ? error.message : String(error);
    void window.showErrorMessage(`xxgk-lint 语言服务器启动失败：${detail}`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

function runningClient(): LanguageClient | undefined {
  if (!client) void window.showWarningMessage('xxgk-lint 没有在运行：请在设置中打开 xxgkLint.enable。');
  return client;
}

/** 检查整个文件夹: the server lints the folder's .md/.txt files and fills the Problems view */
async function lintFolder(): Promise<void> {
  const running = runningClient();
  if (!running) return;
  const folders = workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await window.showWorkspaceFolderPick({ placeHolder: '检查哪个文件夹？' }) : folders[0];
  if (!folder) {
    if (folders.length === 0) void window.showWarningMessage('检查整个文件夹：请先打开报告所在的文件夹。');
    return;
  }
  await window.withProgress({ location: ProgressLocation.Notification, title: `xxgk-lint：正在检查 ${folder.name}…` }, () =>
    running.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.lintFolder, arguments: [folder.uri.toString()] }),
  );
}

/** 修复全部: every fix in the active document (the server sends the edit) */
async function fixAll(): Promise<void> {
  const running = runningClient();
  if (!running) return;
  const editor = window.activeTextEditor;
  if (!editor) {
    void window.showWarningMessage('修复全部：请先打开一份 Markdown 或纯文本报告。');
    return;
  }
  await running.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.fixAll, arguments: [editor.document.uri.toString()] });
}

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('xxgkLint.enable')) return;
      // turning it off stops the server, so its diagnostics disappear; turning it on starts it again
      void (readSettings().enable ? start(context) : stop());
    }),
    // trusting the workspace: start again, now reading its configs
    workspace.onDidGrantWorkspaceTrust(() => {
      if (!readSettings().enable) return;
      void stop().then(() => start(context));
    }),
    commands.registerCommand(EXTENSION_COMMANDS.lintFolder, lintFolder),
    commands.registerCommand(EXTENSION_COMMANDS.fixAll, fixAll),
    { dispose: () => void stop() },
  );
  if (readSettings().enable) await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}
