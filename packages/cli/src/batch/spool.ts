import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LintResult } from '@xxgk-lint/core';

/**
 * Results kept on disk, not in memory, until they can be written out in
 * input order (issue 14, flat memory): a batch's first pass cannot say which
 * reports its year-on-year pass will lint again until every report is done.
 * One temporary file of JSON texts; in memory only where each one is.
 */
export interface ResultStore {
  put(index: number, result: LintResult): void;
  /** the result at `index`, which the store forgets */
  take(index: number): LintResult | undefined;
  close(): void;
}

/** results held as they are (a run whose whole output is built at the end anyway) */
export class MemoryStore implements ResultStore {
  private readonly at = new Map<number, LintResult>();
  put(index: number, result: LintResult): void {
    this.at.set(index, result);
  }
  take(index: number): LintResult | undefined {
    const result = this.at.get(index);
    this.at.delete(index);
    return result;
  }
  close(): void {
    this.at.clear();
  }
}

export class ResultSpool implements ResultStore {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'xxgk-lint-spool-'));
  private readonly fd = openSync(path.join(this.dir, 'results.jsonl'), 'w+');
  private size = 0;
  private readonly at = new Map<number, { offset: number; length: number }>();

  put(index: number, result: LintResult): void {
    const bytes = Buffer.from(JSON.stringify(result), 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.at.set(index, { offset: this.size, length: bytes.length });
    this.size += bytes.length;
  }

  take(index: number): LintResult | undefined {
    const where = this.at.get(index);
    if (!where) return undefined;
    this.at.delete(index);
    const bytes = Buffer.alloc(where.length);
    readSync(this.fd, bytes, 0, where.length, where.offset);
    return JSON.parse(bytes.toString('utf8')) as LintResult;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
