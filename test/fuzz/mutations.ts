/**
 * Mutations of a seed report, as small recipes: fast-check generates and
 * shrinks the recipe (which a failure prints, to be replayed), and
 * `applyOps` turns it into the text or bytes that are linted.
 */
import { centralDirectory, writeU16, writeU32, zipEntries } from './zip.js';

/** positions are taken modulo the input's length, so a recipe fits any seed */
export type Op =
  | { op: 'flip'; at: number; xor: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'nest'; at: number; style: NestStyle; depth: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'docx-entry'; entry: number; at: number; xor: number }
  | { op: 'docx-header'; entry: number; field: DocxField; value: number }
  | { op: 'docx-cut-central'; at: number }
  | { op: 'pdf-xref'; mode: PdfXrefMode; at: number }
  | { op: 'html-charset'; value: string };

export type NestStyle = 'quote' | 'list' | 'indented-list' | 'md-table' | 'div' | 'table' | 'paren';
/** the local header fields a zip bomb or a broken writer gets wrong */
export type DocxField = 'method' | 'compressed-size' | 'size' | 'name-length' | 'flags';
export type PdfXrefMode = 'cut-after-startxref' | 'bad-offset' | 'drop-eof' | 'cut-xref' | 'garble-trailer';

const FIELD_OFFSET: Record<DocxField, { at: number; width: 2 | 4 }> = {
  flags: { at: 6, width: 2 },
  method: { at: 8, width: 2 },
  'compressed-size': { at: 18, width: 4 },
  size: { at: 22, width: 4 },
  'name-length': { at: 26, width: 2 },
};

/** one level of nesting, opened (and, where the syntax closes, closed) */
const NEST: Record<NestStyle, { open: (level: number) => string; close?: string; inner: string }> = {
  quote: { open: () => '> ', inner: '引用的段落\n' },
  list: { open: () => '- ', inner: '列表项\n' },
  'indented-list': { open: (level) => `\n${'  '.repeat(level)}- 第${level}层`, inner: '\n' },
  'md-table': { open: () => '| ', inner: '表格 | 1 |\n' },
  div: { open: () => '<div>', close: '</div>', inner: '正文段落' },
  table: { open: () => '<table><tr><td>', close: '</td></tr></table>', inner: '1' },
  paren: { open: () => '（', close: '）', inner: '说明' },
};

export function nesting(style: NestStyle, depth: number): string {
  const nest = NEST[style];
  let open = '';
  for (let level = 0; level < depth; level++) open += nest.open(level);
  return `${open}${nest.inner}${nest.close ? nest.close.repeat(depth) : ''}`;
}

/** text as bytes the way a broken writer stores it: UTF-8, but a lone surrogate as its 3 bytes (WTF-8) */
export function wtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return Uint8Array.from(out);
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** the start of the line at or after `at` (the input's end if there is none) */
function lineStartBytes(bytes: Uint8Array, at: number): number {
  if (at === 0) return 0;
  const newline = bytes.indexOf(0x0a, at);
  return newline < 0 ? bytes.length : newline + 1;
}

function lineStartText(text: string, at: number): number {
  if (at === 0) return 0;
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline + 1;
}

const mod = (at: number, length: number) => (length === 0 ? 0 : at % length);

/** where nested HTML goes: inside <body> when there is one */
function htmlNestPoint(bytes: Uint8Array, at: number): number {
  const text = latin1(bytes);
  const body = text.search(/<body[^>]*>/i);
  if (body < 0) return lineStartBytes(bytes, at);
  return text.indexOf('>', body) + 1;
}

export function applyToBytes(input: Uint8Array, ops: readonly Op[], isHtml: boolean): Uint8Array {
  let bytes = new Uint8Array(input);
  for (const op of ops) bytes = applyByteOp(bytes, op, isHtml);
  return bytes;
}

function applyByteOp(bytes: Uint8Array, op: Op, isHtml: boolean): Uint8Array {
  switch (op.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const at = mod(op.at, bytes.length);
      bytes[at] = bytes[at]! ^ op.xor;
      return bytes;
    }
    case 'truncate':
      return bytes.slice(0, mod(op.at, bytes.length + 1));
    case 'insert':
      return splice(bytes, mod(op.at, bytes.length + 1), 0, wtf8(op.text));
    case 'nest': {
      const at = isHtml ? htmlNestPoint(bytes, op.at) : lineStartBytes(bytes, mod(op.at, bytes.length + 1));
      return splice(bytes, at, 0, wtf8(nesting(op.style, op.depth)));
    }
    case 'repeat': {
      const at = mod(op.at, bytes.length + 1);
      const piece = bytes.subarray(at, Math.min(bytes.length, at + op.length));
      const repeated = new Uint8Array(piece.length * op.times);
      for (let i = 0; i < op.times; i++) repeated.set(piece, i * piece.length);
      return splice(bytes, at, 0, repeated);
    }
    case 'docx-entry': {
      const entries = zipEntries(bytes);
      if (entries.length === 0) return bytes;
      const entry = entries[op.entry % entries.length]!;
      if (entry.size === 0) return bytes;
      const at = entry.data + mod(op.at, entry.size);
      bytes[at] = bytes[at]! ^ op.xor;
      return bytes;
    }
    case 'docx-header': {
      const entries = zipEntries(bytes);
      if (entries.length === 0) return bytes;
      const entry = entries[op.entry % entries.length]!;
      const field = FIELD_OFFSET[op.field];
      if (field.width === 2) writeU16(bytes, entry.header + field.at, op.value);
      else writeU32(bytes, entry.header + field.at, op.value);
      return bytes;
    }
    case 'docx-cut-central': {
      const central = centralDirectory(bytes);
      if (central < 0) return bytes;
      return bytes.slice(0, central + mod(op.at, bytes.length - central));
    }
    case 'pdf-xref':
      return corruptXref(bytes, op.mode, op.at);
    case 'html-charset':
      return fromLatin1(breakCharset(latin1(bytes), op.value));
  }
}

function corruptXref(bytes: Uint8Array, mode: PdfXrefMode, at: number): Uint8Array {
  const text = latin1(bytes);
  const startxref = text.lastIndexOf('startxref');
  if (startxref < 0) return bytes;
  switch (mode) {
    case 'cut-after-startxref':
      return bytes.slice(0, startxref + 'startxref'.length + mod(at, 8));
    case 'bad-offset':
      return fromLatin1(text.slice(0, startxref) + text.slice(startxref).replace(/\d+/, String(at)));
    case 'drop-eof':
      return fromLatin1(text.replace(/%%EOF\s*$/, ''));
    case 'cut-xref': {
      const xref = text.lastIndexOf('xref', startxref - 1);
      const from = xref < 0 ? startxref : xref;
      return bytes.slice(0, from + mod(at, Math.max(1, startxref - from)));
    }
    case 'garble-trailer': {
      const trailer = text.lastIndexOf('trailer');
      const from = trailer < 0 ? startxref : trailer;
      return fromLatin1(text.slice(0, from) + text.slice(from).replace(/\/(Root|Size|Info)/g, '/Xoot'));
    }
  }
}

/** the page's charset declaration replaced by `value` (one is added to <head> when there is none) */
export function breakCharset(html: string, value: string): string {
  const declared = /(charset\s*=\s*["']?)([^"'\s>;/]*)/i;
  if (declared.test(html)) return html.replace(declared, (_, prefix: string) => prefix + value);
  return html.replace(/<head[^>]*>/i, (head) => `${head}<meta charset="${value}">`);
}

export function applyToText(input: string, ops: readonly Op[]): string {
  let text = input;
  for (const op of ops) text = applyTextOp(text, op);
  return text;
}

function applyTextOp(text: string, op: Op): string {
  switch (op.op) {
    case 'flip': {
      if (text.length === 0) return text;
      const at = mod(op.at, text.length);
      return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (op.xor * 0x101)) + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, mod(op.at, text.length + 1));
    case 'insert': {
      const at = mod(op.at, text.length + 1);
      return text.slice(0, at) + op.text + text.slice(at);
    }
    case 'nest': {
      const at = lineStartText(text, mod(op.at, text.length + 1));
      return text.slice(0, at) + nesting(op.style, op.depth) + text.slice(at);
    }
    case 'repeat': {
      const at = mod(op.at, text.length + 1);
      return text.slice(0, at) + text.slice(at, at + op.length).repeat(op.times) + text.slice(at);
    }
    default:
      return text; // the format-specific corruptions are of bytes
  }
}
