import type { Ingested } from '../ingest/index.js';
import type { LintMessage } from '../types.js';

/**
 * A finding on a document read through a text view (.html/.docx/.pdf): line
 * and column (and page, excerpt, table cell) say where it is in the
 * document; `range` stays in the text view. Fixes are dropped: they edit the
 * text view, not the file.
 */
export function toOriginalMessage(message: LintMessage, ingested: Ingested): LintMessage {
  const locate = ingested.toOriginal;
  if (!locate) return message;
  const [from, to] = message.range;
  const start = locate(from, 'start');
  const end = to > from ? locate(to, 'end') : start;
  const out: LintMessage = { ...message, line: start.line, column: start.column };
  delete out.fix;
  delete out.suggestions;
  if (end.page === start.page) {
    out.endLine = end.line;
    out.endColumn = end.column;
  } else {
    delete out.endLine;
    delete out.endColumn;
  }
  if (start.page !== undefined) out.page = start.page;
  if (start.excerpt) out.excerpt = start.excerpt;
  if (start.cell) out.cell = start.cell;
  return out;
}
