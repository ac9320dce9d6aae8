import type { Table } from 'mdast';
import type { Ingested } from '../ingest/index.js';
import type { Settings } from '../types.js';
import { findDocumentNumbers } from './document-numbers.js';
import { buildMetadata } from './metadata.js';
import { findParts } from './parts.js';
import { collectProse } from './prose.js';
import { readTables } from './tables.js';
import type { AnnualReport, PartNumber, Range } from './types.js';

/** The report model, built once per file and read by every rule. */
export function buildReportModel(ingested: Ingested, settings: Settings = {}): AnnualReport {
  const { text, ast, lines } = ingested;
  const tableNodes: Table[] = [];
  const collect = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'table') tableNodes.push(node as Table);
    else if (node.children) for (const c of node.children) collect(c as typeof node);
  };
  collect(ast);
  const tableRanges: Range[] = tableNodes.map((t) => [t.position?.start.offset ?? 0, t.position?.end.offset ?? 0]);
  const parts = findParts(text, lines, tableRanges);
  const prose = collectProse(text, ast);
  const metadata = buildMetadata(text, lines, ast, parts, prose, settings);
  return {
    type: 'Report',
    range: [0, text.length],
    metadata,
    parts,
    tables: readTables(tableNodes),
    prose,
    chrome: [],
    documentNumbers: findDocumentNumbers(prose, text),
    part: (number: PartNumber) => parts.find((p) => p.number === number),
    proseIn: (range: Range) => prose.within(range),
  };
}
