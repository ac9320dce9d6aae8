/**
 * Markdown nested deeper than any report is (5,000 list or quote levels on one
 * line: "- - - …", "> > > …") makes remark recurse past the stack and parse in
 * quadratic time. Before parsing, the container markers past MAX_NESTING on a
 * line are replaced by spaces of the same length: every offset stays the
 * user's, the text stays, and the deeper levels are read as plain text of the
 * last level kept. The caller adds one warning saying so.
 */

/** list and quote levels a line may open before the rest are read as text */
export const MAX_NESTING = 100;

/**
 * Lists nested by indentation, a level per line, deepen without any line
 * holding many markers: a marker indented past this many columns opens no
 * new level (a report's lists are indented a few columns at most).
 */
export const MAX_INDENT = 2 * MAX_NESTING;

/** one container marker at the cursor: a quote ">", a bullet "-", "*", "+" or an ordinal "1." / "1)" followed by a space */
const MARKER = /[ \t]{0,3}(?:>|(?:[-*+]|[0-9]{1,9}[.)])(?=[ \t]|$))[ \t]?/y;

export interface CappedNesting {
  /** the text to parse (the input when nothing was flattened) */
  text: string;
  /** 1-based lines whose markers past the cap were blanked */
  lines: number[];
}

const LEADING_BLANKS = /^[ \t]*/;

/** the markers of `line` past `max` levels blanked (same length); a line indented past MAX_INDENT keeps none */
function capLine(line: string, max: number): string | undefined {
  const indent = LEADING_BLANKS.exec(line)![0].length;
  const deep = indent > MAX_INDENT;
  const keep = deep ? 0 : max;
  let depth = 0;
  let at = deep ? indent : 0;
  let cut = deep ? indent : -1;
  for (;;) {
    MARKER.lastIndex = at;
    const m = MARKER.exec(line);
    if (!m || m[0].length === 0) break;
    depth++;
    at += m[0].length;
    if (depth === keep) cut = at;
  }
  if (depth <= keep || cut < 0) return undefined;
  return line.slice(0, cut) + line.slice(cut, at).replace(/[^\t]/g, ' ') + line.slice(at);
}

/** `text` with every line's list and quote markers past `max` levels blanked */
export function capMarkdownNesting(text: string, max = MAX_NESTING): CappedNesting {
  const lines: number[] = [];
  // the text is copied only from its first capped line on (almost no text has one)
  let out = '';
  let copied = 0;
  let from = 0;
  let line = 1;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const capped = end - from > max ? capLine(text.slice(from, end), max) : undefined;
    if (capped !== undefined) {
      lines.push(line);
      out += text.slice(copied, from) + capped;
      copied = end;
    }
    if (nl < 0) break;
    from = nl + 1;
    line++;
  }
  return { text: lines.length > 0 ? out + text.slice(copied) : text, lines };
}

/** the warning for a text whose nesting was flattened */
export function nestingNotice(lines: readonly number[], max = MAX_NESTING): string {
  const where = lines.length === 1 ? `第 ${lines[0]} 行` : `第 ${lines[0]} 行等 ${lines.length} 行`;
  return `${where}的列表或引用嵌套超过 ${max} 层：更深的层级已按普通文字读取（原文未改动），这些地方的检查可能不完整。请确认文件内容是否正确。`;
}

/** the fatal message for a file whose nesting still ran out of stack somewhere (a RangeError) */
export const TOO_DEEP =
  '文件嵌套过深（列表、引用、表格或网页元素一层套一层，超出了读取的限度）：这个文件没有检查完。请确认文件是否完整、是否由程序异常生成。';

/** the error of a recursion that ran out of stack */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
