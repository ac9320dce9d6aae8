import { randomBytes } from 'node:crypto';
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Encoding } from '@xxgk-lint/core';

function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** Write in the file's own encoding, atomically: a temp file beside it, then rename. */
export function writeAtomically(filePath: string, text: string, encoding: Encoding, bom: boolean): void {
  // a read-only file stays as it is, although a rename could replace it
  accessSync(filePath, constants.W_OK);
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.xxgk-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, encode(text, encoding, bom), { mode: statSync(filePath).mode });
    renameSync(temp, filePath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
