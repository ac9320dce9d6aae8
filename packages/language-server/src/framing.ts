import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/** a header block longer than this is not a header */
const MAX_HEADER_BYTES = 8 * 1024;

/** a message larger than this is refused (the server lints at most a few MB of text) */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const LENGTH_FIELD = Buffer.from('content-length', 'ascii');

/** where the next "Content-Length" (any case) starts in `buffer` at or after `from`, or -1 */
function nextLengthField(buffer: Buffer, from: number): number {
  for (let i = from; i + LENGTH_FIELD.length <= buffer.length; i++) {
    let j = 0;
    while (j < LENGTH_FIELD.length && (buffer[i + j] | 0x20) === LENGTH_FIELD[j]) j++;
    if (j === LENGTH_FIELD.length) return i;
  }
  return -1;
}

/** the body length a header block declares, or the reason it is not a valid header */
export function readHeader(block: string): number | string {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return `头部一行没有冒号：${JSON.stringify(line.slice(0, 80))}`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,12}$/.test(value)) return `Content-Length 不是非负整数：${JSON.stringify(value.slice(0, 80))}`;
    length = Number(value);
  }
  if (length === undefined) return '头部没有 Content-Length';
  if (length > MAX_MESSAGE_BYTES) return `Content-Length ${length} 超过上限 ${MAX_MESSAGE_BYTES}`;
  return length;
}

/**
 * Passes well-framed LSP messages through unchanged and drops what is not
 * (a bad or missing Content-Length, garbage between messages), then reads on
 * from the next "Content-Length" header, so a bad frame costs only itself.
 * vscode-jsonrpc's own reader, given such input, skips that header but then
 * reads every later body as a header, and never recovers.
 */
export class FramingRepair extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** body bytes still to pass through for the current message, or -1 between messages */
  private bodyLeft = -1;

  constructor(private readonly onDropped: (reason: string, bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.drain();
    callback();
  }

  private drain(): void {
    while (this.pending.length > 0) {
      if (this.bodyLeft >= 0) {
        const take = Math.min(this.bodyLeft, this.pending.length);
        // keep whole messages together for the reader: pass the body only when it is complete
        if (take < this.bodyLeft) return;
        this.push(this.pending.subarray(0, take));
        this.pending = this.pending.subarray(take);
        this.bodyLeft = -1;
        continue;
      }
      const end = this.pending.indexOf(HEADER_END);
      if (end < 0) {
        if (this.pending.length > MAX_HEADER_BYTES) this.skip(`${this.pending.length} 字节中没有消息头的结尾`);
        return;
      }
      const header = readHeader(this.pending.subarray(0, end).toString('latin1'));
      if (typeof header === 'string') {
        this.skip(header);
        continue;
      }
      this.push(this.pending.subarray(0, end + HEADER_END.length));
      this.pending = this.pending.subarray(end + HEADER_END.length);
      this.bodyLeft = header;
    }
  }

  /** drop the bad frame at the start of `pending`, up to the next header (or all of it but a possible start of one) */
  private skip(reason: string): void {
    const next = nextLengthField(this.pending, 1);
    const keep = next >= 0 ? next : Math.max(1, this.pending.length - (LENGTH_FIELD.length - 1));
    this.onDropped(reason, keep);
    this.pending = this.pending.subarray(keep);
  }
}
