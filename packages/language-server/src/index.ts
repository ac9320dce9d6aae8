export { startStdio } from './stdio.js';
export { startServer, startStdioServer, connectStdio, DEFAULT_DEBOUNCE_MS, STATS_REQUEST } from './server.js';
export type { InitializationOptions, ServerStats } from './server.js';
export { FIX_ALL_KIND } from './code-actions.js';
export { CONFIG_ERROR_CODE, SOURCE } from './diagnostics.js';
