import { ConfigError } from '@xxgk-lint/core';
import type { ConfigOrigin } from '@xxgk-lint/core';
import type { Task, TaskValue } from './job.js';

/** main thread → worker: a task, begun after the ones posted before it */
export interface ToWorker {
  id: number;
  task: Task;
}

/** worker → main thread: `started` when it begins (the time budget runs from here), then the value or the error */
export type FromWorker = { id: number; started: true } | { id: number; value: TaskValue } | { id: number; error: SentError };

/** an error as plain data; a ConfigError keeps what it is made of, so the main thread can throw the same one */
export interface SentError {
  name: string;
  message: string;
  config?: { detail: string; file?: string; key?: string; line?: number; origin: ConfigOrigin };
}

export function sendError(error: unknown): SentError {
  if (error instanceof ConfigError) {
    const { detail, file, key, line, origin } = error;
    return { name: error.name, message: error.message, config: { detail, file, key, line, origin } };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function receiveError(sent: SentError): Error {
  if (sent.config) {
    const { detail, file, key, line, origin } = sent.config;
    return new ConfigError(detail, file, key, line, origin);
  }
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
