import { parentPort } from 'node:worker_threads';
import { linterFor, runTask, taskConfig } from './job.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { sendError } from './protocol.js';

/** a lint worker: one task at a time from the pool (pool.ts), which stops it past the file's budget */
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
port.on('message', ({ id, task }: ToWorker) => {
  const send = (message: FromWorker) => port.postMessage(message);
  send({ id, started: true });
  Promise.resolve()
    .then(() => runTask(task, linterFor(taskConfig(task))))
    .then(
    (value) => send({ id, value }),
    (error: unknown) => send({ id, error: sendError(error) }),
  );
});
