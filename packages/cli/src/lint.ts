import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { IngestError, MAX_INPUT_BYTES, buildResult, fatalResult, lintAny, lintBytes, sniffFormat } from '@xxgk-lint/core';
import type { InputFormat, LintOptions, LintResult, RuleSet, Settings } from '@xxgk-lint/core';

/** with the inline-directive options (--report-unused-disable-directives, the rules that exist) */
export interface LintFileOptions extends Pick<LintOptions, 'knownRuleIds' | 'reportUnusedDisableDirectives' | 'previous'> {
  rules: RuleSet;
  settings?: Settings;
  /** refuse files larger than this; default: each format's own limit (5 MB text, 10 MB HTML, 20 MB Word, 50 MB PDF) */
  maxBytes?: number;
}

const READ_ERRORS: Record<string, string> = {
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
  ENOENT: '文件不存在（可能刚被移动或删除）',
  EBUSY: '文件被占用',
};

/** Reads at most maxBytes + 1 bytes, so a huge file is refused without loading it. */
function readBounded(filePath: string, maxBytes: number): Uint8Array | { size: number } {
  const fd = openSync(filePath, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { size };
    const buffer = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buffer, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buffer.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

function internalError(filePath: string, error: unknown): LintResult {
  const detail = error instanceof Error ? error.message : String(error);
  return fatalResult(
    filePath,
    new IngestError(`xxgk-lint 内部错误（${detail}）：这个文件没有检查完。请把报告和这条消息反馈给维护者。`),
  );
}

/** Bytes of one report in any supported format (a file or stdin) → result; never rejects. */
export async function lintReportBytes(bytes: Uint8Array, filePath: string, options: LintFileOptions): Promise<LintResult> {
  try {
    return await lintAny(bytes, { ...options, filePath });
  } catch (error) {
    return internalError(filePath, error);
  }
}

/** Bytes of one .md/.txt report → result, synchronously (`--fix` reads text only); never throws. */
export function lintOneBytes(bytes: Uint8Array, filePath: string, options: LintFileOptions): LintResult {
  try {
    return lintBytes(bytes, { ...options, filePath });
  } catch (error) {
    return internalError(filePath, error);
  }
}

/** The bytes of one file, or the fatal result saying why it cannot be read. */
export function readReportBytes(filePath: string, maxBytes = MAX_INPUT_BYTES): Uint8Array | LintResult {
  let bytes: Uint8Array | { size: number };
  try {
    bytes = readBounded(filePath, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? `${code || String(error)}`;
    return fatalResult(filePath, new IngestError(`无法读取文件（${why}）：请检查文件是否存在、能否打开。`));
  }
  if (!(bytes instanceof Uint8Array)) {
    const mb = (bytes.size / 1024 / 1024).toFixed(1);
    return fatalResult(
      filePath,
      new IngestError(
        `文件过大（${mb} MB，上限 ${(maxBytes / 1024 / 1024).toFixed(0)} MB）：年度报告的文字通常不超过 1 MB，PDF、Word 文件通常不超过 10 MB，请确认是否选错了文件。`,
      ),
    );
  }
  return bytes;
}

/** One file of any supported format → result; a file that cannot be read becomes that file's fatal message. */
export async function lintFile(filePath: string, options: LintFileOptions): Promise<LintResult> {
  const bytes = readReportBytes(filePath, options.maxBytes);
  return bytes instanceof Uint8Array ? lintReportBytes(bytes, filePath, options) : bytes;
}

/** What a file holds, from its first 4 KB (undefined when it cannot be read). */
export function sniffFile(filePath: string): InputFormat | 'unsupported' | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === 0 ? undefined : sniffFormat(head.subarray(0, n), filePath).format;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file named on the command line that the config's ignores (or an ignore file) leaves out, as ESLint says it. */
export function ignoredResult(filePath: string, ignoreFile?: string): LintResult {
  return buildResult(filePath, [
    {
      ruleId: null,
      severity: 1,
      message: ignoreFile
        ? `这个文件被忽略文件 ${ignoreFile} 排除，没有检查；如需检查，请修改该文件。`
        : '这个文件被配置中的 ignores 忽略，没有检查；如需检查，请修改配置或用 --no-config。',
      line: 1,
      column: 1,
      xxgkSeverity: 'warn',
      range: [0, 0],
    },
  ]);
}
