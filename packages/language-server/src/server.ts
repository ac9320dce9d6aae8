import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { DEFAULT_MAX_BYTES } from '@xxgk-lint/core/editor';
import type { LintMessage, RulesMeta } from '@xxgk-lint/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, Diagnostic, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { initializeResult } from './capabilities.js';
import { FIX_ALL_KIND, fixAllAction, quickFixes, wants } from './code-actions.js';
import { executeCommand } from './execute-command.js';
import { CONFIG_WATCH_PATTERN, isConfigFileName, readSettings } from './settings.js';
import type { ServerSettings } from './settings.js';
import { configErrorDiagnostic, noticeDiagnostic, toDiagnostic } from './diagnostics.js';
import type { LintTarget } from './documents.js';
import { targetOf } from './documents.js';
import { FramingRepair } from './framing.js';
import { minimalEdit } from './fix-all.js';
import { hoverAt } from './hover.js';
import { DEFAULT_BUDGET_MS, LintPool } from './lint-pool.js';
import type { PoolOutcome } from './lint-pool.js';
import { LintScheduler } from './scheduler.js';

/** debounce after a change, per document (an open is linted at once) */
export const DEFAULT_DEBOUNCE_MS = 300;

/** custom request: what the server has done, and its memory (`{gc: true}` collects first when run with --expose-gc) */
export const STATS_REQUEST = '$/xxgk/stats';

export interface ServerStats {
  /** lint runs of open documents (fix-all passes are not counted) */
  lintRuns: number;
  /** publishDiagnostics sent for a lint run (not counting clears on close) */
  published: number;
  /** runs whose result was dropped because the document changed meanwhile */
  stale: number;
  /** lint runs answered with the findings of the same text's last lint (the worker did not lint again) */
  reused: number;
  started: number;
  superseded: number;
  cancelled: number;
  openDocuments: number;
  /** documents with a pending or running lint */
  busy: number;
  /** lint workers replaced (a lint past its budget, out of memory, or a worker that died) */
  workerRestarts: number;
  heapUsed: number;
  rss: number;
  /** the last lint published: when its run started (its debounce ended) and when it was published, epoch ms (for the benchmark) */
  lastPublished?: { uri: string; version: number; startedAt: number; publishedAt: number };
}

/** initializationOptions the server reads (VS Code's extension passes the xxgkLint.* settings) */
export interface InitializationOptions {
  enable?: boolean;
  configFile?: string;
  /** run JavaScript configs in the workspace's sub-folders, as --allow-js-config (default false) */
  allowJsConfig?: boolean;
  /** debounce after a change, ms (default 300) */
  debounceMs?: number;
  /** a lint (or fix-all) that runs longer than this is stopped, ms (default 10000) */
  lintTimeoutMs?: number;
  /** reuse work between lints of a document (default true; false: each lint from scratch, as the benchmark's baseline) */
  incremental?: boolean;
}

/** what the server keeps of a document's last published lint */
interface LintState {
  version: number;
  target: LintTarget;
  messages: LintMessage[];
  rulesMeta: RulesMeta;
  /** fix-all is offered (the document was linted: its config is sound and it was checked in time) */
  fixable: boolean;
  configFiles: string[];
}

/** the worker that lints off the main thread (lint-worker.js beside this module, also in the VS Code bundle) */
const WORKER_URL = new URL('./lint-worker.js', import.meta.url);

/** the one diagnostic of a document that got no lint result: why, and that others go on */
export function unlintedMessage(outcome: PoolOutcome, fileName: string): string | undefined {
  switch (outcome.kind) {
    case 'timeout':
      return `检查超时：${fileName} 超过 ${Math.round(outcome.budgetMs / 1000)} 秒仍未检查完，已停止检查，本文件没有检查结果。其他文件照常检查；修改本文件后会重新检查。`;
    case 'out-of-memory':
      return `内存超限：检查 ${fileName} 用尽了检查进程的内存（上限 ${outcome.limitMb} MB），已停止检查，本文件没有检查结果。其他文件照常检查；修改本文件后会重新检查。`;
    case 'crashed':
      return `检查 ${fileName} 时检查进程意外退出（${outcome.reason}），本文件没有检查结果。其他文件照常检查；修改本文件后会重新检查。`;
    case 'failed':
      return `xxgk-lint 内部错误（${outcome.message}），${fileName} 没有检查完。请把报告和这条消息反馈给维护者。`;
    default:
      return undefined;
  }
}

function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  // initialize was answered already (stdio.ts): a folder that is not a local file URL is left out, not an error
  return uris.flatMap((u) => {
    try {
      return u.startsWith('file:') ? [fileURLToPath(u)] : [];
    } catch {
      return [];
    }
  });
}

/** Wire the xxgk-lint language server to a connection (stdio, or any other transport). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, LintState>();
  const opened = new Set<string>();
  const counters = { lintRuns: 0, published: 0, stale: 0, reused: 0 };
  let lastPublished: ServerStats['lastPublished'];
  const epochMs = () => performance.timeOrigin + performance.now();
  let settings: ServerSettings = readSettings(undefined);
  let folders: string[] = [process.cwd()];
  let workspaceRoot = process.cwd();
  let budgetMs = DEFAULT_BUDGET_MS;
  let incremental = true;
  // started at initialize (or the first lint), with the budget the client asked for
  let lintPool: LintPool | undefined;
  const pool = {
    get current(): LintPool {
      if (!lintPool) {
        lintPool = new LintPool({ workerUrl: WORKER_URL, budgetMs, incremental, log: (m) => connection.console.error(m) });
        lintPool.configure(settings, folders);
      }
      return lintPool;
    },
  };
  const configure = (next: ServerSettings, nextFolders = folders) => {
    settings = next;
    folders = nextFolders;
    lintPool?.configure(settings, folders);
  };
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let canShowDocument = false;

  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) =>
    void connection.sendDiagnostics({ uri, version, diagnostics });

  /** one lint of one document, in a worker: config, lint, publish, unless a newer change came in meanwhile */
  const run = async (uri: string, signal: AbortSignal): Promise<void> => {
    const startedAt = epochMs();
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    if (!settings.enable) {
      states.delete(uri);
      publish(uri, version, []);
      return;
    }
    const target = targetOf(uri, document.languageId, workspaceRoot);
    if (!target) return;
    // text, version and positions all of one version
    const text = document.getText();
    const tooLarge = text.length > DEFAULT_MAX_BYTES;
    if (!tooLarge) counters.lintRuns++;
    const outcome = await pool.current.run({ kind: 'lint', filePath: target.filePath, format: target.format, text: tooLarge ? null : text }, signal);
    if (outcome.kind === 'aborted') return;
    let diagnostics: Diagnostic[];
    const state: LintState = { version, target, messages: [], rulesMeta: {}, fixable: false, configFiles: [] };
    if (outcome.kind === 'config-error') {
      const file = outcome.error.file;
      const configUri = file && path.isAbsolute(file) ? pathToFileURL(file).href : undefined;
      diagnostics = [configErrorDiagnostic(outcome.error, configUri)];
      state.configFiles = file ? [file] : [];
    } else if (outcome.kind === 'ignored') {
      diagnostics = [];
      state.configFiles = outcome.files;
    } else if (outcome.kind === 'too-large') {
      diagnostics = [noticeDiagnostic(`文件过大（${(text.length / 1024 / 1024).toFixed(1)} MB），xxgk-lint 没有检查：年度报告的文字通常不超过 1 MB。`)];
      state.configFiles = outcome.files;
    } else if (outcome.kind === 'linted') {
      if (outcome.reused) counters.reused++;
      diagnostics = outcome.messages.map((m) => toDiagnostic(m, document, m.ruleId ? outcome.rulesMeta[m.ruleId] : undefined));
      Object.assign(state, { messages: outcome.messages, rulesMeta: outcome.rulesMeta, fixable: true, configFiles: outcome.files });
    } else {
      if (outcome.kind === 'failed') connection.console.error(`xxgk-lint：检查 ${uri} 时出错：${outcome.detail}`);
      diagnostics = [noticeDiagnostic(unlintedMessage(outcome, path.basename(target.filePath)) ?? '', DiagnosticSeverity.Warning)];
    }
    // let changes that arrived during the lint be read before publishing
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted || documents.get(uri)?.version !== version) {
      counters.stale++;
      return;
    }
    states.set(uri, state);
    counters.published++;
    publish(uri, version, diagnostics);
    lastPublished = { uri, version, startedAt, publishedAt: epochMs() };
  };

  const guarded = async (uri: string, signal: AbortSignal): Promise<void> => {
    try {
      await run(uri, signal);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`xxgk-lint：检查 ${uri} 时出错：${detail}`);
      const document = documents.get(uri);
      if (document && !signal.aborted) {
        publish(uri, document.version, [
          noticeDiagnostic(`xxgk-lint 内部错误（${error instanceof Error ? error.message : String(error)}），本文件没有检查完。请把报告和这条消息反馈给维护者。`),
        ]);
      }
    }
  };

  let scheduler = new LintScheduler(guarded, DEFAULT_DEBOUNCE_MS);

  const relintAll = () => {
    for (const document of documents.all()) scheduler.schedule(document.uri, 0);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const given = folderPaths(params);
    workspaceRoot = given[0] ?? process.cwd();
    if (typeof options.lintTimeoutMs === 'number' && options.lintTimeoutMs > 0) budgetMs = options.lintTimeoutMs;
    if (options.incremental === false) incremental = false;
    configure(readSettings(options), given.length > 0 ? given : [workspaceRoot]);
    const debounce = typeof options.debounceMs === 'number' && options.debounceMs >= 0 ? options.debounceMs : DEFAULT_DEBOUNCE_MS;
    scheduler = new LintScheduler(guarded, debounce);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    // the same result stdio.ts sent before this module loaded
    return initializeResult();
  });

  connection.onInitialized(() => {
    // the first worker loads core and the rules once initialize is answered, before the first document arrives
    void pool.current;
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_WATCH_PATTERN }] });
    }
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      const current = [...folders.filter((f) => !removed.has(pathToFileURL(f).href))];
      for (const f of event.added) if (f.uri.startsWith('file:')) current.push(fileURLToPath(f.uri));
      configure(settings, current.length > 0 ? current : [workspaceRoot]);
      relintAll();
    });
  });

  documents.onDidOpen(({ document }) => void opened.add(document.uri));
  documents.onDidChangeContent(({ document }) => {
    // an open is linted at once; edits wait for the author to pause
    scheduler.schedule(document.uri, opened.delete(document.uri) ? 0 : undefined);
  });
  documents.onDidClose(({ document }) => {
    opened.delete(document.uri);
    scheduler.stop(document.uri);
    states.delete(document.uri);
    publish(document.uri, undefined, []);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const known = new Set([...states.values()].flatMap((s) => s.configFiles));
    const relevant = changes.some((c) => {
      if (!c.uri.startsWith('file:')) return false;
      const file = fileURLToPath(c.uri);
      return isConfigFileName(file) || known.has(file);
    });
    if (!relevant) return;
    lintPool?.reset();
    relintAll();
  });

  connection.onDidChangeConfiguration(async (params) => {
    let value = (params.settings as { xxgkLint?: unknown } | undefined)?.xxgkLint;
    if (value === undefined && canPullConfiguration) value = await connection.workspace.getConfiguration('xxgkLint');
    if (value === undefined || value === null) return;
    configure(readSettings(value, settings));
    relintAll();
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const state = states.get(params.textDocument.uri);
    if (!document || !state) return [];
    const only = params.context.only;
    // quick fixes carry offsets of the version they were made for (checked per diagnostic)
    const actions = wants(only, CodeActionKind.QuickFix)
      ? quickFixes(document, params.context.diagnostics, { markdown: state.target.format === 'markdown', configurable: !settings.restricted })
      : [];
    // fix-all lints the text as it is now (e.g. on save, right after typing), with the document's config
    if (only && wants(only, FIX_ALL_KIND) && state.fixable) {
      const before = document.getText();
      const version = document.version;
      const fixed = await pool.current.run({ kind: 'fix', filePath: state.target.filePath, format: state.target.format, text: before });
      // the edit is made for the text it was computed from
      if (fixed.kind !== 'fixed' || document.version !== version) return actions;
      const action = fixAllAction(document, fixed.output === before ? null : minimalEdit(before, fixed.output), fixed.applied);
      if (action) actions.push(action);
    }
    return actions;
  });

  connection.onExecuteCommand((params) =>
    executeCommand(
      {
        settings: () => settings,
        folders: () => folders,
        openDocument: (uri) => {
          const document = documents.get(uri);
          const state = states.get(uri);
          return document && { document, target: state?.target, fixable: state?.fixable === true };
        },
        showDocument: canShowDocument ? async (uri) => (await connection.window.showDocument({ uri, takeFocus: true })).success : null,
        // a notification: nothing waits for the user to dismiss it
        showMessage: (kind, message) => void connection.sendNotification(ShowMessageNotification.type, { type: kind === 'error' ? MessageType.Error : MessageType.Info, message }),
        ruleMeta: (ruleId) => [...states.values()].find((s) => s.rulesMeta[ruleId])?.rulesMeta[ruleId],
        configChanged: () => {
          lintPool?.reset();
          relintAll();
        },
        run: (job) => pool.current.run(job),
        publish: (uri, diagnostics) => publish(uri, undefined, diagnostics),
        applyEdit: async (label, uri, edits) => (await connection.workspace.applyEdit({ label, edit: { changes: { [uri]: edits } } })).applied,
      },
      params.command,
      params.arguments,
    ),
  );

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = states.get(params.textDocument.uri);
    if (!document || !state || state.version !== document.version) return null;
    return hoverAt(document, state.messages, state.rulesMeta, params.position);
  });

  connection.onRequest(STATS_REQUEST, (params?: { gc?: boolean }): ServerStats => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    const memory = process.memoryUsage();
    return {
      ...counters,
      ...scheduler.stats,
      openDocuments: documents.all().length,
      busy: scheduler.busy,
      workerRestarts: lintPool?.restarts ?? 0,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      lastPublished,
    };
  });

  documents.listen(connection);
  connection.listen();
}

/** stdout carries the protocol: console output goes to the client's log instead */
function redirectConsole(connection: Connection): void {
  console.log = (...args: unknown[]) => connection.console.log(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
}

/** The server on framed input (FramingRepair's output) and an output stream (stdio.ts). */
export function connectStdio(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Connection {
  const connection = createConnection(ProposedFeatures.all, input, output);
  redirectConsole(connection);
  startServer(connection);
  return connection;
}

/** The server on this process's stdin/stdout (`xxgk-lint --lsp --stdio`; the bin starts it through stdio.ts instead, faster). */
export function startStdioServer(): Connection {
  // badly framed input is dropped up to the next header, and said on stderr (the client's server log)
  const input = process.stdin.pipe(
    new FramingRepair((reason, bytes) => process.stderr.write(`xxgk-lint 语言服务器：收到格式错误的消息（${reason}），已丢弃 ${bytes} 字节，从下一条消息继续。\n`)),
  );
  return connectStdio(input, process.stdout);
}
