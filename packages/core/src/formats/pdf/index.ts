import { coveredOffset } from '../anchor.js';
import type { FormatAdapter, OriginalLocation, SniffInput, SniffStrength } from '../types.js';
import type { PdfView } from './types.js';

/**
 * "%PDF-" opens a PDF; readers accept it anywhere in the first 1024 bytes (junk before it), but a
 * file named as text (.txt, .md) must start with it — there "%PDF-" a few lines down is prose.
 */
function sniff(input: SniffInput): SniffStrength | undefined {
  if (input.textHead.startsWith('%pdf-') || (!input.textName && input.start.includes('%PDF-'))) return 'signature';
  // a damaged file under its own name goes to the reader, which says what is wrong
  return input.ext === '.pdf' ? 'name' : undefined;
}

/** `page`, `line` on that page, `column` in that line, and the line's text */
function locate(view: PdfView, offset: number, edge?: 'start' | 'end'): OriginalLocation {
  const at = coveredOffset(offset, edge, view.text.length);
  const page = view.page[at] || 1;
  const line = view.line[at] || 1;
  let column = view.column[at];
  // a space the layout added: the next character of the same line
  for (let k = at + 1; column === 0 && k < view.text.length && view.line[k] === line && view.page[k] === page; k++) column = view.column[k];
  const text = view.lineText[page - 1]?.[line - 1] ?? '';
  return {
    page,
    line,
    column: Math.max(1, column) + (edge === 'end' && offset > 0 ? 1 : 0),
    excerpt: text.length > 40 ? `${text.slice(0, 40)}…` : text,
  };
}

/** A PDF's text layer (pdf.js, loaded on first use), laid out so that its tables are recovered like pdftotext's. */
export const pdf: FormatAdapter<'pdf'> = {
  format: 'pdf',
  extensions: ['.pdf'],
  sniff,
  maxBytes: 50 * 1024 * 1024,
  tooLarge: 'PDF 文件过大（{{size}} MB，上限 {{max}} MB）：可能是扫描件或选错了文件。请提供可复制文字的 PDF，或 .docx、.txt 版本。',
  alignedTables: true,
  asynchronous: true,
  async read(bytes) {
    const { pdfToView } = await import('./read.js');
    const view = await pdfToView(bytes);
    return { text: view.text, toOriginal: (offset, edge) => locate(view, offset, edge) };
  },
};
