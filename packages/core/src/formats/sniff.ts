import type { InputFormat } from './registry.js';
import { FALLBACK_FORMAT, FORMATS, TEXT_EXTENSIONS } from './registry.js';
import type { Refused } from './refusals.js';
import { refusal } from './refusals.js';
import { sniffInput } from './sniff-input.js';
import type { FormatAdapter, SniffStrength } from './types.js';

export type Sniffed = { format: InputFormat } | Refused;

/**
 * What a file really is, from its first bytes (and its name only where the
 * bytes cannot tell): a .doc that is an HTML page is read as HTML, a .txt in
 * GBK stays text, a legacy .doc says how to convert it. A format's signature
 * first ("%PDF-", a Word zip); then the files no format reads; then markup;
 * then the name; everything else is text.
 */
export function sniffFormat(bytes: Uint8Array, filePath: string): Sniffed {
  const input = sniffInput(bytes, filePath, TEXT_EXTENSIONS);
  const strengths = FORMATS.map((adapter: FormatAdapter) => adapter.sniff?.(input));
  const strongest = (strength: SniffStrength) => FORMATS.find((_, i) => strengths[i] === strength);
  const signed = strongest('signature');
  if (signed) return { format: signed.format };
  const refused = refusal(input);
  if (refused) return refused;
  return { format: (strongest('content') ?? strongest('name') ?? FALLBACK_FORMAT).format };
}
