import { Worker } from 'node:worker_threads';
import type { Budget, Failure } from './budget.js';
import type { Task, TaskValue } from './job.js';
import { WORKER_DEPTH } from './pool-size.js';
import { WORKER_SCRIPT } from './worker-script.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { receiveError } from './protocol.js';

/** a task's end: its value, or why its worker had to go */
export type Outcome = { ok: true; value: TaskValue } | { ok: false; failure: Failure };

interface Pending {
  id: number;
  task: Task;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** posted to the worker, oldest first: it works on the first and keeps the rest ready */
  inFlight: Pending[];
  /** the worker has said it began the first of inFlight */
  started: boolean;
  timer?: NodeJS.Timeout;
}

/** workers that die before they begin any task, in a row, before the pool gives up (a worker that cannot start at all) */
const MAX_START_FAILURES = 3;

/**
 * Worker threads that each lint one file at a time under a budget: the time
 * runs from the moment the worker begins the file; past it the worker is
 * terminated. A worker that dies (out of memory, or otherwise) is replaced;
 * the file it was on gets the failure, its other tasks and the queued files
 * go on in the others.
 */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  /** set when workers cannot start at all: every task from then on is refused with it */
  private broken?: Error;

  constructor(
    size: number,
    private readonly budget: Budget,
    private readonly script: URL = WORKER_SCRIPT,
  ) {
    this.grow(size);
  }

  get size(): number {
    return this.slots.size;
  }

  /** at least this many workers */
  grow(size: number): void {
    while (!this.closed && !this.broken && this.slots.size < size) this.spawn();
  }

  run(task: Task): Promise<Outcome> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('工作线程池已关闭'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.slots].map((s) => s.worker);
    for (const slot of this.slots) clearTimeout(slot.timer);
    this.slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb } });
    const slot: Slot = { worker, inFlight: [], started: false };
    worker.on('message', (message: FromWorker) => this.receive(slot, message));
    worker.on('error', (error: NodeJS.ErrnoException) => this.lose(slot, error));
    worker.on('exit', (code) => this.lose(slot, undefined, code));
    this.slots.add(slot);
    this.dispatch();
  }

  /** each worker is given tasks up to WORKER_DEPTH, the least loaded first */
  private dispatch(): void {
    for (let depth = 1; depth <= WORKER_DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.inFlight.length >= depth) continue;
        const pending = this.queue.shift()!;
        slot.inFlight.push(pending);
        const message: ToWorker = { id: pending.id, task: pending.task };
        slot.worker.postMessage(message);
      }
    }
  }

  private receive(slot: Slot, message: FromWorker): void {
    const pending = slot.inFlight[0];
    if (!pending || message.id !== pending.id) return;
    if ('started' in message) {
      slot.started = true;
      this.startFailures = 0;
      slot.timer = setTimeout(() => this.stop(slot, { kind: 'timeout' }), this.budget.seconds * 1000);
      return;
    }
    clearTimeout(slot.timer);
    slot.inFlight.shift();
    slot.started = false;
    if ('error' in message) pending.reject(receiveError(message.error));
    else pending.resolve({ ok: true, value: message.value });
    this.dispatch();
  }

  /** the file is over its time: the worker goes (synchronous code cannot be stopped from inside) */
  private stop(slot: Slot, failure: Failure): void {
    if (!this.slots.delete(slot)) return;
    void slot.worker.terminate();
    const [pending, ...waiting] = slot.inFlight;
    // what it had not begun goes back to the front of the queue
    this.queue.unshift(...waiting);
    pending?.resolve({ ok: false, failure });
    this.replace();
  }

  /** the worker died by itself: the file it was on is the culprit */
  private lose(slot: Slot, error?: NodeJS.ErrnoException, code?: number): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    const [pending, ...waiting] = slot.inFlight;
    this.queue.unshift(...waiting);
    if (pending && slot.started) {
      const failure: Failure =
        error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'memory' }
          : { kind: 'crash', detail: error ? `${error.name}: ${error.message}` : `退出码 ${code ?? '未知'}` };
      pending.resolve({ ok: false, failure });
    } else {
      // it died before beginning anything: the task was never run, it goes back to the front
      if (pending) this.queue.unshift(pending);
      if (++this.startFailures >= MAX_START_FAILURES) {
        const why = error ? error.message : `退出码 ${code ?? '未知'}`;
        this.broken = new Error(`工作线程无法启动（${why}）`);
        for (const p of this.queue.splice(0)) p.reject(this.broken);
        return;
      }
    }
    this.replace();
  }

  private replace(): void {
    if (!this.closed) this.spawn();
  }
}
