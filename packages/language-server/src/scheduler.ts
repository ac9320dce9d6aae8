/** What the scheduler has done since the server started (reported by `$/xxgk/stats`). */
export interface SchedulerStats {
  /** runs started (after their debounce) */
  started: number;
  /** pending runs replaced by a newer change before they started */
  superseded: number;
  /** runs stopped after they started, because a newer change or a close came in */
  cancelled: number;
}

export type Run = (uri: string, signal: AbortSignal) => Promise<void>;

/**
 * One lint run per document at a time, debounced per URI: a change restarts
 * the document's timer (the pending run is superseded) and aborts a run that
 * already started, so only the last edit of a burst is linted and only its
 * result is published.
 */
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, AbortController>();
  readonly stats: SchedulerStats = { started: 0, superseded: 0, cancelled: 0 };

  constructor(
    private readonly run: Run,
    readonly delayMs: number,
  ) {}

  /** lint `uri` after `delayMs` (0: on the next turn of the event loop) */
  schedule(uri: string, delayMs = this.delayMs): void {
    this.stop(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.start(uri);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /** forget `uri`: its pending run never starts, a started one publishes nothing */
  stop(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(uri);
      this.stats.superseded++;
    }
    const controller = this.running.get(uri);
    if (controller) {
      controller.abort();
      this.running.delete(uri);
      this.stats.cancelled++;
    }
  }

  /** pending or running documents */
  get busy(): number {
    return this.timers.size + this.running.size;
  }

  private async start(uri: string): Promise<void> {
    const controller = new AbortController();
    this.running.set(uri, controller);
    this.stats.started++;
    try {
      await this.run(uri, controller.signal);
    } finally {
      if (this.running.get(uri) === controller) this.running.delete(uri);
    }
  }
}
