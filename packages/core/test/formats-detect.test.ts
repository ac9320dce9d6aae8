import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError, ingestAny, ingestBytes, lintAny, sniffFormat } from '../src/index.js';
import { bytesOf, corpusFile, formatFile, rules } from './formats-fixtures.js';
import { SEEDS } from './fixtures.js';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
/** a zip's first local file header naming one entry */
const zipWith = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, name.length, 0, 0, 0], name, 'xxxx');

describe('format detection by content', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'r.pdf', 'pdf'],
    ['a PDF named .txt', bytes('%PDF-1.4\n'), 'r.txt', 'pdf'],
    ['a Word file', bytesOf(formatFile('seed-002.docx')), 'r.docx', 'docx'],
    ['a Word file named .doc', bytesOf(formatFile('seed-002.docx')), 'r.doc', 'docx'],
    ['a Word file saved by WPS as .wps', zipWith('word/document.xml'), 'r.wps', 'docx'],
    ['a web page', bytes('<!DOCTYPE html><html><body>报告</body></html>'), 'r.html', 'html'],
    ['a web page named .doc (Word "save as web page")', bytes('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="gbk">'), 'r.doc', 'html'],
    ['a web page named .txt', bytes('\n  <!doctype html>\n<html>'), 'r.txt', 'html'],
    ['a .shtml page', bytes('<div>报告</div>'), 'r.shtml', 'html'],
    ['a GBK text named .txt', new Uint8Array(iconv.encode('一、总体情况\n本年度主动公开政府信息。', 'gbk')), 'r.txt', 'text'],
    ['Markdown', bytes('# 报告\n'), 'r.md', 'markdown'],
    ['a text file mentioning <html> in Markdown', bytes('用 <html> 标签……'), 'r.md', 'markdown'],
  ] as const)('%s → %s', (_, data, name, format) => {
    expect(sniffFormat(data, name).format).toBe(format);
  });

  it.each([
    ['a legacy Word .doc', bytes(OLE), 'r.doc', 'ole', '.docx'],
    ['a legacy WPS file', bytes(OLE), 'r.wps', 'wps', '.docx'],
    ['an RTF file', bytes('{\\rtf1\\ansi'), 'r.doc', 'rtf', '.docx'],
    ['a single-file web page (.mht)', bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related;'), 'r.mht', 'mht', '.html'],
    ['an OpenDocument text', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0], 'mimetypeapplication/vnd.oasis.opendocument.text'), 'r.odt', 'odt', '.docx'],
    ['an OFD file', zipWith('OFD.xml'), 'r.ofd', 'ofd', 'PDF'],
    ['an Excel file', zipWith('xl/workbook.xml'), 'r.xlsx', 'zip', '.docx'],
    ['a PNG picture', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'scan.png', 'image', '.docx'],
    ['a JPEG picture', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'scan.jpg', 'image', '.docx'],
    ['a TIFF scan', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0]), 'scan.tif', 'image', 'PDF'],
  ] as const)('%s is unsupported, with a message saying what to convert to', async (_, data, name, kind, target) => {
    const sniffed = sniffFormat(data, name);
    expect(sniffed).toMatchObject({ format: 'unsupported', kind });
    const result = await lintAny(data, { filePath: name, rules });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(result.messages[0].message).toContain(target);
    expect(result.messages[0].message).toMatch(/请/);
  });

  it('a text report reads the same through ingestAny as through ingestBytes', async () => {
    const data = bytesOf(corpusFile(SEEDS['003']));
    const any = await ingestAny(data, SEEDS['003']);
    const sync = ingestBytes(data, SEEDS['003']);
    expect(any.text).toBe(sync.text);
    expect(any.format).toBe('text');
    expect(any.toOriginal).toBeUndefined();
  });

  it('the synchronous ingestBytes says Word and PDF need the asynchronous reader', () => {
    expect(() => ingestBytes(bytesOf(formatFile('seed-002.docx')), 'r.docx')).toThrow(IngestError);
    expect(() => ingestBytes(bytes('%PDF-1.7\n'), 'r.pdf')).toThrow(/异步/);
  });
});
