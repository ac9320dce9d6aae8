import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { IngestError, buildReportModel, ingestAny, lintAny } from '../src/index.js';
import { bytesOf, formatFile, load, rules } from './formats-fixtures.js';

const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ ...span, children: [new Paragraph(text)] });

/** a small report in Word: Title style, a bold part heading, Heading 2, and table 四 with vertical and horizontal merges */
async function smallDocx(): Promise<Uint8Array> {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const table4 = new Table({
    rows: [
      new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
      new TableRow({
        children: [...five.map((l) => cell(l, { rowSpan: 2 })), cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })],
      }),
      new TableRow({ children: [...five, ...five].map((l) => cell(l)) }),
      new TableRow({ children: ['1', '0', '0', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'].map((v) => cell(v)) }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun('某镇人民政府')] }),
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun('2023年政府信息公开工作年度报告')] }),
          new Paragraph({ children: [new TextRun({ text: '一、总体情况', bold: true })] }),
          new Paragraph('本年度工作正常。'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('四、政府信息公开行政复议、行政诉讼情况')] }),
          table4,
          new Paragraph({ children: [new TextRun({ text: '六、其他需要报告的事项', bold: true })] }),
          new Paragraph('本年度未收取信息处理费。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('Word (.docx) through mammoth', () => {
  const small = smallDocx();

  it('paragraphs, the two-line title, headings and a table with merged cells become the text view', async () => {
    const ingested = await ingestAny(await small, '报告.docx');
    expect(ingested.format).toBe('docx');
    const [head] = ingested.text.split('\n\n一、');
    expect(head).toBe('某镇人民政府\n2023年政府信息公开工作年度报告');
    const rows = ingested.text.split('\n').filter((l) => l.includes('\t'));
    expect(rows.map((r) => r.split('\t'))).toEqual([
      ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
      ['', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ['1', '0', '0', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
    ]);
  });

  it('the model reads the title, the parts and table 四 from it', async () => {
    const report = buildReportModel(await ingestAny(await small, '报告.docx'));
    expect(report.metadata.title?.normalized).toBe('某镇人民政府2023年政府信息公开工作年度报告');
    expect(report.parts.map((p) => p.number)).toEqual([1, 4, 6]);
    expect(report.tables.table4?.confidence).toBe('high');
    expect(report.tables.table4?.groups.review?.map((c) => c.value)).toEqual([1, 0, 0, 0, 2]);
  });

  it('a finding names the paragraph (line = paragraph number), the table cell and the words there', async () => {
    const result = await lintAny(await small, { filePath: '报告.docx', rules });
    const total = result.messages.find((m) => m.ruleId === 'national/review-litigation-total');
    expect(total).toBeDefined();
    // paragraphs: 1 title, 2 title, 3 一、…, 4 本年度…, 5 四、…, 6–9 the four table rows
    expect(total!.line).toBe(9);
    expect(total!.cell).toMatchObject({ table: 1, row: 4 });
    expect(total!.excerpt).toMatch(/^\d$/);
    expect(total!.fix).toBeUndefined();
    const title = result.messages.find((m) => m.ruleId === 'national/report-title');
    expect(title).toBeUndefined();
  });

  it('the fixtures: seed 004’s “50（营业执照）” is found in table 1, row 7, column 2', async () => {
    const { result } = await load(formatFile('seed-004.docx'));
    const cellValue = result.messages.find((m) => m.ruleId === 'national/cell-value');
    expect(cellValue).toMatchObject({ cell: { table: 1, row: 7, column: 2 }, excerpt: '50（营业执照）' });
  });

  it('the fixtures hold real Word tables with vertical and horizontal merges', async () => {
    // the document part is deflated: its merges (w:gridSpan, w:vMerge) show in mammoth's HTML
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytesOf(formatFile('huaian-shi-2024.docx'))) });
    expect(value).toContain('rowspan="22"');
    expect(value).toContain('colspan="7"');
    expect(value).toMatch(/<td colspan="3" rowspan="3">/);
  });
});

describe('Word files that cannot be checked: one clear message each', () => {
  const errorOf = async (bytes: Uint8Array, name: string) => {
    try {
      await ingestAny(bytes, name);
    } catch (error) {
      if (error instanceof IngestError) return error.message;
      throw error;
    }
    throw new Error(`${name} was read`);
  };

  it('a truncated .docx (the zip cut in half)', async () => {
    const bytes = bytesOf(formatFile('seed-003.docx'));
    expect(await errorOf(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.docx')).toMatch(/^Word 文件（\.docx）已损坏或不完整/);
  });

  it('a .docx that is a zip without a Word document', async () => {
    // a minimal zip: one stored entry "a.txt"
    const name = new TextEncoder().encode('a.txt');
    const header = new Uint8Array(30 + name.length);
    header.set([0x50, 0x4b, 0x03, 0x04, 20, 0]);
    header[26] = name.length;
    header.set(name, 30);
    expect(await errorOf(header, 'x.docx')).toMatch(/已损坏|没有 Word 正文/);
  });

  it('an empty .docx file', async () => {
    expect(await errorOf(new Uint8Array(0), 'empty.docx')).toContain('文件是空的');
  });

  it('a .docx with only a picture has no text to check', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [] })] }] });
    expect(await errorOf(new Uint8Array(await Packer.toBuffer(doc)), 'picture.docx')).toContain('这个 Word 文件里没有文字');
  });

  it('a Word file over 20 MB', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 10);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await errorOf(big, 'big.docx')).toMatch(/^Word 文件过大（20\.0 MB，上限 20 MB）/);
  });
});
