import { InflateBudget, checkDeclaredSizes, ZIP_LIMITS } from './zip-limits.js';
import type { ZipLimits } from './zip-limits.js';

/**
 * A zip's entries read from the raw bytes (central directory), and a part inflated with the
 * web-standard DecompressionStream (Node and browsers alike) while its bytes are counted: a part
 * past the limits stops inflating at once, whatever its header claims.
 */

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

export class ZipDamaged extends Error {}

/** the end-of-central-directory record, searched backwards over the comment (≤ 64 KB) */
function endOfCentralDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at;
  }
  return -1;
}

/** the central directory's entries; bytes before the zip (a prefix) are allowed for, as zip readers do */
function centralDirectory(bytes: Uint8Array): Entry[] {
  const end = endOfCentralDirectory(bytes);
  if (end < 0) throw new ZipDamaged('no end of central directory');
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  const shift = end - (offset + size);
  if (shift < 0) throw new ZipDamaged('central directory out of range');
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipDamaged('bad central directory entry');
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressed: u32(bytes, at + 20),
      uncompressed: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42) + shift,
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** the compressed bytes of an entry, after its local header */
function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipDamaged(`bad local header for ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressed > bytes.length) throw new ZipDamaged(`${entry.name} is cut off`);
  return bytes.subarray(start, start + entry.compressed);
}

const INPUT_CHUNK = 64 * 1024;

/** inflates raw deflate data, calling `check(soFar)` as output arrives (it throws to stop) */
async function inflate(data: Uint8Array, check: (soFar: number) => void): Promise<Uint8Array> {
  let fed = 0;
  const input = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (fed >= data.length) {
        controller.close();
        return;
      }
      controller.enqueue(data.slice(fed, fed + INPUT_CHUNK));
      fed += INPUT_CHUNK;
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      check(total);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private readonly budget: InflateBudget;
  /** each part is inflated once (the numbering pass and mammoth read the same parts) */
  private readonly inflated = new Map<string, Promise<Uint8Array>>();

  /** throws ZipDamaged when there is no zip to read, the zip-bomb IngestError past the declared limits */
  constructor(private readonly bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS) {
    const entries = centralDirectory(bytes);
    checkDeclaredSizes(entries, limits);
    for (const entry of entries) this.entries.set(entry.name, entry);
    this.budget = new InflateBudget(limits);
  }

  exists(name: string): boolean {
    return this.entries.has(name);
  }

  /** an entry's bytes, inflated within the limits */
  read(name: string): Promise<Uint8Array> {
    let read = this.inflated.get(name);
    if (!read) {
      read = this.inflateEntry(name);
      this.inflated.set(name, read);
    }
    return read;
  }

  private async inflateEntry(name: string): Promise<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipDamaged(`missing part ${name}`);
    if (entry.flags & 1) throw new ZipDamaged(`${name} is encrypted`);
    const data = dataOf(this.bytes, entry);
    const check = (soFar: number) => this.budget.check(name, soFar);
    let out: Uint8Array;
    if (entry.method === 0) {
      check(data.length);
      out = data;
    } else if (entry.method === 8) {
      out = await inflate(data, check);
    } else {
      throw new ZipDamaged(`${name}: compression method ${entry.method}`);
    }
    this.budget.settle(out.length);
    return out;
  }
}
