/**
 * Just enough of the zip layout to corrupt a .docx where it hurts: the
 * local entries (header, name, compressed data) and the central directory.
 */

export interface ZipEntry {
  /** offset of the local file header */
  header: number;
  name: string;
  /** offset and length of the entry's (compressed) data */
  data: number;
  size: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** the local entries, in file order; a zip already broken yields what could be walked */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && u32(bytes, at) === LOCAL) {
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    const data = at + 30 + nameLength + extraLength;
    let size = u32(bytes, at + 18);
    if (size === 0 || data + size > bytes.length) size = nextSignature(bytes, data) - data; // sizes in a data descriptor
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    entries.push({ header: at, name, data, size });
    at = data + size;
    while (at + 4 <= bytes.length && u32(bytes, at) !== LOCAL && u32(bytes, at) !== CENTRAL) at++; // skip a data descriptor
  }
  return entries;
}

function nextSignature(bytes: Uint8Array, from: number): number {
  for (let at = from; at + 4 <= bytes.length; at++) {
    const sig = u32(bytes, at);
    if (sig === LOCAL || sig === CENTRAL) return at;
  }
  return bytes.length;
}

/** the offset of the central directory's first record, or -1 */
export function centralDirectory(bytes: Uint8Array): number {
  for (let at = 0; at + 4 <= bytes.length; at++) if (u32(bytes, at) === CENTRAL) return at;
  return -1;
}

export function writeU32(bytes: Uint8Array, at: number, value: number): void {
  for (let i = 0; i < 4; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
}

export function writeU16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
}
