/**
 * Text embedded in the page inside <script type="text/plain">: "<" before
 * "/script" or "!--" is written as U+E000, so the HTML parser never ends the
 * element early; decoding puts each "<" back. The build refuses a text that
 * already holds U+E000.
 */
export const EMBED_MARK = '\uE000';

export function encodeEmbedded(text: string): string {
  if (text.includes(EMBED_MARK)) throw new Error('embedded text already holds U+E000');
  return text.replace(/<(?=\/script|!--)/gi, EMBED_MARK);
}

export function decodeEmbedded(text: string): string {
  return text.replaceAll(EMBED_MARK, '<');
}
