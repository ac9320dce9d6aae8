import path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { window, workspace } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

/** what the server reads from initializationOptions and workspace/didChangeConfiguration */
interface XxgkLintSettings {
  enable: boolean;
  configFile: string;
  allowJsConfig: boolean;
}

function readSettings(): XxgkLintSettings {
  const config = workspace.getConfiguration('xxgkLint');
  return { enable: config.get<boolean>('enable', true), configFile: config.get<string>('configFile', ''), allowJsConfig: config.get<boolean>('allowJsConfig', false) };
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

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('xxgkLint.enable')) return;
      // turning it off stops the server, so its diagnostics disappear; turning it on starts it again
      void (readSettings().enable ? start(context) : stop());
    }),
    { dispose: () => void stop() },
  );
  if (readSettings().enable) await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}
