import { DEFAULT_MAX_BYTES, TEXT_TOO_LARGE, decode } from '../text/decode.js';
import type { FormatAdapter, SniffInput, SniffStrength } from '../types.js';

const EXTENSIONS = ['.md', '.markdown'];

const sniff = (input: SniffInput): SniffStrength | undefined => (EXTENSIONS.includes(input.ext) ? 'name' : undefined);

/** Markdown: the text is the file, parsed as Markdown (its own tables; none recovered from aligned columns). */
export const markdown: FormatAdapter<'markdown'> = {
  format: 'markdown',
  extensions: EXTENSIONS,
  sniff,
  maxBytes: DEFAULT_MAX_BYTES,
  tooLarge: TEXT_TOO_LARGE,
  alignedTables: false,
  read(bytes) {
    // the size was checked against the caller's limit already
    const { text, encoding } = decode(bytes, Infinity);
    return { text, encoding };
  },
};
