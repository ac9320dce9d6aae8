/**
 * Changes to make by hand in Word (a .docx, .pdf or .html cannot be fixed in
 * place): "第12段：把“2021]30 号”改为“〔2021〕30号”", from a fix's range in
 * the text view and its replacement text.
 */
import type { TextEdit } from '@xxgk-lint/core/browser';

/** a change shorter than this is shown with the characters around it, so it can be found */
const MIN_SHOWN = 4;
const MAX_CONTEXT = 6;

export function changeWords(where: string, source: string, fix: TextEdit): string {
  let [start, end] = fix.range;
  const [from, to] = fix.range;
  let extra = 0;
  while (end - start < MIN_SHOWN && extra < MAX_CONTEXT) {
    const before = start > 0 && source[start - 1] !== '\n' ? 1 : 0;
    const after = end < source.length && source[end] !== '\n' ? 1 : 0;
    if (!before && !after) break;
    start -= before;
    end += after;
    extra++;
  }
  const was = source.slice(start, end);
  const now = source.slice(start, from) + fix.text + source.slice(to, end);
  if (was === '') return `${where}：插入“${fix.text}”`;
  if (now === '') return `${where}：删去“${was}”`;
  return `${where}：把“${was}”改为“${now}”`;
}

/** "报告.txt" → "报告（已修正）.txt" */
export function fixedFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}（已修正）${name.slice(dot)}` : `${name}（已修正）`;
}
