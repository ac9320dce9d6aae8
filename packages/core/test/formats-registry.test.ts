import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatAdapter } from '../src/formats/registry.js';
import { pdfAssets } from '../src/formats/pdf/assets.js';
import { DOCUMENT_EXTENSIONS, IngestError, MAX_BYTES, MAX_INPUT_BYTES, TEXT_EXTENSIONS, ingestAny, ingestBytes, ingestText, sniffFormat } from '../src/index.js';
import { bytesOf, formatFile } from './formats-fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const PAGE = '<!DOCTYPE html><html><body><div id="zoom"><p>一、总体情况</p><p>本年度主动公开政府信息。</p></div></body></html>';

describe('the format registry', () => {
  it('lists each format once, with its extensions and limit', () => {
    expect(FORMATS.map((f) => f.format)).toEqual(['pdf', 'docx', 'html', 'markdown', 'text']);
    for (const adapter of FORMATS) {
      expect(formatAdapter(adapter.format)).toBe(adapter);
      expect(adapter.extensions.length).toBeGreaterThan(0);
      expect(adapter.tooLarge).toMatch(/\{\{size\}\}.*\{\{max\}\}/);
      expect(MAX_BYTES[adapter.format]).toBe(adapter.maxBytes);
    }
    expect(MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
    expect([...TEXT_EXTENSIONS].sort()).toEqual(['.markdown', '.md', '.text', '.txt']);
    expect([...DOCUMENT_EXTENSIONS].sort()).toEqual(['.docx', '.htm', '.html', '.pdf', '.shtml', '.xhtml']);
  });

  it('each format has its section in docs/formats.md', () => {
    const docs = readFileSync(new URL('../../../docs/formats.md', import.meta.url), 'utf8');
    const headings = docs.split('\n').filter((line) => line.startsWith('### '));
    for (const { format } of FORMATS) expect(headings.some((h) => h.includes(`（\`${format}\`）`)), format).toBe(true);
  });

  it('only the text fallback sniffs nothing', () => {
    expect(FORMATS.filter((f) => !('sniff' in f)).map((f) => f.format)).toEqual(['text']);
  });
});

describe('sniffing: signatures, then refusals, then markup, then the name', () => {
  it.each([
    ['a PDF signature in a zip’s first kilobyte', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('%PDF-1.7')]), 'r.zip', 'pdf'],
    ['a single-file web page under a page’s name', bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related; <html>'), 'r.html', 'unsupported'],
    ['a page saved as .pdf', bytes('<head><meta charset="utf-8"></head>'), 'r.pdf', 'html'],
    ['a page in a .md file', bytes('<!doctype html><html>'), 'r.md', 'html'],
    ['a damaged .docx (no zip)', bytes('not a zip'), 'r.docx', 'docx'],
    ['a damaged .pdf', bytes('not a pdf'), 'r.pdf', 'pdf'],
    ['no extension', bytes('一、总体情况'), 'README', 'text'],
  ] as const)('%s → %s', (_, data, name, format) => {
    expect(sniffFormat(data, name).format).toBe(format);
  });
});

describe('an explicit format', () => {
  it('ingestText parses as the format given, whatever the name', () => {
    const table = '| 项目 | 数量 |\n| --- | --- |\n| 主动公开 | 3 |\n';
    expect(ingestText(table, 'report.txt', { format: 'markdown' }).format).toBe('markdown');
    expect(ingestText(table, 'report.md', { format: 'text' }).format).toBe('text');
    expect(ingestText(table, 'report.md').format).toBe('markdown');
  });

  it('ingestAny reads the bytes as the format given instead of sniffing them', async () => {
    const asPage = await ingestAny(bytes(PAGE), 'untitled');
    expect(asPage.format).toBe('html');
    expect(asPage.text).not.toContain('<p>');
    const asMarkdown = await ingestAny(bytes(PAGE), 'untitled', { format: 'markdown' });
    expect(asMarkdown.format).toBe('markdown');
    expect(asMarkdown.text).toBe(PAGE);
    expect(asMarkdown.toOriginal).toBeUndefined();
  });

  it('a text format given for a Word file or a PDF does not make it text', async () => {
    const docx = await ingestAny(bytesOf(formatFile('seed-002.docx')), 'r.txt', { format: 'text' });
    expect(docx.format).toBe('docx');
  });

  it('ingestBytes takes a format too, and still refuses the asynchronous ones', () => {
    expect(ingestBytes(bytes(PAGE), 'page.html', undefined, 'text').format).toBe('text');
    expect(() => ingestBytes(bytesOf(formatFile('seed-002.docx')), 'r.docx')).toThrow(/异步接口/);
    expect(() => ingestBytes(bytes('一、总体情况'), 'r.txt', undefined, 'pdf')).toThrow(IngestError);
  });

  it('the size limit is the given format’s', async () => {
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x61);
    await expect(ingestAny(big, 'r.html', { format: 'text' })).rejects.toThrow(/^文件过大（11\.0 MB，上限 5 MB）/);
    await expect(ingestAny(big, 'r.txt', { format: 'html' })).rejects.toThrow(/^网页文件过大（11\.0 MB，上限 10 MB）/);
  });
});

describe('pdf.js assets', () => {
  it('in Node, are the installed pdfjs-dist folders', () => {
    const { cMapUrl, standardFontDataUrl } = pdfAssets();
    expect(cMapUrl).toMatch(/cmaps[\\/]$/);
    expect(existsSync(cMapUrl)).toBe(true);
    expect(existsSync(standardFontDataUrl)).toBe(true);
  });
});
