/**
 * Opt-in time per phase of a lint (decode, ingest, parse, model, rules,
 * output), in ms, for the bench. Callers pass a map only when they measure:
 * every hook is one `if (phases)` when it is absent.
 */
export type PhaseTimes = Map<string, number>;

/** add the time since `started` (a performance.now()) to a phase; returns now, for the next phase */
export function addPhase(phases: PhaseTimes, phase: string, started: number): number {
  const now = performance.now();
  phases.set(phase, (phases.get(phase) ?? 0) + now - started);
  return now;
}
