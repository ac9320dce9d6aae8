import { CONFIG_SCHEMA } from './config-schema.js';
import { ConfigError } from './errors.js';
import { findSchemaProblem } from './option-schema.js';

interface Located {
  file: string;
  lineOf(path: (string | number)[]): number | undefined;
}

/** Check a config against schemas/xxgklintrc.schema.json; a problem names the key and its line. */
export function checkConfigShape(raw: unknown, at: Located): unknown {
  if (raw === undefined || raw === null) return {};
  // a key whose items are all commented out ("customRules:" alone) reads as null: the same as absent
  const config = typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null)) : raw;
  const problem = findSchemaProblem(config, CONFIG_SCHEMA);
  if (problem) throw new ConfigError(problem.problem, at.file, problem.path.join('.') || undefined, at.lineOf(problem.path));
  return config;
}
