import { randomBytes } from 'node:crypto';
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Encoding, LintOptions, LintResult, RuleSet, Settings, TextEdit } from '@xxgk-lint/core';
import { TEXT_EXTENSIONS, applyFixes, lintText } from '@xxgk-lint/core';

/** fix passes stop here even if fixes keep coming (ESLint uses 10) */
export const MAX_FIX_PASSES = 10;

export interface FixedFile {
  /** the text after all passes */
  output: string;
  /** the result of linting the output: what is left */
  result: LintResult;
  /** number of edits applied over all passes */
  applied: number;
}

function fixesOf(result: LintResult): TextEdit[] {
  return result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
}

/**
 * Apply fixes, re-lint, repeat until nothing is left to fix (or the pass cap).
 * A pass whose output no longer reads as a report (a fatal message) is
 * dropped, and fixing stops there.
 */
export function fixText(
  text: string,
  filePath: string,
  rules: RuleSet,
  settings?: Settings,
  directives: Pick<LintOptions, 'knownRuleIds' | 'reportUnusedDisableDirectives'> = {},
): FixedFile {
  let current = text;
  let result = lintText(current, { ...directives, filePath, rules, settings });
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixesOf(result);
    if (edits.length === 0) break;
    const outcome = applyFixes(current, edits);
    if (outcome.output === current) break;
    const next = lintText(outcome.output, { ...directives, filePath, rules, settings });
    if (next.messages.some((m) => m.fatal && m.ruleId === null)) break;
    current = outcome.output;
    result = next;
    applied += outcome.applied.length;
  }
  return { output: current, result, applied };
}

/** only .md/.txt files, whose text is the file itself, are written back */
export function canFixInPlace(filePath: string): boolean {
  return TEXT_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** Write in the file's own encoding, atomically: a temp file beside it, then rename. */
export function writeAtomically(filePath: string, text: string, encoding: Encoding, bom: boolean): void {
  // a read-only file stays as it is, although a rename could replace it
  accessSync(filePath, constants.W_OK);
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.xxgk-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, encode(text, encoding, bom), { mode: statSync(filePath).mode });
    renameSync(temp, filePath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
