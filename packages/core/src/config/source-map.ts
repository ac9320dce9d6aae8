import type { Document } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { ConfigError } from './errors.js';

/** A parsed JSON/YAML config kept with its document, so a key path can be turned into a line. */
export interface ParsedConfigText {
  value: unknown;
  lineOf(path: (string | number)[]): number | undefined;
}

export function parseConfigText(text: string, file: string): ParsedConfigText {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    throw new ConfigError(`语法错误（${yamlErrorInChinese(error.code)}）：${firstLine(error.message)}`, file, undefined, line);
  }
  const lineOf = (path: (string | number)[]) => {
    let node: unknown = doc.contents;
    let range: [number, number, number] | undefined = (node as { range?: [number, number, number] } | null)?.range ?? undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        range = (pair.key as { range?: [number, number, number] }).range ?? range;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        range = (node as { range?: [number, number, number] } | undefined)?.range ?? range;
      } else break;
    }
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return { value: doc.toJS(), lineOf };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function yamlErrorInChinese(code: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: '键重复',
    BAD_INDENT: '缩进不对',
    MISSING_CHAR: '缺少字符',
    UNEXPECTED_TOKEN: '出现了意外的符号',
    BLOCK_AS_IMPLICIT_KEY: '键的写法不对',
    MULTILINE_IMPLICIT_KEY: '键不能跨行',
    TAB_AS_INDENT: '不能用制表符缩进',
  };
  return known[code] ?? code;
}
