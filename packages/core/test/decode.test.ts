import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, IngestError, decode, ingestBytes } from '../src/index.js';
import { SEEDS, readFixture } from './fixtures.js';

const HAN = /[\u4e00-\u9fff]/;
const REPORT = '卫辉市上乐村镇2023年政府信息公开工作年度报告\n一、总体情况\n本年度共主动公开政府信息149条。\n';

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/** the IngestError thrown by fn (fails the test when nothing or something else is thrown) */
function ingestErrorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected an IngestError, nothing was thrown');
}

/** deterministic noise (LCG), bytes 1..255 unless zeros are allowed */
function noise(length: number, seed: number, allowZero = true): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const b = s >>> 24;
    out[i] = allowZero ? b : b === 0 ? 0x9c : b;
  }
  return out;
}

describe('decode: Unicode encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(utf8(REPORT))).toEqual({ text: REPORT, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and drops the BOM from the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(REPORT)]);
    expect(decode(bytes)).toEqual({ text: REPORT, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16LE with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(REPORT, 'utf16le')]);
    expect(decode(bytes)).toEqual({ text: REPORT, encoding: 'utf-16le', bom: true });
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = Buffer.from(REPORT, 'utf16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1];
      be[i + 1] = le[i];
    }
    expect(decode(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: REPORT, encoding: 'utf-16be', bom: true });
  });

  it('reads a whole seed report in UTF-8 unchanged', () => {
    const text = readFixture(SEEDS['002']);
    expect(decode(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false });
  });
});

describe('decode: GBK / GB18030', () => {
  it('reads a GBK report (made with iconv-lite) back to the same string', () => {
    const text = readFixture(SEEDS['004']);
    const bytes = new Uint8Array(iconv.encode(text, 'gbk'));
    // the bytes are really GBK, not UTF-8
    expect(bytes.length).not.toBe(Buffer.byteLength(text, 'utf8'));
    expect(decode(bytes)).toEqual({ text, encoding: 'gb18030', bom: false });
  });

  it('reads a GB18030 four-byte character (U+20000 𠀀 = 95 32 82 36)', () => {
    const text = '𠀀字村2023年政府信息公开工作年度报告，本年度主动公开政府信息十二条。';
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    expect([...bytes.subarray(0, 4)]).toEqual([0x95, 0x32, 0x82, 0x36]);
    const decoded = decode(bytes);
    expect(decoded).toEqual({ text, encoding: 'gb18030', bom: false });
    expect(decoded.text.codePointAt(0)).toBe(0x20000);
  });

  it('ingestBytes reports the encoding it used and parses the GBK text', () => {
    const text = readFixture(SEEDS['002']);
    const ingested = ingestBytes(new Uint8Array(iconv.encode(text, 'gbk')), 'report.txt');
    expect(ingested.encoding).toBe('gb18030');
    expect(ingested.text).toBe(text);
    expect(ingested.format).toBe('text');
  });
});

describe('decode: what is not a text report', () => {
  it('rejects an empty file with a Chinese message', () => {
    const error = ingestErrorOf(() => decode(new Uint8Array(0)));
    expect(error.message).toMatch(HAN);
    expect(error.message).toContain('空');
  });

  it('rejects NUL bytes (binary) with a Chinese message', () => {
    const bytes = new Uint8Array([...utf8('政府信息公开'), 0x00, 0x00, ...utf8('年度报告')]);
    const error = ingestErrorOf(() => decode(bytes));
    expect(error.message).toMatch(HAN);
    expect(error.message).toContain('二进制');
  });

  it('rejects a PNG header followed by noise', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const withZeros = new Uint8Array([...png, ...noise(4096, 7)]);
    expect(ingestErrorOf(() => decode(withZeros)).message).toMatch(HAN);
    const withoutZeros = new Uint8Array([...png, ...noise(4096, 11, false)]);
    expect(ingestErrorOf(() => decode(withoutZeros)).message).toMatch(HAN);
  });

  it('rejects control-character soup with no NUL bytes', () => {
    const bytes = new Uint8Array(200);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 === 0 ? 0x01 : 0x41;
    const error = ingestErrorOf(() => decode(bytes));
    expect(error.message).toMatch(HAN);
    expect(error.message).toContain('二进制');
  });

  it('rejects bytes that are neither UTF-8 nor Chinese GB18030', () => {
    // Latin-1 "café résumé": invalid UTF-8, and GB18030 does not read it as Chinese
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9]);
    const error = ingestErrorOf(() => decode(bytes));
    expect(error.message).toMatch(HAN);
    expect(error.message).toContain('编码');
  });

  it('rejects a file over maxBytes, naming the size in MB', () => {
    const bytes = new Uint8Array(2 * 1024 * 1024 + 10).fill(0x41);
    const error = ingestErrorOf(() => decode(bytes, 1024 * 1024));
    expect(error.message).toMatch(HAN);
    expect(error.message).toContain('MB');
  });

  it('has a default limit of 5 MB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
    const error = ingestErrorOf(() => decode(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x41)));
    expect(error.message).toContain('MB');
    expect(decode(new Uint8Array(1000).fill(0x41)).encoding).toBe('utf-8');
  });

  it('ingestBytes passes the IngestError on', () => {
    const error = ingestErrorOf(() => ingestBytes(new Uint8Array(0), 'empty.txt'));
    expect(error.message).toMatch(HAN);
  });
});
