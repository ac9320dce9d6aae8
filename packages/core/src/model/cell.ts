import type { Cell, Range } from './types.js';

const PLACEHOLDER = /^[/／\\\-－—–―一无×xX]+$|^(无|空|不适用)$/;
const NUMBER = /^([+＋\-－−﹣]?)([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(万元|元|件|条|个|项|次)?\s*(.*)$/s;

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．]/g, '.');
}

function isAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** "50（营业执照）" → 50 with a note; blank, "/", "—" → not a number. */
export function parseCell(raw: string, range: Range): Cell {
  const text = raw.trim();
  if (text === '') return { raw: text, kind: 'blank', value: null, range };
  // most cells are plain ASCII digits ("0", "14"): what NUMBER would read, without the regex and the replaces
  if (isAsciiDigits(text)) return { raw: text, kind: 'number', value: Number(text), range };
  if (PLACEHOLDER.test(text)) return { raw: text, kind: 'placeholder', value: null, range };
  const m = NUMBER.exec(text);
  if (!m) return { raw: text, kind: 'text', value: null, range };
  const digits = toAsciiDigits(m[2]).replace(/[,，]/g, '');
  const value = Number(digits) * (m[1] && !/[+＋]/.test(m[1]) ? -1 : 1);
  const cell: Cell = { raw: text, kind: 'number', value, range };
  if (m[3]) cell.unit = m[3];
  if (m[4]) cell.note = m[4].trim();
  return cell;
}

/** a cell that can stand where a number belongs (even if blank) */
export function isValueLike(cell: Cell): boolean {
  return cell.kind !== 'text';
}
