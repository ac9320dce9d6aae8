import { ascii, isZip, startsWith } from './sniff-input.js';
import type { SniffInput } from './types.js';

/**
 * Files xxgk-lint cannot read, known by their first bytes, each with what to
 * convert it to: legacy Word/WPS, RTF, single-file web pages, OpenDocument,
 * OFD, other zips (Excel, PowerPoint…), images.
 */

export type UnsupportedKind = 'ole' | 'rtf' | 'mht' | 'odt' | 'ofd' | 'zip' | 'image' | 'wps';

export interface Refused {
  format: 'unsupported';
  kind: UnsupportedKind;
  message: string;
}

/** files a folder walk also picks up, so that they get a "please convert" message instead of silence */
export const CONVERT_EXTENSIONS = ['.doc', '.wps'];

const CONVERT_TO_DOCX = '请在 Word 或 WPS 中打开，“另存为” .docx 格式（不设密码）后再检查；也可以提供可复制文字的 PDF 或 .txt。';

const UNSUPPORTED: Record<UnsupportedKind, string> = {
  ole: `这是旧版 Word（.doc）或 WPS（.wps）文件，也可能是设了打开密码的 Word 文件，xxgk-lint 不能直接读取：${CONVERT_TO_DOCX}`,
  wps: `这是 WPS 文字的旧格式（.wps），xxgk-lint 不能直接读取：${CONVERT_TO_DOCX}`,
  rtf: `这是 RTF 文件，xxgk-lint 不能直接读取：${CONVERT_TO_DOCX}`,
  mht: '这是单个文件网页（.mht/.mhtml），xxgk-lint 不能直接读取：请在浏览器中打开后“另存为”网页（.html），或在 Word 中“另存为” .docx 后再检查。',
  odt: '这是 OpenDocument 文本（.odt），xxgk-lint 不能直接读取：请在 WPS、Word 或 LibreOffice 中“另存为” .docx 后再检查。',
  ofd: '这是 OFD 版式文件，xxgk-lint 不能直接读取：请用 OFD 阅读器“另存为”或“打印为” PDF，或提供 .docx 原稿后再检查。',
  zip: '这是压缩包或 Excel、PowerPoint 等文件，不是 Word 文档：请提供年度报告本身（.docx、.pdf、.html、.txt 或 .md）。',
  image: '这是图片（{{kind}}），里面没有可检查的文字：请提供报告的文字版（.docx、.txt），或可复制文字的 PDF。',
};

const refused = (kind: UnsupportedKind, message = UNSUPPORTED[kind]): Refused => ({ format: 'unsupported', kind, message });

function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'WebP';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26 && bytes[14] >= 12 && bytes[15] === 0 && bytes[6] === 0 && bytes[7] === 0) return 'BMP';
  if (ascii(bytes, 4, 12) === 'ftypheic' || ascii(bytes, 4, 12) === 'ftypheix' || ascii(bytes, 4, 12) === 'ftypmif1') return 'HEIC';
  return null;
}

/** a zip that is an OpenDocument or OFD file, not a Word document under any name */
export function otherOfficeZip(input: SniffInput): 'odt' | 'ofd' | undefined {
  const names = input.zipEntries();
  if (names[0] === 'mimetype' && ascii(input.bytes, 38, 80).startsWith('application/vnd.oasis.opendocument')) return 'odt';
  if (names.some((n) => /^OFD\.xml$/i.test(n))) return 'ofd';
  return undefined;
}

/** Why the file cannot be read, when its first bytes say so (asked after the formats' signatures). */
export function refusal(input: SniffInput): Refused | undefined {
  const { bytes, ext } = input;
  if (isZip(bytes)) return refused(otherOfficeZip(input) ?? 'zip');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return refused(ext === '.wps' ? 'wps' : 'ole');
  if (input.start.startsWith('{\\rtf')) return refused('rtf');
  const image = imageKind(bytes);
  if (image) return refused('image', UNSUPPORTED.image.replace('{{kind}}', image));
  const text = input.textHead;
  if (/^mime-version:/.test(text) || (/^from:|^content-type: multipart\/related/.test(text) && text.includes('multipart/related'))) return refused('mht');
  return undefined;
}
