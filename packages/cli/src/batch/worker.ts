import { parentPort } from 'node:worker_threads';
import { linterFor, runTask, taskConfig } from './job.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { sendError } from './protocol.js';

/**
 * A lint worker: tasks from the pool (pool.ts) one after another, in the
 * order they came — the pool keeps the next one here in advance and times
 * each from its `started`, stopping the worker past the file's budget.
 */
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
const send = (message: FromWorker) => port.postMessage(message);
let last: Promise<void> = Promise.resolve();
port.on('message', ({ id, task }: ToWorker) => {
  last = last.then(async () => {
    send({ id, started: true });
    try {
      send({ id, value: await runTask(task, linterFor(taskConfig(task))) });
    } catch (error) {
      send({ id, error: sendError(error) });
    }
  });
});
