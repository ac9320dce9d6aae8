import { isFolderConfigProblem } from '@xxgk-lint/core';
import type { Linter } from '@xxgk-lint/core';

/**
 * A file's config, resolved before any work: a broken config that governs the
 * whole run (from the cwd upward, or --config) stops it (ConfigError, exit 2);
 * one inside the tree being linted fails only the files it governs, each with
 * its own fatal message when it is linted.
 */
export async function resolveConfigFirst(linter: Linter, filePath: string): Promise<void> {
  try {
    await linter.configFor(filePath);
  } catch (error) {
    if (!isFolderConfigProblem(error)) throw error;
  }
}
