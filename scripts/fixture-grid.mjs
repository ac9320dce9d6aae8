// A table's text grid as the fixture generators turn it into Word or HTML
// tables: a label cell followed by empty slots spans them, as merged cells do.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';

const isNumeric = (text) => /^[\d０-９]/.test(text);

/** the run of tab-separated lines from line i: a table's rows (merged cells as spans) and the line after it */
export function tsvTableAt(lines, i) {
  const rows = [];
  let next = i;
  while (next < lines.length && lines[next].includes('\t')) rows.push(lines[next++].split('\t').map((c) => c.trim()));
  return { rows: mergeGrid(rows), next };
}

/** a grid of strings → rows of origin cells with spans; every covered slot is empty in the grid */
export function mergeGrid(grid) {
  const width = Math.max(...grid.map((r) => r.length));
  const g = grid.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const covered = g.map((r) => r.map(() => false));
  return g.map((row, r) =>
    row.flatMap((text, c) => {
      if (covered[r][c]) return [];
      let colSpan = 1;
      let rowSpan = 1;
      if (text !== '' && !isNumeric(text)) {
        while (c + colSpan < width && !covered[r][c + colSpan] && g[r][c + colSpan] === '') colSpan++;
        const emptyBelow = (rr) => {
          for (let k = c; k < c + colSpan; k++) if (covered[rr][k] || g[rr][k] !== '') return false;
          return true;
        };
        while (r + rowSpan < g.length && emptyBelow(r + rowSpan)) rowSpan++;
      }
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) covered[r + dr][c + dc] = true;
      return [{ text, colSpan, rowSpan }];
    }),
  );
}

/** rows of origin cells → a Word table, the cells centred in the given font */
export function wordTable(rows, font) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (c) =>
              new TableCell({
                columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
                rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
                verticalAlign: VerticalAlign.CENTER,
                children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.text, size: 18, font })] })],
              }),
          ),
        }),
    ),
  });
}
