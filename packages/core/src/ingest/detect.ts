/**
 * What a file really is, from its first bytes (and its name only where the
 * bytes cannot tell): a .doc that is an HTML page is read as HTML, a .txt in
 * GBK stays text, a legacy .doc says how to convert it.
 */

/** the formats xxgk-lint reads */
export type InputFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';

export type Sniffed =
  | { format: InputFormat }
  | { format: 'unsupported'; kind: UnsupportedKind; message: string };

export type UnsupportedKind = 'ole' | 'rtf' | 'mht' | 'odt' | 'ofd' | 'zip' | 'image' | 'wps';

export const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt', '.text'];
/** documents read through a converter: Word, web pages, PDF */
export const DOCUMENT_EXTENSIONS = ['.docx', '.html', '.htm', '.shtml', '.xhtml', '.pdf'];
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

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  const end = Math.min(bytes.length, to);
  for (let i = from; i < end; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

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

/** The names in a zip's local file headers, read from the raw bytes (no unzipping). */
function zipEntryNames(bytes: Uint8Array, limit = 64): string[] {
  const names: string[] = [];
  // local file header: PK\x03\x04, name length at 26, extra length at 28, name at 30
  for (let i = 0; i + 30 < bytes.length && names.length < limit; ) {
    const at = indexOfSignature(bytes, i);
    if (at < 0) break;
    const nameLength = bytes[at + 26] | (bytes[at + 27] << 8);
    if (nameLength > 0 && nameLength < 512) names.push(ascii(bytes, at + 30, at + 30 + nameLength));
    i = at + 30 + Math.max(nameLength, 1);
  }
  return names;
}

function indexOfSignature(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04) return i;
  }
  return -1;
}

function sniffZip(bytes: Uint8Array, ext: string): Sniffed {
  const names = zipEntryNames(bytes);
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^word\//) || (has(/^\[Content_Types\]\.xml$/) && ext === '.docx')) return { format: 'docx' };
  if (names[0] === 'mimetype' && ascii(bytes, 38, 80).startsWith('application/vnd.oasis.opendocument')) {
    return { format: 'unsupported', kind: 'odt', message: UNSUPPORTED.odt };
  }
  if (has(/^OFD\.xml$/i)) return { format: 'unsupported', kind: 'ofd', message: UNSUPPORTED.ofd };
  // a .docx whose first entries were cut off still goes to the Word reader, which says it is damaged
  if (ext === '.docx' || ext === '.wps') return { format: 'docx' };
  return { format: 'unsupported', kind: 'zip', message: UNSUPPORTED.zip };
}

/** The start of a text file without BOM and leading whitespace, lower-cased (ASCII only). */
function head(bytes: Uint8Array, length = 4096): string {
  let from = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) from = 3;
  let text = '';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    // UTF-16: keep the ASCII bytes only
    const little = bytes[0] === 0xff;
    for (let i = 2; i + 1 < Math.min(bytes.length, length * 2); i += 2) {
      const code = little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      text += code < 0x80 ? String.fromCharCode(code) : ' ';
    }
  } else {
    text = ascii(bytes, from, from + length);
  }
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 0 || /\s/.test(text[start]))) start++;
  return text.slice(start).toLowerCase();
}

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/;
const HTML_ANYWHERE = /<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*charset/;

export function extensionOf(filePath: string): string {
  const m = /(\.[^./\\]+)$/.exec(filePath);
  return m ? m[1].toLowerCase() : '';
}

/**
 * Sniff the bytes. Content decides: PDF, Word (a zip with word/…), legacy
 * Office (OLE), RTF, images, HTML; everything else is text, Markdown when the
 * name says so.
 */
export function sniffFormat(bytes: Uint8Array, filePath: string): Sniffed {
  const ext = extensionOf(filePath);
  const start = ascii(bytes, 0, 1024);
  if (start.includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes, ext);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { format: 'unsupported', kind: ext === '.wps' ? 'wps' : 'ole', message: ext === '.wps' ? UNSUPPORTED.wps : UNSUPPORTED.ole };
  }
  if (start.startsWith('{\\rtf')) return { format: 'unsupported', kind: 'rtf', message: UNSUPPORTED.rtf };
  const image = imageKind(bytes);
  if (image) return { format: 'unsupported', kind: 'image', message: UNSUPPORTED.image.replace('{{kind}}', image) };
  const text = head(bytes);
  if (/^mime-version:/.test(text) || (/^from:|^content-type: multipart\/related/.test(text) && text.includes('multipart/related'))) {
    return { format: 'unsupported', kind: 'mht', message: UNSUPPORTED.mht };
  }
  if (['.html', '.htm', '.shtml', '.xhtml'].includes(ext)) return { format: 'html' };
  if (HTML_START.test(text)) return { format: 'html' };
  // Word's "save as web page" kept as .doc, and pages saved under other names
  if (!TEXT_EXTENSIONS.includes(ext) && HTML_ANYWHERE.test(text)) return { format: 'html' };
  // a damaged file under its own name goes to its reader, which says what is wrong
  if (ext === '.pdf') return { format: 'pdf' };
  if (ext === '.docx') return { format: 'docx' };
  return { format: ext === '.md' || ext === '.markdown' ? 'markdown' : 'text' };
}
