import type { Part, PartNumber, ReportTable, TableKind } from './types.js';

const PART_OF_TABLE: Record<TableKind, PartNumber> = { table2: 2, table3: 3, table4: 4 };

/**
 * A standard table with no heading for its part (an extraction lost the
 * "三、收到和处理政府信息公开申请情况" line) still shows the part is there: an
 * inferred part starts at the table, when the table sits between the parts
 * before and after it.
 */
export function inferPartsFromTables(parts: Part[], tables: ReportTable[], textLength: number): Part[] {
  const out = [...parts];
  for (const table of tables) {
    const number = PART_OF_TABLE[table.kind];
    if (out.some((p) => p.number === number)) continue;
    const at = table.range[0];
    const before = out.filter((p) => p.range[0] <= at);
    const after = out.filter((p) => p.range[0] > at);
    if (before.some((p) => p.number > number) || after.some((p) => p.number < number)) continue;
    out.push({
      type: 'Part',
      number,
      range: [at, textLength],
      bodyRange: [at, textLength],
      found: 'inferred',
      heading: { text: '', range: [at, at], writtenNumber: null, title: '', canonical: false, acceptedVariant: false, titleRange: [at, at] },
    });
  }
  if (out.length === parts.length) return parts;
  out.sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 0; i < out.length; i++) {
    const end = i + 1 < out.length ? out[i + 1].range[0] : textLength;
    out[i].range = [out[i].range[0], end];
    out[i].bodyRange = [out[i].bodyRange[0], end];
  }
  return out;
}
