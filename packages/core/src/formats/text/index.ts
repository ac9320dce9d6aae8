import type { FormatAdapter } from '../types.js';
import { DEFAULT_MAX_BYTES, TEXT_TOO_LARGE, decode } from './decode.js';

/** Plain text in any supported encoding: the text is the file; tables are recovered from tabs, pipes and aligned columns. */
export const text: FormatAdapter<'text'> = {
  format: 'text',
  extensions: ['.txt', '.text'],
  maxBytes: DEFAULT_MAX_BYTES,
  tooLarge: TEXT_TOO_LARGE,
  alignedTables: true,
  read(bytes) {
    // the size was checked against the caller's limit already
    const { text: content, encoding } = decode(bytes, Infinity);
    return { text: content, encoding };
  },
};
