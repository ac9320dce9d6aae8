import type { Place } from '../batch/types.js';
import type { Ingested } from '../ingest/index.js';
import type { AnnualReport, Range } from '../model/types.js';
import { addWhere } from '../report/where.js';
import type { SourceCode } from '../source-code.js';
import type { LintMessage } from '../types.js';
import { toOriginalMessage } from './original.js';

/** a range of the text the rules read as a finding's position in the original file (line, page, 第几段, 表三“…”行) */
export function placeOf(range: Range, sourceCode: SourceCode, ingested: Ingested, report: AnnualReport): Place {
  const loc = sourceCode.getLoc(range);
  const message: LintMessage = {
    ruleId: null,
    severity: 1,
    message: '',
    line: loc.start.line,
    column: loc.start.column,
    endLine: loc.end.line,
    endColumn: loc.end.column,
    xxgkSeverity: 'info',
    range,
  };
  const mapped = toOriginalMessage(message, ingested);
  addWhere([mapped], ingested.format, report);
  const place: Place = { range, line: mapped.line, column: mapped.column };
  if (mapped.endLine !== undefined) place.endLine = mapped.endLine;
  if (mapped.endColumn !== undefined) place.endColumn = mapped.endColumn;
  if (mapped.page !== undefined) place.page = mapped.page;
  if (mapped.where !== undefined) place.where = mapped.where;
  return place;
}
