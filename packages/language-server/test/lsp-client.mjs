// A real LSP client for the tests and the bench (scripts/bench-lsp.mjs): the
// server is a child process, and this side speaks JSON-RPC over its
// stdin/stdout with vscode-languageserver-protocol (the library VS Code's
// client is built on). Plain JavaScript so the bench can use it unbuilt.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ApplyWorkspaceEditRequest,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** @typedef {import('vscode-languageserver-protocol').PublishDiagnosticsParams} PublishDiagnosticsParams */

/**
 * @typedef {object} ServerStats
 * @property {number} lintRuns
 * @property {number} published
 * @property {number} stale
 * @property {number} started
 * @property {number} superseded
 * @property {number} cancelled
 * @property {number} openDocuments
 * @property {number} busy
 * @property {number} workerRestarts
 * @property {number} heapUsed
 * @property {number} rss
 */

/** @type {import('vscode-languageserver-protocol').ClientCapabilities} */
export const CLIENT_CAPABILITIES = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: false },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      dataSupport: true,
      isPreferredSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export class LspClient {
  /**
   * @param {import('node:child_process').ChildProcess} child
   * @param {import('vscode-languageserver-protocol').ProtocolConnection} connection
   */
  constructor(child, connection) {
    this.child = child;
    this.connection = connection;
    /** every publishDiagnostics, in order, per URI @type {Map<string, PublishDiagnosticsParams[]>} */
    this.published = new Map();
    /** capability registrations the server asked for @type {unknown[]} */
    this.registrations = [];
    /** @type {{uri: string, test: (p: PublishDiagnosticsParams) => boolean, resolve: (p: PublishDiagnosticsParams) => void}[]} */
    this.waiters = [];
    this.stderr = '';
    this.exited = once(child, 'exit').then(([code]) => code);
    child.stderr?.on('data', (chunk) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri || !w.test(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    /** window/showMessage notifications, in order @type {import('vscode-languageserver-protocol').ShowMessageParams[]} */
    this.messages = [];
    /** window/showDocument requests (answered success: true) @type {import('vscode-languageserver-protocol').ShowDocumentParams[]} */
    this.shownDocuments = [];
    /** workspace/applyEdit requests (answered applied: true; the test applies them to its own copy) @type {import('vscode-languageserver-protocol').ApplyWorkspaceEditParams[]} */
    this.appliedEdits = [];
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    connection.listen();
  }

  /**
   * Start `node <args…>` and connect to its stdio.
   * @param {string[]} args
   * @param {string[]} [nodeOptions]
   */
  static start(args, nodeOptions = []) {
    const child = spawn(process.execPath, [...nodeOptions, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspClient(child, connection);
  }

  /**
   * @param {string | null} rootUri
   * @param {unknown} [initializationOptions]
   * @returns {Promise<import('vscode-languageserver-protocol').InitializeResult>}
   */
  async initialize(rootUri, initializationOptions, capabilities = CLIENT_CAPABILITIES) {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'reports' }] : null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /**
   * The next publishDiagnostics for `uri` that passes `test` (or one already received, with `includePast`).
   * @param {string} uri
   * @param {(p: PublishDiagnosticsParams) => boolean} [test]
   * @returns {Promise<PublishDiagnosticsParams>}
   */
  diagnostics(uri, test = () => true, includePast = false) {
    if (includePast) {
      const past = this.published.get(uri)?.find(test);
      if (past) return Promise.resolve(past);
    }
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** diagnostics published for exactly this version of the document @param {string} uri @param {number} version */
  diagnosticsFor(uri, version) {
    return this.diagnostics(uri, (p) => p.version === version, true);
  }

  /** @param {string} uri @param {string} languageId @param {number} version @param {string} text */
  open(uri, languageId, version, text) {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /**
   * @param {string} uri
   * @param {number} version
   * @param {import('vscode-languageserver-protocol').TextDocumentContentChangeEvent[]} contentChanges
   */
  change(uri, version, contentChanges) {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  /** @param {string} uri */
  close(uri) {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** @param {import('vscode-languageserver-protocol').FileEvent[]} changes */
  watchedFilesChanged(changes) {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /**
   * @param {string} uri
   * @param {import('vscode-languageserver-protocol').Range} range
   * @param {import('vscode-languageserver-protocol').CodeActionContext} context
   * @returns {Promise<import('vscode-languageserver-protocol').CodeAction[]>}
   */
  async codeActions(uri, range, context) {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
    return (actions ?? []).filter((a) => typeof a.command !== 'string');
  }

  /**
   * workspace/executeCommand
   * @param {string} command
   * @param {unknown[]} [args]
   * @returns {Promise<unknown>}
   */
  executeCommand(command, args = []) {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** @param {string} uri @param {import('vscode-languageserver-protocol').Position} position */
  hover(uri, position) {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** @returns {Promise<ServerStats>} */
  stats(gc = false) {
    return this.connection.sendRequest('$/xxgk/stats', { gc });
  }

  /** shutdown, exit, and the server's exit code @returns {Promise<number | null>} */
  async shutdown() {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill() {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
