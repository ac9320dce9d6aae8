import { Readable } from 'node:stream';
import { MAX_INPUT_BYTES, createLinter } from '@xxgk-lint/core';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../src/stdin.js';

/** an endless stream of zero bytes, like /dev/zero, counting what was pulled from it */
function endlessZeros(): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(64 * 1024);
  const stream = new Readable({
    read() {
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe('stdin is read no further than the cap', () => {
  it('an endless stream stops at maxBytes + 1 and is left (destroyed)', async () => {
    const { stream, pulled } = endlessZeros();
    const bytes = await readBounded(stream, 1_000_000);
    expect(bytes.length).toBe(1_000_001);
    expect(stream.destroyed).toBe(true);
    // what was pulled stays within a few chunks of the cap
    expect(pulled()).toBeLessThan(1_000_001 + 4 * 64 * 1024);
  });

  it('a stream within the cap is read whole', async () => {
    expect(Buffer.from(await readBounded(Readable.from([Buffer.from('报告'), Buffer.from('正文')]), 100)).toString()).toBe('报告正文');
  });

  it('at the cap exactly it is still whole', async () => {
    expect((await readBounded(Readable.from([Buffer.alloc(60), Buffer.alloc(40)]), 100)).length).toBe(100);
  });

  it('`--stdin < /dev/zero`: the bytes over the cap get the "文件过大" result', async () => {
    const bytes = await readBounded(endlessZeros().stream, MAX_INPUT_BYTES);
    const result = await createLinter({ noConfig: true }).lintBytes(bytes, { filePath: '<stdin>' });
    expect(result?.messages).toHaveLength(1);
    expect(result?.messages[0]?.fatal).toBe(true);
    expect(result?.messages[0]?.message).toBe('文件过大（50.0 MB，上限 5 MB）：年度报告的文字通常不超过 1 MB，请确认是否选错了文件。');
  });
});
