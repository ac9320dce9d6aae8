import { describe, expect, it } from 'vitest';
import { ZipReader } from '../src/formats/docx/zip-reader.js';
import { ZIP_LIMITS } from '../src/formats/docx/zip-limits.js';
import { lintAny } from '../src/index.js';
import { rules } from './formats-fixtures.js';
import { digitDocument, docxOf, documentXml } from './zip-bombs.js';

const TAIL = '没有读取：可能已损坏或是恶意文件（“压缩炸弹”）。请在 Word 或 WPS 中打开确认，重新“另存为” .docx 后再检查，或提供 PDF、.txt。';

async function fatalOf(bytes: Uint8Array): Promise<string> {
  const result = await lintAny(bytes, { filePath: 'bomb.docx', rules });
  expect(result.messages).toHaveLength(1);
  expect(result.messages[0]!.fatal).toBe(true);
  return result.messages[0]!.message;
}

// 60 MB of one digit deflates to ~60 KB: the declared size and ratio give it away before inflating
const declared = await docxOf(digitDocument(60));

describe('.docx zip bombs are refused before they fill memory', () => {
  it('a high-ratio entry is refused on its declared size, nothing inflated', async () => {
    expect(declared.length).toBeLessThan(200 * 1024);
    expect(await fatalOf(declared)).toMatch(new RegExp(`^这个 Word 文件解压后过大（“word/document\\.xml” 压缩了 \\d+ 倍，解压后 60 MB），${TAIL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('a lying declared size is caught while inflating: it stops at the part cap', async () => {
    const lying = await docxOf(digitDocument(60), 1000);
    expect(await fatalOf(lying)).toBe(`这个 Word 文件解压后过大（“word/document.xml” 解压后超过 25 MB），${TAIL}`);
  });

  it('the total of the declared sizes is capped too', async () => {
    const many = await docxOf(documentXml('<w:p/>'), ZIP_LIMITS.totalDeclaredBytes + 1);
    expect(() => new ZipReader(many, { ...ZIP_LIMITS, maxRatio: Number.POSITIVE_INFINITY })).toThrow(
      `这个 Word 文件解压后过大（解压后共 100 MB，上限 100 MB），${TAIL}`,
    );
  });

  it('the parts read together are capped while they inflate', async () => {
    const reader = new ZipReader(await docxOf(digitDocument(3)), { ...ZIP_LIMITS, maxRatio: Number.POSITIVE_INFINITY, totalReadBytes: 2 * 1024 * 1024 });
    await expect(reader.read('word/document.xml')).rejects.toThrow(`这个 Word 文件解压后过大（各部分解压后共超过 2 MB），${TAIL}`);
  });

  it('an ordinary document inflates whole', async () => {
    const xml = documentXml('<w:p><w:r><w:t>某镇人民政府2023年政府信息公开工作年度报告</w:t></w:r></w:p>');
    const reader = new ZipReader(await docxOf(xml));
    expect(Buffer.from(await reader.read('word/document.xml')).equals(xml)).toBe(true);
  });

  it('bytes that are no zip are still "damaged"', async () => {
    expect(await fatalOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(/^Word 文件（\.docx）已损坏或不完整/);
  });
});
