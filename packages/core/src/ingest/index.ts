import type { Root } from 'mdast';
import { LineIndex } from '../text/line-index.js';
import type { Decoded } from './decode.js';
import { decode } from './decode.js';
import { IngestError } from './errors.js';
import type { TextFormat } from './parse.js';
import { parseToMdast } from './parse.js';

export { decode, DEFAULT_MAX_BYTES } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { IngestError } from './errors.js';
export type { TextFormat } from './parse.js';
export { findTextTables } from './text-tables.js';
export type { CellSpan, TextTableBlock } from './text-tables.js';

export interface Ingested {
  text: string;
  ast: Root;
  lines: LineIndex;
  format: TextFormat;
  encoding?: Decoded['encoding'];
}

export const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt', '.text'];

export function formatOf(filePath: string): TextFormat {
  return /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'text';
}

/** Decoded text → mdast with recovered tables. */
export function ingestText(text: string, filePath = '<text>'): Ingested {
  if (text.trim().length === 0) throw new IngestError('文件只有空白，没有可检查的内容。请确认导出或复制是否成功。');
  const lines = new LineIndex(text);
  const format = formatOf(filePath);
  return { text, ast: parseToMdast(text, lines, format), lines, format };
}

/** Bytes of a .md/.txt file → mdast; throws IngestError with a Chinese message. */
export function ingestBytes(bytes: Uint8Array, filePath: string, maxBytes?: number): Ingested {
  const decoded = decode(bytes, maxBytes);
  return { ...ingestText(decoded.text, filePath), encoding: decoded.encoding };
}
