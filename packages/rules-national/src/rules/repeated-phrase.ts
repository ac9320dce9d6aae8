import type { Rule } from '@xxgk-lint/core';
import { isHan } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { scanProse } from '../scan.js';
import { isTableWords } from '../table-words.js';

const MIN = 2;
const MAX = 10;
/** a heading line: its repetition in the text below is not a typo ("（一）主动公开" / "主动公开……") */
const HEADING_LINE = /^[ \t\u3000]*(#{1,6}[ \t]*)?(\*\*)?([（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[.．、]|第[一二三四五六七八九十]+)/;

function allHan(s: string): boolean {
  for (const ch of s) if (!isHan(ch)) return false;
  return true;
}

/** a UTF-16 unit that may start a Han character: a BMP ideograph (isHan's BMP ranges) or a high surrogate (checked in full later) */
function mayStartHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdbff);
}

/** text[at, at + len) === text[at + len, at + 2·len), compared unit by unit without slicing */
function repeatsAt(text: string, at: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(at + k) !== text.charCodeAt(at + len + k)) return false;
  return true;
}

/** "一点一点", "一项一项", "一步一步": 一 + a measure word, doubled on purpose */
function oneByOne(s: string): boolean {
  return s.length === 2 && s[0] === '一' && isHan(s[1]);
}

/** the last index seen of each UTF-16 unit while `nextSameUnit` runs; -1 between runs (each run resets what it set) */
const lastSeen = new Int32Array(0x10000).fill(-1);

/** for each index, the next index holding the same UTF-16 unit (-1: none), in one pass from the end */
function nextSameUnit(text: string): Int32Array {
  const next = new Int32Array(text.length);
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    next[i] = lastSeen[code];
    lastSeen[code] = i;
  }
  for (let i = 0; i < text.length; i++) lastSeen[text.charCodeAt(i)] = -1;
  return next;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

export const repeatedPhrase: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    docs: {
      description: '同一词语连续重复（如“可以通过可以通过”）',
      url: docsUrl('repeated-phrase'),
      basis: ['怀化市 2022 年通知：“文字严谨”；公开发布的报告中出现过“可以通过可以通过”（domain.md §6.3）'],
      category: 'writing',
    },
    messages: {
      repeated: '“{{phrase}}”连续写了两遍：请删去重复的一处。',
    },
  },
  create(context) {
    const source = context.sourceCode.text;
    const lines = context.sourceCode.lines;
    const blocks: [number, number][] = [];
    const addBlock = (node: Positioned) => {
      if (node.position) blocks.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    };
    /** index of the innermost block holding an offset (-1 outside any) */
    const blockOf = (offset: number) => {
      let found = -1;
      for (let b = 0; b < blocks.length; b++) if (offset >= blocks[b][0] && offset < blocks[b][1]) found = b;
      return found;
    };
    return {
      paragraph: addBlock,
      heading: addBlock,
      'Report:exit'() {
        blocks.sort((a, b) => a[0] - b[0]);
        const scan = scanProse(context);
        const text = scan.prose.value;
        const map = scan.prose.map;
        // a table the model read out of running text (a crawler's flattened page) is still in the prose
        const tables = Object.values(context.annualReport.tables).flatMap((t) => (t?.found === 'flattened' ? [t.range] : []));
        const inTable = (offset: number) => tables.some(([s, e]) => offset >= s && offset < e);
        // a repeat of length len at i has text[i + len] === text[i]: only those lengths are tried, longest first
        const next = nextSameUnit(text);
        const lengths = new Int32Array(MAX + 1);
        let i = 0;
        while (i < text.length) {
          let found = 0;
          // a phrase is all Han: a position that starts with anything else starts none (no slicing ten lengths there)
          const head = text.charCodeAt(i);
          const maxLen = mayStartHan(head) ? Math.min(MAX, Math.floor((text.length - i) / 2)) : 0;
          let count = 0;
          for (let j = next[i]; j !== -1 && j - i <= maxLen; j = next[j]) if (j - i >= MIN) lengths[count++] = j - i;
          while (count > 0) {
            const len = lengths[--count];
            if (!repeatsAt(text, i, len)) continue;
            const phrase = text.slice(i, i + len);
            if (!allHan(phrase)) continue;
            if (new Set(phrase).size === 1 || oneByOne(phrase)) continue;
            if (isTableWords(phrase)) {
              // step over it whole: "政复议行" inside "行政复议行政复议" is the same debris
              found = len;
              break;
            }
            if (scan.skipped(i, i + 2 * len)) continue;
            const first = map[i];
            const second = map[i + len];
            const last = map[i + 2 * len - 1];
            if (blockOf(first) !== blockOf(last) || inTable(first)) continue;
            // across a line break, a heading line and the text under it repeat on purpose
            if (source.slice(first, last).includes('\n')) {
              const line = lines.locate(first).line;
              const lineText = source.slice(...lines.lineRange(line));
              if (HEADING_LINE.test(lineText) || lineText.trim().length <= 20) continue;
            }
            const range = scan.range(i + len, i + 2 * len);
            context.report({
              messageId: 'repeated',
              data: { phrase },
              range,
              suggest: [{ desc: `删去重复的“${phrase}”`, fix: (fixer) => fixer.removeRange([second, range[1]]) }],
            });
            found = len;
            break;
          }
          i += found > 0 ? 2 * found : 1;
        }
      },
    };
  },
};
