import { Worker } from 'node:worker_threads';
import type { ServerSettings } from './settings.js';
import type { FromWorker, JobOutcome, LintJob, ToWorker, WorkerData } from './lint-protocol.js';

/** a lint that runs longer than this is stopped (its worker is replaced) */
export const DEFAULT_BUDGET_MS = 10_000;

/** heap cap of each lint worker (old generation), MB */
export const WORKER_MEMORY_MB = 1024;

/** What a job came to: the worker's answer, or why there is none. */
export type PoolOutcome =
  | JobOutcome
  | { kind: 'timeout'; budgetMs: number }
  | { kind: 'out-of-memory'; limitMb: number }
  | { kind: 'crashed'; reason: string }
  | { kind: 'aborted' };

export interface PoolOptions {
  /** the worker's module (lint-worker.js beside this file) */
  workerUrl: URL;
  /** workers (default 2: one slow document leaves the other for the rest) */
  size?: number;
  budgetMs?: number;
  /** an aborted job that has run this long is stopped by replacing its worker (default 1000 ms) */
  abandonAfterMs?: number;
  memoryMb?: number;
  /** where the pool says what went wrong (the client's log) */
  log?: (message: string) => void;
  /** reuse work between lints of a document (default true; off: every lint from scratch, for the benchmark) */
  incremental?: boolean;
}

interface Pending {
  id: number;
  job: LintJob;
  signal?: AbortSignal;
  resolve: (outcome: PoolOutcome) => void;
}

interface Slot {
  worker: Worker;
  running?: Pending & { startedAt: number; timer: NodeJS.Timeout };
}

/**
 * Lint workers for the language server: jobs wait in one queue and each
 * worker runs one at a time, under a time budget. A job past its budget, a
 * worker out of memory or one that dies takes only that job with it: the
 * worker is replaced (and given the current settings) and the queue goes on.
 */
export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private settings?: { settings: ServerSettings; folders: string[] };
  private closed = false;
  readonly budgetMs: number;
  readonly memoryMb: number;
  private readonly abandonAfterMs: number;
  private readonly size: number;
  /** workers started to replace one that was stopped or died */
  restarts = 0;

  constructor(private readonly options: PoolOptions) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.memoryMb = options.memoryMb ?? WORKER_MEMORY_MB;
    this.abandonAfterMs = options.abandonAfterMs ?? 1000;
    this.size = Math.max(1, options.size ?? 2);
    // one worker now; the others once it has answered (a spare, warm before a slow document needs it) or when all are busy
    this.slots.push({ worker: this.spawn() });
  }

  private grow(): void {
    if (!this.closed && this.slots.length < this.size) this.slots.push({ worker: this.spawn() });
  }

  /** settings and workspace folders, for every worker now and every one started later */
  configure(settings: ServerSettings, folders: string[]): void {
    this.settings = { settings, folders };
    this.broadcast({ type: 'configure', settings, folders });
  }

  /** a config file changed: every worker drops its cached configs */
  reset(): void {
    this.broadcast({ type: 'reset' });
  }

  /** run a job; resolves (never rejects) with its outcome, `aborted` once `signal` aborts */
  run(job: LintJob, signal?: AbortSignal): Promise<PoolOutcome> {
    if (signal?.aborted) return Promise.resolve({ kind: 'aborted' });
    if (this.closed) return Promise.resolve({ kind: 'crashed', reason: '语言服务器正在退出' });
    return new Promise((resolve) => {
      const pending: Pending = { id: this.nextId++, job, signal, resolve };
      this.queue.push(pending);
      signal?.addEventListener('abort', () => this.dropQueued(pending), { once: true });
      this.dispatch();
    });
  }

  /** jobs waiting or running */
  get busy(): number {
    return this.queue.length + this.slots.filter((s) => s.running).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ kind: 'aborted' });
    await Promise.all(
      this.slots.map((slot) => {
        this.finish(slot, { kind: 'aborted' });
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Worker {
    const workerData: WorkerData = { incremental: this.options.incremental !== false };
    const worker = new Worker(this.options.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }, workerData });
    // the server's own stdin keeps the process alive, not its workers
    worker.unref();
    if (this.settings) worker.postMessage({ type: 'configure', ...this.settings } satisfies ToWorker);
    worker.on('message', (message: FromWorker) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (slot?.running?.id === message.id) {
        this.finish(slot, message.outcome);
        this.dispatch();
        this.grow();
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(worker, outOfMemory ? { kind: 'out-of-memory', limitMb: this.memoryMb } : { kind: 'crashed', reason: error.message });
    });
    worker.on('exit', (code) => this.replace(worker, { kind: 'crashed', reason: `检查进程退出，代码 ${code}` }));
    return worker;
  }

  private broadcast(message: ToWorker): void {
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  private dropQueued(pending: Pending): void {
    const index = this.queue.indexOf(pending);
    if (index >= 0) {
      this.queue.splice(index, 1);
      pending.resolve({ kind: 'aborted' });
      return;
    }
    const slot = this.slots.find((s) => s.running?.id === pending.id);
    if (!slot?.running) return;
    // a long run whose result nobody wants would hold its worker until the budget: stop it
    const long = Date.now() - slot.running.startedAt >= this.abandonAfterMs;
    if (long) this.replace(slot.worker, { kind: 'aborted' });
    else {
      // a short one finishes on its own; its result is dropped
      slot.running.resolve({ kind: 'aborted' });
      slot.running.resolve = () => {};
    }
  }

  private dispatch(): void {
    if (this.closed) return;
    if (this.queue.length > 0 && this.slots.every((s) => s.running)) this.grow();
    for (const slot of this.slots) {
      if (slot.running) continue;
      const pending = this.queue.shift();
      if (!pending) return;
      const timer = setTimeout(() => this.replace(slot.worker, { kind: 'timeout', budgetMs: this.budgetMs }), this.budgetMs);
      slot.running = { ...pending, startedAt: Date.now(), timer };
      slot.worker.postMessage({ type: 'job', id: pending.id, job: pending.job } satisfies ToWorker);
    }
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    const running = slot.running;
    if (!running) return;
    slot.running = undefined;
    clearTimeout(running.timer);
    running.resolve(outcome);
  }

  /** stop `worker` (if it is still one of ours), settle its job with `outcome`, start a new one in its place */
  private replace(worker: Worker, outcome: PoolOutcome): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot) return;
    const file = slot.running?.job.filePath;
    if (outcome.kind !== 'aborted' && file) this.options.log?.(`xxgk-lint：检查 ${file} 时${describe(outcome)}，已重新启动检查进程。`);
    this.finish(slot, outcome);
    void worker.terminate();
    if (this.closed) return;
    this.restarts++;
    slot.worker = this.spawn();
    this.dispatch();
  }
}

function describe(outcome: PoolOutcome): string {
  switch (outcome.kind) {
    case 'timeout':
      return `超过 ${outcome.budgetMs / 1000} 秒仍未完成`;
    case 'out-of-memory':
      return `内存超过上限 ${outcome.limitMb} MB`;
    case 'crashed':
      return `检查进程意外退出（${outcome.reason}）`;
    default:
      return '出错';
  }
}
