import { IngestError } from '../errors.js';
import type { HtmlEncoding } from '../types.js';

/** The charset of a web page, and its bytes decoded. */

const GB_LABELS = /^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|iso-ir-58|chinese|gb_2312-80)$/;
const BIG5_LABELS = /^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/;
const UTF8_LABELS = /^(utf-?8|unicode-1-1-utf-8)$/;

/** `<meta charset=…>`, `<meta http-equiv content="…; charset=…">` or `<?xml encoding=…?>` in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let headText = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) headText += String.fromCharCode(bytes[i]);
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(headText);
  if (meta) return meta[1].toLowerCase();
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(headText);
  return xml?.[1].toLowerCase();
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

const REPLACEMENT = /\ufffd/g;

/**
 * Frequent characters written the same in simplified and traditional Chinese: a page decoded
 * with the right charset is full of them, one decoded with the wrong one has few.
 */
const SHARED_FREQUENT = new Set('的一是在不了有人中大年公政府信息工作情民和上以要到出分成可主同也能下行法所得部度家理起加都本件次定日月申依案其他');

function sharedFrequent(text: string): number {
  let count = 0;
  for (const ch of text) if (SHARED_FREQUENT.has(ch)) count++;
  return count;
}

/**
 * A page declared Big5 that is GBK (a template's charset left as it was): Big5 decodes most GBK
 * byte pairs into valid but meaningless characters, so the declaration is checked against the
 * text — GB18030 wins when its text has far more of the frequent characters.
 */
function gbDeclaredBig5(bytes: Uint8Array, big5Text: string): string | undefined {
  const gb = tryDecode('gb18030', bytes, false);
  if (gb === null) return undefined;
  const gbScore = sharedFrequent(gb) - (gb.match(REPLACEMENT)?.length ?? 0);
  const big5Score = sharedFrequent(big5Text) - (big5Text.match(REPLACEMENT)?.length ?? 0);
  return gbScore >= 10 && gbScore > 2 * Math.max(0, big5Score) ? gb : undefined;
}

/**
 * HTML bytes → string. BOM first, then the declared charset (GBK/GB2312 are
 * read as GB18030, their superset; a "Big5" page whose text is GBK is read as GBK), then
 * UTF-8, then GB18030. Web pages often
 * carry a stray bad byte: a declared GB page is decoded leniently as long as
 * almost nothing is lost.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: HtmlEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = declaredCharset(bytes);
  const utf8 = tryDecode('utf-8', bytes, true);
  let label: 'gb18030' | 'big5' | 'utf-8' | undefined;
  if (declared && GB_LABELS.test(declared)) label = 'gb18030';
  else if (declared && BIG5_LABELS.test(declared)) label = 'big5';
  else if (declared && UTF8_LABELS.test(declared)) label = 'utf-8';
  if (label === 'utf-8' || (label === undefined && utf8 !== null)) {
    if (utf8 !== null) return { html: utf8, encoding: 'utf-8' };
    // declared UTF-8 but is not: pages saved from GB systems often say so wrongly
    label = 'gb18030';
  }
  if (label === 'big5' || label === 'gb18030') {
    // a page declared GB that is valid UTF-8 with non-ASCII text was re-saved as UTF-8
    if (utf8 !== null && /[\u0080-\uffff]/.test(utf8) && tryDecode(label, bytes, true) === null) return { html: utf8, encoding: 'utf-8' };
    const text = tryDecode(label, bytes, false) ?? '';
    if (label === 'big5') {
      const gb = gbDeclaredBig5(bytes, text);
      if (gb !== undefined) return { html: gb, encoding: 'gb18030' };
    }
    const bad = text.match(REPLACEMENT)?.length ?? 0;
    if (bad <= Math.max(2, text.length / 1000)) return { html: text, encoding: label === 'big5' ? 'big5' : 'gb18030' };
  }
  if (label === undefined) {
    const gb = tryDecode('gb18030', bytes, true);
    if (gb !== null) return { html: gb, encoding: 'gb18030' };
  }
  throw new IngestError(
    `无法识别网页的编码${declared ? `（网页声明为 ${declared}，但内容不符）` : ''}：请在浏览器中打开后“另存为”网页（UTF-8），或复制正文另存为 .txt。`,
  );
}
