import type { Help, HelpConfiguration, Option } from 'commander';
import stringWidth from 'string-width';

/** commander's English headings, in Chinese */
const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

/** closing marks that must not begin a line (they stay with the character before) */
const NO_LINE_START = /^[，。、；：？！）》」』”’…·,.;:?!)\]]/;
/** opening marks that must not end a line (they stay with the character after) */
const NO_LINE_END = /[（《「『“‘]$/;

/**
 * A line's pieces to wrap at: a run of letters, digits and ASCII marks is one
 * piece (a flag, a file name, a word); a CJK character is a piece of its own;
 * spaces before a piece belong to it (and are dropped at a line start).
 */
function pieces(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/\s*(?:[\x21-\x7e]+|\S)/g)) {
    const piece = match[0];
    if (out.length > 0 && (NO_LINE_START.test(piece) || NO_LINE_END.test(out[out.length - 1]))) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}

/** wrap at `width` columns as a terminal shows them (a Chinese character is two) */
export function wrapByWidth(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const piece of pieces(line)) {
        if (current !== '' && stringWidth(current + piece) > width) {
          lines.push(current);
          current = piece.trimStart();
        } else {
          current += piece;
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** rows of two columns, the second aligned and wrapped by display width (a row without one is its first column alone) */
export function twoColumns(rows: readonly (readonly [string, string])[], width = 80, indent = 2): string {
  const left = Math.max(...rows.filter(([, right]) => right !== '').map(([l]) => stringWidth(l)));
  const pad = ' '.repeat(indent + left + 2);
  return rows
    .map(([l, right]) => {
      if (right === '') return ' '.repeat(indent) + l;
      const [first, ...rest] = wrapByWidth(right, Math.max(20, width - pad.length)).split('\n');
      return [`${' '.repeat(indent)}${l}${' '.repeat(left - stringWidth(l) + 2)}${first}`, ...rest.map((r) => pad + r)].join('\n');
    })
    .join('\n');
}

/** an option's description, with its default said in Chinese (an empty list is no default worth saying) */
function optionDescription(option: Option): string {
  const value: unknown = option.defaultValue;
  const shown = option.defaultValueDescription ?? (Array.isArray(value) || typeof value === 'boolean' || value === undefined ? undefined : JSON.stringify(value));
  return shown ? `${option.description}（默认：${shown}）` : option.description;
}

/** help laid out by display width, every heading in Chinese */
export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  displayWidth: (text: string) => stringWidth(text),
  boxWrap(this: Help, text: string, width: number) {
    return width < this.minWidthToWrap ? text : wrapByWidth(text, width);
  },
  optionDescription,
};
