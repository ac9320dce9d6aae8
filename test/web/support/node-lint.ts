/**
 * The same checks through the Node API the CLI uses (createLinter with the
 * national defaults), to compare the page's results with; and results made
 * comparable: JSON as the page hands it over, without the file path.
 */
import path from 'node:path';
import type { LintResult } from '@xxgk-lint/core';
import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { root } from './build.js';

export const fixture = (relative: string) => path.join(root, 'test/fixtures', relative);

/** the CLI's linter with `--no-config` */
export const nodeLinter = createLinter({ ...nationalDefaults, cwd: root, noConfig: true });

/** the CLI's linter with `--config <file>` */
export const nodeLinterWithConfig = (configFile: string) => createLinter({ ...nationalDefaults, cwd: root, configFile });

export async function nodeLint(file: string, linter = nodeLinter): Promise<LintResult> {
  const result = await linter.lintFile(file);
  if (!result) throw new Error(`${file} 被配置忽略了`);
  return result;
}

/** a result as JSON carries it (undefined fields dropped), without its file path */
export function comparable(result: LintResult): Omit<LintResult, 'filePath'> {
  const copy: Partial<LintResult> = JSON.parse(JSON.stringify(result)) as LintResult;
  delete copy.filePath;
  return copy as Omit<LintResult, 'filePath'>;
}
