import type { DeclarativeKind } from '../kind.js';
import { forbidPhrase } from './forbid-phrase.js';
import { maxLength } from './max-length.js';
import { requirePhrase } from './require-phrase.js';
import { requireTableValue } from './require-table-value.js';

/** every declarative kind, by its `type`: adding a kind is one module and one line here */
export const KINDS: Record<string, DeclarativeKind> = Object.fromEntries(
  [requirePhrase, forbidPhrase, maxLength, requireTableValue].map((kind) => [kind.type, kind]),
);

export const DECLARATIVE_TYPES = Object.keys(KINDS);
