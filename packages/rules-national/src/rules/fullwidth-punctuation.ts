import type { TextEdit } from '@xxgk-lint/core';
import { defineRule, isAsciiDigit, isChineseContext, isHan } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { foldRuns } from '../fold-runs.js';
import type { PunctuationMarks } from '../punctuation-marks.js';
import { punctuationMarks } from '../punctuation-marks.js';

interface Options {
  /** fold the half-width marks of one paragraph into one finding with one fix */
  fold: boolean;
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAMES: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '左括号', ')': '右括号' };
/** the order marks are listed in a folded message */
const ORDER = [',', ':', ';', '(', ')', '?', '!'];
/** a pair of half-width parentheses: at most this far apart, on one block */
const PAIR_SPAN = 80;

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const FULL_OPEN_PAREN = 0xff08;
const FULL_CLOSE_PAREN = 0xff09;
const LINE_FEED = 0x0a;

/** prose indices of the half-width marks standing in Chinese text, in order (`marks`: the document's punctuation marks) */
function halfWidthMarks({ scan, at: marks }: PunctuationMarks): number[] {
  const text = scan.prose.value;
  const flagged = new Set<number>();

  // parentheses first, as pairs: "(一)主动公开", "(以下简称《条例》)"
  for (const i of marks) {
    if (text.charCodeAt(i) !== OPEN_PAREN) continue;
    let close = -1;
    for (let j = i + 1; j < text.length && j - i <= PAIR_SPAN; j++) {
      const code = text.charCodeAt(j);
      if (code === LINE_FEED || code === OPEN_PAREN || code === FULL_OPEN_PAREN) break;
      if (code === CLOSE_PAREN || code === FULL_CLOSE_PAREN) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      if (isChineseContext(text[i - 1]) || isChineseContext(text[i + 1])) flagged.add(i);
      continue;
    }
    const inside = text.slice(i + 1, close);
    // Chinese inside, or Chinese on both sides: "(一)", "(以下简称《条例》)", "网站(<http://…>)下载"; not "WeChat(Official Account)平台"
    const chinese = [...inside].some((c) => isChineseContext(c)) || (isChineseContext(text[i - 1]) && isChineseContext(text[close + 1]));
    if (!chinese) continue;
    flagged.add(i);
    if (text.charCodeAt(close) === CLOSE_PAREN && !scan.skip[close]) flagged.add(close);
  }
  for (const i of marks) {
    const ch = text[i];
    if (!(ch in FULL) || ch === '(' || flagged.has(i)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (ch === ')') {
      // a closing parenthesis whose pair was not found
      let opened = false;
      for (let j = i - 1; j >= 0 && i - j <= PAIR_SPAN; j--) {
        const code = text.charCodeAt(j);
        if (code === LINE_FEED) break;
        if (code === OPEN_PAREN || code === FULL_OPEN_PAREN) opened = true;
        if (opened || code === CLOSE_PAREN || code === FULL_CLOSE_PAREN) break;
      }
      if (!opened && (isChineseContext(prev) || isChineseContext(next))) flagged.add(i);
      continue;
    }
    // after Chinese: "开展:(一)", "电话:0531…"; or between a figure and Chinese: "共3.5%,较上年"
    if (isChineseContext(prev) || ((isAsciiDigit(prev) || prev === '%') && isHan(next))) flagged.add(i);
  }
  return [...flagged].sort((a, b) => a - b);
}

/** "逗号“,”5 处、冒号“:”2 处" */
function tally(chars: string[]): string {
  const counts = new Map<string, number>();
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return ORDER.filter((ch) => counts.has(ch))
    .map((ch) => `${NAMES[ch]}“${ch}”${counts.get(ch)} 处`)
    .join('、');
}

export const fullwidthPunctuation = defineRule<Options, 'halfWidth' | 'halfWidthRun'>({
  meta: {
    type: 'layout',
    defaultSeverity: 'warn',
    fixable: 'text',
    docs: {
      description: '中文之间使用全角标点：半角的 , ; : ? ! ( ) 改为 ，；：？！（）',
      url: docsUrl('fullwidth-punctuation'),
      basis: ['GB/T 15834—2011《标点符号用法》（中文文本使用全角标点）'],
      category: 'writing',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fold: { type: 'boolean', description: '一段里的多处半角标点合为一条提示、一次修复（默认 true）；false 时每处一条' },
      },
    },
    defaultOptions: { fold: true },
    messages: {
      halfWidth: '中文里用了半角{{name}}“{{char}}”：请改为全角“{{full}}”。',
      halfWidthRun: '这一段有 {{count}} 处半角标点（{{tally}}）：请改为全角（{{full}}）。',
    },
  },
  create(context) {
    const { fold } = context.options;
    const source = context.sourceCode.text;
    return {
      Report() {
        const found = punctuationMarks(context);
        const scan = found.scan;
        const text = scan.prose.value;
        const map = scan.prose.map;

        /** the mark at prose index i, with the spaces that were there for it */
        const editAt = (i: number): TextEdit => {
          const ch = text[i];
          const at = map[i];
          let end = at + 1;
          if (ch !== '(') {
            const nextAt = i + 1 < map.length ? map[i + 1] : at + 1;
            if (nextAt > at + 1 && /^[ \t]+$/.test(source.slice(at + 1, nextAt))) end = nextAt;
          }
          return { range: [at, end], text: FULL[ch] };
        };

        const marks = halfWidthMarks(found);
        const runs = fold ? foldRuns(marks.map((i) => map[i]), source).map((run) => run.map((k) => marks[k])) : marks.map((i) => [i]);
        for (const run of runs) {
          const edits = run.map(editAt);
          const first = edits[0].range[0];
          if (run.length === 1) {
            const ch = text[run[0]];
            context.report({
              messageId: 'halfWidth',
              data: { name: NAMES[ch], char: ch, full: FULL[ch] },
              range: [first, first + 1],
              fix: () => edits[0],
            });
            continue;
          }
          const chars = run.map((i) => text[i]);
          const last = edits[edits.length - 1];
          const full = ORDER.filter((ch) => chars.includes(ch)).map((ch) => FULL[ch]).join('');
          context.report({
            messageId: 'halfWidthRun',
            data: { count: run.length, tally: tally(chars), full },
            range: [first, last.range[0] + 1],
            fix: () => ({ range: [first, last.range[1]], text: mergeEdits(source, first, edits) }),
          });
        }
      },
    };
  },
});

/** the source from `start` to the end of the last edit, with every edit applied (edits in order, not overlapping) */
function mergeEdits(source: string, start: number, edits: TextEdit[]): string {
  let out = '';
  let at = start;
  for (const edit of edits) {
    out += source.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return out;
}
