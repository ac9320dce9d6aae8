/**
 * The words at a finding, for outputs that quote them (pretty, CSV, SARIF,
 * xlsx, the HTML page): the document's own excerpt (.docx, .pdf, or one a
 * batch kept), else the source line the finding starts on. No Node import:
 * the CLI and the web page quote alike.
 */
import type { LintMessage, LintResult } from '../types.js';

/** how much of a long line is kept before the finding, so the excerpt shows the words it is about */
const LEAD = 20;

/**
 * The excerpt of a finding; without one of its own, its source line trimmed
 * (empty when the result carries no source). A line longer than `max` is cut
 * to a window that starts a little before the finding, with … where it was cut.
 */
export function excerptOf(result: LintResult, message: LintMessage, max = 80): string {
  if (message.excerpt) return message.excerpt;
  const source = result.source;
  if (!source) return '';
  const lineStart = source.lastIndexOf('\n', Math.max(0, message.range[0] - 1)) + 1;
  let lineEnd = source.indexOf('\n', message.range[0]);
  if (lineEnd < 0) lineEnd = source.length;
  const before = source.slice(lineStart, message.range[0]).replace(/\s+/g, ' ').trimStart();
  const line = (before + source.slice(message.range[0], lineEnd).replace(/\s+/g, ' ')).trim();
  if (line.length <= max) return line;
  const from = before.length > LEAD ? before.length - LEAD : 0;
  const window = line.slice(from, from + max);
  return `${from > 0 ? '…' : ''}${window}${from + max < line.length ? '…' : ''}`;
}
