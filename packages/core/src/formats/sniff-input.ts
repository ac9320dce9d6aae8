import type { SniffInput } from './types.js';

export function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

/** bytes [from, to) as Latin-1 */
export function ascii(bytes: Uint8Array, from: number, to: number): string {
  const end = Math.min(bytes.length, to);
  if (end <= from) return '';
  // whole pieces at once through apply (a string grown byte by byte allocated a piece per byte; a spread iterates); 4096 arguments at most
  let out = '';
  for (let at = from; at < end; at += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + 4096)) as unknown as number[]);
  }
  return out;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP);

function indexOfSignature(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04) return i;
  }
  return -1;
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

/** The start of a text file without BOM and leading whitespace, lower-cased (ASCII only). */
function textHead(bytes: Uint8Array, length = 4096): string {
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

function extensionOf(filePath: string): string {
  const m = /(\.[^./\\]+)$/.exec(filePath);
  return m ? m[1].toLowerCase() : '';
}

export function sniffInput(bytes: Uint8Array, filePath: string, textExtensions: readonly string[]): SniffInput {
  const ext = extensionOf(filePath);
  let entries: string[] | undefined;
  return {
    bytes,
    ext,
    textName: textExtensions.includes(ext),
    start: ascii(bytes, 0, 1024),
    textHead: textHead(bytes),
    zipEntries: () => (entries ??= isZip(bytes) ? zipEntryNames(bytes) : []),
  };
}
