// The lint pool with a worker that misbehaves on purpose (fixtures/fake-lint-worker.mjs):
// each failure takes only its own job, the worker is replaced with the current settings,
// and the next job is answered.
import { afterEach, describe, expect, it } from 'vitest';
import { LintPool } from '../src/lint-pool.js';
import type { LintJob } from '../src/lint-protocol.js';

const workerUrl = new URL('./fixtures/fake-lint-worker.mjs', import.meta.url);
const job = (text: string): LintJob => ({ kind: 'lint', filePath: '/reports/甲.txt', format: 'text', text });
const answered = (text: string, configFile = 'a.yml') => ({ kind: 'fixed', output: `${text}|${configFile}`, applied: 0 });

describe('LintPool', () => {
  let pool: LintPool | undefined;
  let logged: string[] = [];
  const start = (options: Partial<ConstructorParameters<typeof LintPool>[0]> = {}) => {
    logged = [];
    pool = new LintPool({ workerUrl, size: 1, log: (m) => logged.push(m), ...options });
    pool.configure({ enable: true, configFile: 'a.yml' }, ['/reports']);
    return pool;
  };
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('answers jobs in order', async () => {
    const p = start();
    expect(await Promise.all([p.run(job('一')), p.run(job('二'))])).toEqual([answered('一'), answered('二')]);
    expect(p.restarts).toBe(0);
  });

  it('a job past its budget is stopped; the new worker has the settings and answers the next job', async () => {
    const p = start({ budgetMs: 300 });
    // the next job waits behind the stuck one, then runs on the worker that replaced it
    expect(await Promise.all([p.run(job('slow')), p.run(job('下一个'))])).toEqual([{ kind: 'timeout', budgetMs: 300 }, answered('下一个')]);
    expect(p.restarts).toBe(1);
    expect(logged).toEqual(['xxgk-lint：检查 /reports/甲.txt 时超过 0.3 秒仍未完成，已重新启动检查进程。']);
  });

  it('out of memory, an exit and an uncaught error each cost only their job', async () => {
    const p = start({ memoryMb: 16 });
    expect(await p.run(job('oom'))).toEqual({ kind: 'out-of-memory', limitMb: 16 });
    expect(await p.run(job('exit'))).toEqual({ kind: 'crashed', reason: '检查进程退出，代码 3' });
    expect(await p.run(job('throw'))).toEqual({ kind: 'crashed', reason: '坏掉了' });
    expect(await p.run(job('好'))).toEqual(answered('好'));
    expect(p.restarts).toBe(3);
    expect(logged).toEqual([
      'xxgk-lint：检查 /reports/甲.txt 时内存超过上限 16 MB，已重新启动检查进程。',
      'xxgk-lint：检查 /reports/甲.txt 时检查进程意外退出（检查进程退出，代码 3），已重新启动检查进程。',
      'xxgk-lint：检查 /reports/甲.txt 时检查进程意外退出（坏掉了），已重新启动检查进程。',
    ]);
  }, 20000);

  it('an aborted job: a queued one never runs, a long-running one frees its worker at once', async () => {
    const p = start({ budgetMs: 60_000, abandonAfterMs: 100 });
    const running = new AbortController();
    const queued = new AbortController();
    const slow = p.run(job('slow'), running.signal);
    const waiting = p.run(job('never'), queued.signal);
    queued.abort();
    expect(await waiting).toEqual({ kind: 'aborted' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    running.abort();
    expect(await slow).toEqual({ kind: 'aborted' });
    // answered long before the 60 s budget: the stuck worker was replaced
    expect(await p.run(job('然后'))).toEqual(answered('然后'));
    expect(p.restarts).toBe(1);
    // an abort is not a failure: nothing logged
    expect(logged).toEqual([]);
  });

  it('with two workers, a stuck job leaves the other free', async () => {
    const p = start({ size: 2, budgetMs: 60_000 });
    const stuck = p.run(job('slow'));
    expect(await p.run(job('旁边'))).toEqual(answered('旁边'));
    expect(p.busy).toBe(1);
    await p.close();
    expect(await stuck).toEqual({ kind: 'aborted' });
  });
});
