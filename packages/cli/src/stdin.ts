import { Buffer } from 'node:buffer';
import type { Readable } from 'node:stream';

/**
 * A stream's bytes, but never more than maxBytes + 1 of them: past that the stream is left
 * (`--stdin < /dev/zero` must not grow without end), and the one byte over the cap lets the
 * linter give its "文件过大" result as it does for a file.
 */
export async function readBounded(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const limit = maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    const room = limit - total;
    chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
    total += Math.min(bytes.length, room);
    // leaving the loop destroys the stream: nothing more is read
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}
