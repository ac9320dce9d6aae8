import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FormatterContext, Linter, LintResult, StreamingFormatter } from '@xxgk-lint/core';
import { errorsOnly, summarize, summaryLine } from '../format.js';
import type { Summary } from '../format.js';
import { UsageError } from '../errors.js';
import { terminalSafe } from '../formatters/terminal-text.js';
import type { BatchOptions } from './run-batch.js';
import { streamBatch } from './run-batch.js';

/** what a streamed run leaves for the exit code */
export interface Streamed {
  all: Summary;
  fatal: number;
}

/**
 * The batch view (batch-view.ts) needs every result at once: such a run is
 * not streamed. The config is the one of the current folder; one that cannot
 * be resolved there (a --rule naming a rule only the linted folder's packs
 * have) has no batch view — the files' own configs were resolved already.
 */
export async function wantsBatchView(linter: Linter, cwd: string): Promise<boolean> {
  try {
    const { batch } = await linter.configFor(path.join(cwd, '.xxgk-lint-batch'));
    return Boolean(batch);
  } catch {
    return false;
  }
}

interface Sink {
  write(text: string): void;
  close(): void;
}

function fileSink(cwd: string, file: string): Sink {
  const abs = path.resolve(cwd, file);
  const cannot = (error: unknown) =>
    new UsageError(`无法写入输出文件 “${file}”（${(error as NodeJS.ErrnoException).code ?? String(error)}）：请检查路径和权限。`);
  let fd: number;
  try {
    mkdirSync(path.dirname(abs), { recursive: true });
    fd = openSync(abs, 'w');
  } catch (error) {
    throw cannot(error);
  }
  return {
    write(text) {
      try {
        writeSync(fd, text);
      } catch (error) {
        throw cannot(error);
      }
    },
    close: () => closeSync(fd),
  };
}

function add(total: Summary, more: Summary): void {
  total.files += more.files;
  total.errors += more.errors;
  total.warnings += more.warnings;
  total.infos += more.infos;
  total.unreadable += more.unreadable;
}

const none = (): Summary => ({ files: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 });

/**
 * A batch written through a format's stream (issue 14, flat memory): each
 * result goes out as soon as its turn in input order comes, and only the
 * counts are kept. `before` are results the run already has (named files
 * that are ignored), written first as the whole-array output would. The
 * summary line goes to stderr, as for any format but pretty.
 */
export async function streamResults(
  files: readonly string[],
  options: BatchOptions,
  output: {
    stream: StreamingFormatter;
    context: FormatterContext;
    before: readonly LintResult[];
    quiet: boolean;
    cwd: string;
    outputFile?: string;
    stdout(text: string): void;
    stderr(text: string): void;
  },
): Promise<Streamed> {
  const { stream, context } = output;
  const sink: Sink = output.outputFile ? fileSink(output.cwd, output.outputFile) : { write: output.stdout, close: () => {} };
  const all = none();
  const shown = none();
  let fatal = 0;
  const write = (result: LintResult) => {
    add(all, summarize([result]));
    if (result.messages.some((m) => m.fatal)) fatal++;
    const visible = output.quiet ? errorsOnly([result])[0] : result;
    add(shown, summarize([visible]));
    sink.write(stream.result(visible, context));
  };
  try {
    sink.write(stream.start?.(context) ?? '');
    for (const result of output.before) write(result);
    await streamBatch(files, options, write);
    sink.write(stream.end?.(context) ?? '');
  } finally {
    sink.close();
  }
  const summary = summaryLine(shown, output.quiet);
  output.stderr(output.outputFile ? `结果已写入 “${terminalSafe(output.outputFile)}”。${summary}\n` : `${summary}\n`);
  return { all, fatal };
}
