import { coveredOffset } from '../anchor.js';
import { IngestError } from '../errors.js';
import { isZip } from '../sniff-input.js';
import { otherOfficeZip } from '../refusals.js';
import { cellAt, excerptAt } from '../text-view.js';
import type { TextView } from '../text-view.js';
import { LineIndex } from '../../text/line-index.js';
import type { FormatAdapter, OriginalLocation, SniffInput, SniffStrength } from '../types.js';

const NO_TEXT = '这个 Word 文件里没有文字（可能只有图片或扫描件）：请提供有文字的 .docx，或可复制文字的 PDF、.txt。';

function sniff(input: SniffInput): SniffStrength | undefined {
  if (!isZip(input.bytes)) return input.ext === '.docx' ? 'name' : undefined;
  const names = input.zipEntries();
  if (names.some((n) => /^word\//.test(n)) || (input.ext === '.docx' && names.includes('[Content_Types].xml'))) return 'signature';
  // a .docx whose first entries were cut off still goes to the Word reader, which says it is damaged
  if ((input.ext === '.docx' || input.ext === '.wps') && otherOfficeZip(input) === undefined) return 'signature';
  return undefined;
}

/** `line` = paragraph number, `column` = character in it, the table cell and the words there */
function locate(view: TextView, viewLines: LineIndex, offset: number, edge?: 'start' | 'end'): OriginalLocation {
  const at = coveredOffset(offset, edge, view.text.length);
  const { line, column } = viewLines.locate(at);
  let block = 0;
  for (let l = Math.min(line, view.lineBlock.length); l >= 1 && block === 0; l--) block = view.lineBlock[l - 1];
  const cell = cellAt(view, at);
  const location: OriginalLocation = {
    line: Math.max(1, block),
    column: edge === 'end' && offset > 0 ? column + 1 : column,
    excerpt: excerptAt(view.text, at, 40, cell),
  };
  if (cell) location.cell = { table: cell.table, row: cell.row, column: cell.column };
  return location;
}

/** A Word file: its list numbers written in, converted by mammoth (loaded on first use) into a page's text view. */
export const docx: FormatAdapter<'docx'> = {
  format: 'docx',
  extensions: ['.docx'],
  sniff,
  maxBytes: 20 * 1024 * 1024,
  tooLarge: 'Word 文件过大（{{size}} MB，上限 {{max}} MB）：年度报告的 .docx 通常不超过 2 MB，这个文件可能嵌入了大量图片。请删去图片后另存，或提供 PDF、.txt 版本。',
  alignedTables: false,
  asynchronous: true,
  async read(bytes) {
    const { docxToView } = await import('./convert.js');
    const { view } = await docxToView(bytes);
    if (view.text.trim().length === 0) throw new IngestError(NO_TEXT);
    const viewLines = new LineIndex(view.text);
    return { text: view.text, tables: view.tables, toOriginal: (offset, edge) => locate(view, viewLines, offset, edge) };
  },
};
