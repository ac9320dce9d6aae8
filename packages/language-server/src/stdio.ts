// `--stdio` start-up (bin/xxgk-lint-language-server.js): `initialize` is
// answered as soon as it arrives, from capabilities.ts, while
// vscode-languageserver (~400 CommonJS files) and the server's modules load;
// core and the rules load later still, in the lint worker. The connection then
// reads the same initialize request (its handler takes the settings and
// folders from it) and its own answer, the same result, is not sent twice.
import { PassThrough, Transform } from 'node:stream';
import type { Readable, TransformCallback, Writable } from 'node:stream';
import { initializeResult } from './capabilities.js';
import { FramingRepair, readHeader } from './framing.js';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/** `body` framed as an LSP message */
export function frame(body: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${json.length}\r\n\r\n`, 'ascii'), json]);
}

/** the length of the first whole message of `buffer` (framed, as FramingRepair passes them), header included; undefined before its header is complete */
function firstLength(buffer: Buffer): number | undefined {
  const end = buffer.indexOf(HEADER_END);
  if (end < 0) return undefined;
  const length = readHeader(buffer.subarray(0, end).toString('latin1'));
  return typeof length === 'string' ? undefined : end + HEADER_END.length + length;
}

/** the first whole message's body, or undefined while incomplete */
function firstBody(buffer: Buffer): Buffer | undefined {
  const length = firstLength(buffer);
  if (length === undefined || buffer.length < length) return undefined;
  return buffer.subarray(buffer.indexOf(HEADER_END) + HEADER_END.length, length);
}

/** the id of an initialize request, or undefined for anything else */
export function initializeId(body: Buffer): number | string | undefined {
  try {
    const message = JSON.parse(body.toString('utf8')) as { method?: unknown; id?: unknown };
    const { id } = message;
    return message.method === 'initialize' && (typeof id === 'number' || typeof id === 'string') ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Passes the server's messages through, except the first response to
 * request `id` (the initialize result already sent). Messages are buffered
 * only until that one has gone by.
 */
export class DropResponse extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private dropped = false;

  constructor(private readonly id: number | string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.dropped) return callback(null, chunk);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (let body = firstBody(this.pending); body && !this.dropped; body = firstBody(this.pending)) {
      const size = body.byteOffset - this.pending.byteOffset + body.length;
      const message = this.pending.subarray(0, size);
      this.pending = this.pending.subarray(size);
      if (isResponseTo(body, this.id)) this.dropped = true;
      else this.push(message);
    }
    if (this.dropped && this.pending.length > 0) {
      this.push(this.pending);
      this.pending = Buffer.alloc(0);
    }
    callback();
  }
}

function isResponseTo(body: Buffer, id: number | string): boolean {
  try {
    const message = JSON.parse(body.toString('utf8')) as { id?: unknown; method?: unknown };
    return message.id === id && message.method === undefined;
  } catch {
    return false;
  }
}

/** what came in before the first whole message was complete (all of it, when the input ends first) */
function readFirstMessage(input: Readable): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    /** the first message's length once its header is in (FramingRepair passes a whole header block at once) */
    let needed: number | undefined;
    const done = () => {
      input.off('data', onData);
      input.off('end', done);
      input.pause();
      resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      needed ??= firstLength(Buffer.concat(chunks, size));
      if (needed !== undefined && size >= needed) done();
    };
    input.on('data', onData);
    input.on('end', done);
  });
}

/** Start the server on stdin/stdout (tests give their own streams), answering initialize first. */
export async function startStdio(
  stdin: Readable = process.stdin,
  stdout: Writable = process.stdout,
  stderr: Writable = process.stderr,
): Promise<unknown> {
  // badly framed input is dropped up to the next header, and said on stderr (the client's server log)
  const framed = stdin.pipe(
    new FramingRepair((reason, bytes) => stderr.write(`xxgk-lint 语言服务器：收到格式错误的消息（${reason}），已丢弃 ${bytes} 字节，从下一条消息继续。\n`)),
  );
  const head = await readFirstMessage(framed);
  const body = firstBody(head);
  const id = body ? initializeId(body) : undefined;
  if (id !== undefined) stdout.write(frame({ jsonrpc: '2.0', id, result: initializeResult() }));
  const { connectStdio } = await import('./server.js');
  const input = new PassThrough();
  input.write(head);
  if (framed.readableEnded) input.end();
  else framed.pipe(input);
  let output: Writable = stdout;
  if (id !== undefined) {
    const filter = new DropResponse(id);
    filter.pipe(stdout);
    output = filter;
  }
  return connectStdio(input, output);
}
