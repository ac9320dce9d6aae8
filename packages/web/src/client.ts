/**
 * The page's side of the lint worker: one job at a time, each with a time
 * budget. Past the budget the worker is terminated (a runaway regex cannot
 * be stopped any other way) and a fresh one serves the next job.
 */
import type { LintResult } from '@xxgk-lint/core/browser';
import type { Job, LibBlobs, PageSettings, Reply } from './protocol.js';

export const CHECK_BUDGET_MS = 20_000;

export class CheckTimeout extends Error {}

/** one fatal result for a file whose check ran past the budget */
export function timeoutResult(filePath: string, budgetMs = CHECK_BUDGET_MS): LintResult {
  const message = `检查超时：超过 ${Math.round(budgetMs / 1000)} 秒仍未完成，已停止，这个文件没有检查完。可能是文件过大，或某条自定义规则的正则表达式过慢：请拆分文件、检查配置中的正则表达式，或改用命令行工具。`;
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1, xxgkSeverity: 'error', range: [0, 0], where: '整个文件' }],
    suppressedMessages: [],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

export class LintClient {
  private worker: Worker | undefined;
  private nextId = 1;

  constructor(
    private readonly workerUrl: string,
    private readonly libs: LibBlobs,
    private readonly budgetMs = CHECK_BUDGET_MS,
  ) {}

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.workerUrl);
      this.worker.postMessage({ type: 'init', libs: this.libs });
    }
    return this.worker;
  }

  /** start the worker now, so the first check does not wait for it */
  warm(): void {
    this.start();
  }

  run(job: Job, settings: PageSettings): Promise<Extract<Reply, { ok: true }>> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        reject(new CheckTimeout());
      }, this.budgetMs);
      const onError = (event: ErrorEvent) => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        reject(new Error(`检查工具内部错误（${event.message}）：请把这条消息反馈给维护者。`));
      };
      const onMessage = (event: MessageEvent<Reply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (reply.ok) resolve(reply);
        else reject(reply.configError !== undefined ? new PageConfigError(reply.configError) : new Error(reply.error));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ type: 'job', id, job, settings });
    });
  }
}

/** the config cannot be used (its Chinese message names the file and line) */
export class PageConfigError extends Error {}
