import type { Table } from 'mdast';
import type { Ingested } from '../ingest/index.js';
import type { NormalizedText } from '../text/normalize.js';
import type { Settings } from '../types.js';
import { findDocumentNumbers } from './document-numbers.js';
import { readExcerpt } from './excerpt.js';
import { inferPartsFromTables } from './inferred-parts.js';
import { buildMetadata } from './metadata.js';
import { findPageChrome } from './page-chrome.js';
import { findParts } from './parts.js';
import { collectProse } from './prose.js';
import { createSkipMask } from './skip-mask.js';
import { addArithmetic, keepRowsBeforeCut, readTables } from './tables/index.js';
import type { AnnualReport, PartNumber, Range, ReportTable } from './types.js';

/** The report model, built once per file and read by every rule. */
export function buildReportModel(ingested: Ingested, settings: Settings = {}): AnnualReport {
  const { text, ast, lines } = ingested;
  const tableNodes: Table[] = [];
  // the tables in document order; a stack, not recursion (the tree's depth is the input's)
  const stack: { type: string; children?: unknown[] }[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as (typeof stack)[number];
    if (node.type === 'table') tableNodes.push(node as Table);
    else if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as (typeof stack)[number]);
  }
  const tableRanges: Range[] = tableNodes.map((t) => [t.position?.start.offset ?? 0, t.position?.end.offset ?? 0]);
  const chrome = findPageChrome(text, lines);
  const headed = findParts(text, lines, tableRanges, chrome.ranges);
  const tables = readTables(tableNodes, (offset) => headed.find((p) => offset >= p.range[0] && offset < p.range[1])?.number);
  const tableList = Object.values(tables).filter((t): t is ReportTable => t !== undefined);
  const parts = inferPartsFromTables(headed, tableList, text.length);
  const { excerpt, cutTable } = readExcerpt(text, parts, tableList, chrome);
  if (cutTable) {
    cutTable.truncated = true;
    cutTable.confidence = 'low';
    cutTable.problems.unshift('文字在这张表中间结束（节选），表格不完整');
    if (cutTable.kind === 'table3') keepRowsBeforeCut(cutTable);
  }
  addArithmetic(tables);
  const prose = collectProse(text, ast, chrome.ranges);
  const metadata = buildMetadata(text, lines, ast, parts, prose, settings, chrome);
  const documentNumbers = findDocumentNumbers(prose, text);
  return {
    type: 'Report',
    range: [0, text.length],
    metadata,
    parts,
    tables,
    prose,
    chrome: chrome.ranges,
    ...(excerpt ? { excerpt } : {}),
    documentNumbers,
    skip: createSkipMask({ source: text, ast, prose, documentNumbers }),
    part: (number: PartNumber) => parts.find((p) => p.number === number),
    proseIn: proseWithin(prose),
  };
}

/** prose.within, kept per range: rules ask for the same part's prose again and again (each read-only) */
function proseWithin(prose: NormalizedText): (range: Range) => NormalizedText {
  const kept = new Map<string, NormalizedText>();
  return (range) => {
    const key = `${range[0]}:${range[1]}`;
    let hit = kept.get(key);
    if (hit === undefined) {
      hit = prose.within(range);
      if (kept.size < 64) kept.set(key, hit);
    }
    return hit;
  };
}
