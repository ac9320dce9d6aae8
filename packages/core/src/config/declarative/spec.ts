import type { PartNumber } from '../../model/types.js';
import type { BodyKind } from '../../types.js';
import type { RuleCategory, Severity } from '../../types.js';
import { ConfigError } from '../errors.js';

/** one requirement of a require-phrase rule, reported on its own (or listed with the others) */
export interface ItemSpec {
  /** the item's name, shown in the message as {{item}} (or in the list {{items}}) */
  name: string;
  phrase: string | string[];
  /** only within the sub-section （number）… of the rule's part whose sub-heading contains `title` */
  section?: { number: number; title: string };
  /** a scope with a table in it is not judged (the figures may be in the table) */
  skipIfTable?: boolean;
  /** this item's own message and messageId */
  message?: string;
  messageId?: string;
  /** this item's findings are at most this severity */
  maxSeverity?: 'info' | 'warn';
}

/** the reports a rule runs on: metadata of the report model */
export interface WhenSpec {
  bodyKind?: BodyKind | BodyKind[];
  yearFrom?: number;
  yearTo?: number;
  /** a report whose year is not known: run (default) or skip */
  unknownYear?: 'run' | 'skip';
  /** the report has these parts */
  hasParts?: (string | number)[];
  /** these parts are wholly in the text: an excerpt that leaves one out or stops inside it is not judged */
  partsInFull?: (string | number)[];
}

export interface DeclarativeRuleSpec {
  id: string;
  type: string;
  message?: string;
  messageId?: string;
  severity?: Severity | 0 | 1 | 2;
  description?: string;
  docs?: { description?: string; url?: string; basis?: string[]; category?: RuleCategory };
  when?: WhenSpec;
  examples?: { valid?: string[]; invalid?: (string | { text: string; output?: string })[] };
  phrase?: string | string[];
  regex?: boolean;
  ignoreCase?: boolean;
  replacement?: string;
  items?: ItemSpec[];
  missingItems?: 'each' | 'together';
  itemsOption?: string;
  at?: string | number;
  min?: number;
  max?: number;
  part?: string | number;
  table?: string | number;
  row?: string;
  column?: string;
  op?: string;
  value?: number | { row: string; column: string };
}

/** where a problem is, for ConfigError: the key path inside the rule and a line lookup */
export interface SpecLocation {
  file: string;
  path: (string | number)[];
  lineOf(path: (string | number)[]): number | undefined;
}

export function fail(loc: SpecLocation, key: string | (string | number)[] | undefined, detail: string): never {
  const path = key === undefined ? loc.path : [...loc.path, ...(Array.isArray(key) ? key : [key])];
  throw new ConfigError(detail, loc.file, path.join('.'), loc.lineOf(path));
}

export type { PartNumber };
