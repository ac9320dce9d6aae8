import { loadStringWidth } from './string-width-sync.js';

let stringWidth: ((text: string) => number) | undefined;

/**
 * The columns of one UTF-16 unit that is a whole grapheme on its own and whose
 * width string-width gives without segmenting: printable ASCII, CJK ideographs,
 * CJK punctuation (less the combining tone marks U+302A–302F), fullwidth forms,
 * and the ambiguous-width marks Chinese prose uses (narrow, as string-width
 * counts them). 0 means "not one of these": the text goes to string-width.
 * test/display-width.test.ts checks every unit here against string-width.
 */
function simpleWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return 1;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if (code >= 0x3400 && code <= 0x4dbf) return 2;
  if ((code >= 0x3000 && code <= 0x3029) || (code >= 0x3030 && code <= 0x303e)) return 2;
  if ((code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)) return 2;
  switch (code) {
    case 0xb7: // ·
    case 0xd7: // ×
    case 0x2014: // —
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2026: // …
    case 0x2139: // ℹ
    case 0x26a0: // ⚠
    case 0x2716: // ✖
      return 1;
    default:
      return 0;
  }
}

/**
 * Terminal columns of `text`, exactly as string-width counts them (CJK two,
 * ANSI escapes none): a scan of char codes for text made only of the units
 * above, string-width (loaded then) for anything else.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = simpleWidth(text.charCodeAt(i));
    if (w === 0) {
      stringWidth ??= loadStringWidth();
      return stringWidth(text);
    }
    width += w;
  }
  return width;
}
