import type { LintResult } from '@xxgk-lint/core';
import { IngestError, fatalResult } from '@xxgk-lint/core';

/** what one file may take: past either limit its worker is stopped and the file gets one fatal result */
export interface Budget {
  /** wall time from the moment a worker starts on the file */
  seconds: number;
  /** the worker's V8 heap (resourceLimits.maxOldGenerationSizeMb) */
  memoryMb: number;
}

export const DEFAULT_BUDGET: Budget = { seconds: 10, memoryMb: 768 };

/** why a file has no result of its own */
export type Failure = { kind: 'timeout' } | { kind: 'memory' } | { kind: 'crash'; detail: string };

export function failureMessage(failure: Failure, budget: Budget): string {
  switch (failure.kind) {
    case 'timeout':
      return `检查超时：这个文件超过 ${budget.seconds} 秒没有检查完，已跳过。可能是文件过大或结构异常；确需检查时可用 --max-file-seconds 放宽时限。`;
    case 'memory':
      return `内存超限：检查这个文件用到的内存超过了 ${budget.memoryMb} MB，已跳过。可能是文件过大或结构异常（如 Word 文件里的压缩炸弹）；确需检查时可用 --max-file-memory 放宽上限。`;
    case 'crash':
      return `检查中断：检查这个文件的工作线程意外退出（${failure.detail}），已跳过。请把这个文件和这条消息反馈给维护者。`;
  }
}

/** the one fatal result of a file that ran out of its budget or took its worker down */
export function failureResult(filePath: string, failure: Failure, budget: Budget): LintResult {
  return fatalResult(filePath, new IngestError(failureMessage(failure, budget)));
}
