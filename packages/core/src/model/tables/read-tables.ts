import type { Table } from 'mdast';
import type { GridRow } from '../grid.js';
import { tableGrid } from '../grid.js';
import type { Table2, Table3, Table4, TableKind } from '../types.js';
import { classifyTable } from './classify.js';
import { readTable2 } from './read-table2.js';
import { readTable3 } from './read-table3.js';
import { readTable4 } from './read-table4.js';
import type { TableSource } from './source.js';

export interface ReadTables {
  table2?: Table2;
  table3?: Table3;
  table4?: Table4;
}

const KIND_OF_PART: Partial<Record<number, TableKind>> = { 2: 'table2', 3: 'table3', 4: 'table4' };

const columnCount = (rows: GridRow[]) => Math.max(0, ...rows.map((r) => r.cells.length));
const hasNumbers = (rows: GridRow[]) => rows.some((r) => r.cells.some((c) => /^\d+$/.test(c.text.trim())));

/**
 * Classify every mdast table, join the pieces of one table (page breaks, a
 * PDF→Markdown conversion's sub-tables), read each kind. A piece that names
 * no kind of its own continues the piece before it when it has the same
 * columns; a table no words identify, standing alone in part 二, 三 or 四
 * (`partAt`), is taken as that part's table and read as far as it goes.
 */
export function readTables(nodes: Table[], partAt: (offset: number) => number | undefined = () => undefined): ReadTables {
  const byKind: Record<TableKind, TableSource[]> = { table2: [], table3: [], table4: [] };
  const unnamed: { source: TableSource; offset: number }[] = [];
  let previous: { kind: TableKind; columns: number } | undefined;
  for (const node of nodes) {
    const rows = tableGrid(node);
    const named = classifyTable(rows);
    const continues = !named && previous && hasNumbers(rows) && Math.abs(columnCount(rows) - previous.columns) <= 1 ? previous.kind : null;
    const kind = named ?? continues;
    if (kind) {
      byKind[kind].push({ node, rows });
      previous = { kind, columns: columnCount(rows) };
    } else {
      unnamed.push({ source: { node, rows }, offset: node.position?.start.offset ?? 0 });
      previous = undefined;
    }
  }
  for (const { source, offset } of unnamed) {
    const kind = KIND_OF_PART[partAt(offset) ?? 0];
    if (kind && byKind[kind].length === 0 && hasNumbers(source.rows)) byKind[kind].push(source);
  }
  for (const list of Object.values(byKind)) list.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0));
  const out: ReadTables = {};
  if (byKind.table2.length > 0) out.table2 = readTable2(byKind.table2);
  if (byKind.table3.length > 0) out.table3 = readTable3(byKind.table3);
  if (byKind.table4.length > 0) out.table4 = readTable4(byKind.table4);
  for (const kind of ['table2', 'table3', 'table4'] as const) markFlattened(out[kind], byKind[kind]);
  return out;
}

/**
 * A table recovered from running text (ingest/flattened-tables.ts). When its
 * digits could not all be cut with certainty, that is why it is unreadable:
 * those problems replace what reading the remaining cells found.
 */
function markFlattened(table: Table2 | Table3 | Table4 | undefined, sources: TableSource[]): void {
  const flattened = sources.filter((s) => (s.node.data as { flattened?: boolean } | undefined)?.flattened);
  if (!table || flattened.length === 0) return;
  table.found = 'flattened';
  const problems = flattened.flatMap((s) => (s.node.data as { xxgkProblems?: string[] }).xxgkProblems ?? []);
  if (problems.length === 0) return;
  table.problems = problems;
  table.confidence = 'low';
  if (table.kind === 'table3') {
    table.rows = {};
    table.order = [];
  }
  if (table.kind === 'table4') table.groups = {};
}
