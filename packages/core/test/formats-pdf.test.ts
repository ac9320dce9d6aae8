import { describe, expect, it } from 'vitest';
import { IngestError, NO_TEXT_LAYER, buildReportModel, ingestAny, lintAny } from '../src/index.js';
import { PDFS, bytesOf, corpusFile, formatFile, load, rules, tableValues } from './formats-fixtures.js';

const ARITHMETIC = ['application-balance', 'row-total', 'result-total', 'review-litigation-total', 'cell-value', 'table-unreadable'].map(
  (r) => `national/${r}`,
);

/** A PDF whose pages carry the given ASCII lines (Helvetica), each [x, y, text], and no other text: a scan with stamps */
function pdfWithLines(pages: [number, number, string][][]): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  const fontId = 3;
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const lines of pages) {
    const content = lines.map(([x, y, text]) => `BT /F1 10 Tf ${x} ${y} Td (${text}) Tj ET`).join('\n');
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentId = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function ingestError(bytes: Uint8Array, name: string): Promise<IngestError> {
  try {
    await ingestAny(bytes, name);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

/**
 * The three PDFs of the corpus, linted directly. Their tables must equal the
 * numbers of the PDF cell by cell: the numbers read from each PDF's
 * pdftotext text layer (.txt) are checked by hand against the rendered pages
 * in tables-values.test.ts; here the PDF's own text layer, read with
 * pdfjs-dist, must give every one of them again.
 */
describe.each(PDFS)('$name.pdf', ({ pdf, txt }) => {
  const fromPdf = load(corpusFile(pdf));
  const fromTxt = load(corpusFile(txt));

  it('reads tables 二, 三 and 四 with the same numbers as the hand-checked text layer, cell by cell', async () => {
    const [p, t] = await Promise.all([fromPdf, fromTxt]);
    const tables = tableValues(p.report);
    expect(tables.table2?.confidence).toBe('high');
    expect(tables.table3?.confidence).toBe('high');
    expect(tables.table4?.confidence).toBe('high');
    expect(tables).toEqual(tableValues(t.report));
  });

  it('finds the six parts and the title', async () => {
    const [p, t] = await Promise.all([fromPdf, fromTxt]);
    expect(p.report.parts.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(p.report.metadata.title?.normalized).toBe(t.report.metadata.title?.normalized);
    expect(p.report.metadata.year).toBe(t.report.metadata.year);
  });

  it('drops the page footers ("- 3 -") and joins lines wrapped inside a paragraph', async () => {
    const { ingested } = await fromPdf;
    expect(ingested.format).toBe('pdf');
    expect(ingested.text).not.toMatch(/^\s*[-－—]\s*\d{1,2}\s*[-－—]\s*$/m);
    // the first paragraph is one line in the text view, not five as on the page
    const first = ingested.text.split('\n').find((l) => l.includes('本报告') || l.includes('根据'));
    expect(first?.length).toBeGreaterThan(60);
  });

  it('every finding says its page, its line on the page and the words there', async () => {
    const { result } = await fromPdf;
    for (const m of result.messages) {
      expect(m.page).toBeGreaterThanOrEqual(1);
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.excerpt).toBeTruthy();
      expect(m.fix).toBeUndefined();
    }
  });
});

describe('what the PDFs say', () => {
  it('洪泽区 2023: exactly its two review-litigation-total errors, on page 4 in the table-四 row', async () => {
    const { result } = await load(corpusFile(PDFS[0].pdf));
    const errors = result.messages.filter((m) => m.ruleId === 'national/review-litigation-total');
    expect(errors).toHaveLength(2);
    expect(errors.map((m) => m.severity)).toEqual([2, 2]);
    expect(errors[0].message).toContain('10+1+0+0 = 11');
    expect(errors[1].message).toContain('5+0+0+0 = 5');
    for (const m of errors) {
      expect(m.page).toBe(4);
      expect(m.excerpt).toMatch(/^10\s+1\s+0/);
    }
  });

  it('淮安市 2024: no arithmetic error', async () => {
    const { result } = await load(corpusFile(PDFS[2].pdf));
    expect(result.messages.filter((m) => m.ruleId && ARITHMETIC.includes(m.ruleId))).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('淮安市 2024: spot checks against the printed pages (p. 3 and p. 5)', async () => {
    const { report } = await load(corpusFile(PDFS[2].pdf));
    expect(report.tables.table2?.rows.license?.[0].value).toBe(447228);
    expect(report.tables.table2?.rows.fee?.[0].raw).toBe('96171.6');
    expect(report.tables.table3?.rows.new?.cells.map((c) => c.value)).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(report.tables.table4?.groups.review?.map((c) => c.value)).toEqual([72, 64, 178, 37, 351]);
  });

  it('a broken line is joined: the e-mail address and the phone number of 淮安市 2024 each stay whole', async () => {
    const { ingested } = await load(corpusFile(PDFS[2].pdf));
    expect(ingested.text).toContain('电话：0517-83605210，电子邮箱：hazwgkc@163.com');
  });

  it('a finding on the page maps back to the page, line and column', async () => {
    const { ingested } = await load(corpusFile(PDFS[2].pdf));
    const at = ingested.text.indexOf('一、总体情况');
    expect(ingested.toOriginal?.(at)).toMatchObject({ page: 1, column: 1, excerpt: '一、总体情况' });
  });
});

describe('PDFs that cannot be checked: one clear message each', () => {
  it('a scanned PDF (no text layer)', async () => {
    const error = await ingestError(bytesOf(formatFile('scanned.pdf')), 'scanned.pdf');
    expect(error.message).toBe(NO_TEXT_LAYER);
    expect(error.message).toContain('此 PDF 没有文字层，无法检查；请提供可复制文字的版本');
    const result = await lintAny(bytesOf(formatFile('scanned.pdf')), { filePath: 'scanned.pdf', rules });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 });
  });

  it('a scan that carries only page numbers and a scanner app stamp has no text layer either', async () => {
    const pages = [1, 2, 3].map((n): [number, number, string][] => [
      [450, 820, 'CamScanner'],
      [290, 30, `- ${n} -`],
    ]);
    const error = await ingestError(pdfWithLines(pages), 'scan.pdf');
    expect(error.message).toBe(NO_TEXT_LAYER);
  });

  it('a password-protected PDF (qpdf, AES-256, open password)', async () => {
    const error = await ingestError(bytesOf(formatFile('password.pdf')), 'password.pdf');
    expect(error.message).toContain('设有打开密码');
    expect(error.message).toContain('未加密');
  });

  it('a copy-protected PDF (owner password only) is read as usual', async () => {
    const [protectedPdf, plain] = await Promise.all([load(formatFile('copy-protected.pdf')), load(corpusFile(PDFS[1].pdf))]);
    expect(tableValues(protectedPdf.report)).toEqual(tableValues(plain.report));
    expect(protectedPdf.result.messages.map((m) => m.message)).toEqual(plain.result.messages.map((m) => m.message));
  });

  it('a truncated PDF', async () => {
    const bytes = bytesOf(corpusFile(PDFS[1].pdf));
    const error = await ingestError(bytes.subarray(0, 3000), 'cut.pdf');
    expect(error.message).toMatch(/PDF 文件已损坏|没有文字层/);
  });

  it('a file named .pdf that is not one', async () => {
    const error = await ingestError(new TextEncoder().encode('%PDF-1.7\nnot really\n'), 'fake.pdf');
    expect(error.message).toContain('PDF 文件已损坏');
  });

  it('a PDF over 50 MB is refused before parsing', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const started = performance.now();
    const error = await ingestError(big, 'big.pdf');
    expect(error.message).toMatch(/^PDF 文件过大（50\.0 MB，上限 50 MB）/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('the report model of a PDF is built like any other', async () => {
    const ingested = await ingestAny(bytesOf(corpusFile(PDFS[1].pdf)), 'x.pdf');
    expect(buildReportModel(ingested).tables.table3?.layout).toBe('2019');
  });
});
