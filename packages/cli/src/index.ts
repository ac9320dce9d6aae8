export { runCli, main, defaultIo, cliVersion, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './cli.js';
export type { CliIo, CliOptions } from './cli.js';
export { expandPaths, isTextFile } from './files.js';
export { lintFile, lintOneBytes } from './lint.js';
export type { LintFileOptions } from './lint.js';
export { FORMATS, formatJson, formatPretty, errorsOnly, summarize, summaryLine } from './format.js';
export type { FormatName, Summary } from './format.js';
export { UsageError, translateCommanderError } from './errors.js';
