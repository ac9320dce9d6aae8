import { isEastAsian } from '../../text/chars.js';
import { IngestError } from '../errors.js';
import { tooLargeMessage } from '../size.js';
import type { Encoding } from '../types.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const TEXT_TOO_LARGE = '文件过大（{{size}} MB，上限 {{max}} MB）：年度报告的文字通常不超过 1 MB，请确认是否选错了文件。';

/**
 * Bytes → text. BOM first; then strict UTF-8; then GB18030 (a superset of
 * GBK/GB2312), accepted only when it decodes cleanly and reads as Chinese.
 * Never a silent guess: anything else is an IngestError.
 */
export function decode(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length === 0) throw new IngestError('文件是空的：没有可检查的内容。请确认导出或复制是否成功。');
  if (bytes.length > maxBytes) throw new IngestError(tooLargeMessage(TEXT_TOO_LARGE, bytes.length, maxBytes));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  assertNotBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // not UTF-8: try GB18030 below
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030。请用“另存为 UTF-8”后重试。');
  }
  if (!looksLikeChinese(text)) {
    throw new IngestError('无法识别文件编码：按 GBK/GB18030 解码后不像中文文本。请用“另存为 UTF-8”后重试。');
  }
  return { text, encoding: 'gb18030', bom: false };
}

function strictDecode(encoding: Encoding, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(`文件开头标明是 ${encoding.toUpperCase()} 编码，但内容不是合法的 ${encoding.toUpperCase()}。请重新导出为 UTF-8。`);
  }
}

function assertNotBinary(bytes: Uint8Array): void {
  if (bytes.indexOf(0) >= 0) {
    throw new IngestError('这是二进制文件（含空字节），不是文本。请提供 .md、.txt 文本，或先把 Word/PDF 转成文字。');
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  // indexed: a for…of over the bytes allocated an iterator result per byte
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.05) {
    throw new IngestError('这看起来是二进制文件，不是文本。请提供 .md、.txt 文本，或先把 Word/PDF 转成文字。');
  }
}

/** GB18030 decodes almost any byte soup; require mostly East Asian text and ASCII. */
function looksLikeChinese(text: string): boolean {
  let eastAsian = 0;
  let ascii = 0;
  let other = 0;
  for (const ch of text) {
    if ((ch.codePointAt(0) ?? 0) < 0x80) ascii++;
    else if (isEastAsian(ch)) eastAsian++;
    else other++;
  }
  return eastAsian > 0 && other <= (eastAsian + ascii) * 0.05;
}
