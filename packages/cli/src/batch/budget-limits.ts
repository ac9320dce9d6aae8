// Apart from budget.ts (which needs core for the failure results) so that prewarm.ts, which bin runs
// first thing, can start a worker before the main thread has loaded core (issue 14).

/** what one file may take: past either limit its worker is stopped and the file gets one fatal result */
export interface Budget {
  /** wall time from the moment a worker starts on the file */
  seconds: number;
  /** the worker's V8 heap (resourceLimits.maxOldGenerationSizeMb) */
  memoryMb: number;
}

export const DEFAULT_BUDGET: Budget = { seconds: 10, memoryMb: 768 };
