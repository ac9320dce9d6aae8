import type { Rule, TextEdit } from '@xxgk-lint/core';
import { isAsciiDigit, isChineseContext, isHan } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { scanProse } from '../scan.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAMES: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '左括号', ')': '右括号' };
/** a pair of half-width parentheses: at most this far apart, on one block */
const PAIR_SPAN = 80;

export const fullwidthPunctuation: Rule = {
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
    messages: {
      halfWidth: '中文里用了半角{{name}}“{{char}}”：请改为全角“{{full}}”。',
    },
  },
  create(context) {
    const source = context.sourceCode.text;
    return {
      Report() {
        const scan = scanProse(context, { documentNumbers: true });
        const text = scan.prose.value;
        const map = scan.prose.map;
        const flagged = new Set<number>();

        // parentheses first, as pairs: "(一)主动公开", "(以下简称《条例》)"
        for (let i = 0; i < text.length; i++) {
          if (text[i] !== '(' || scan.skip[i]) continue;
          let close = -1;
          for (let j = i + 1; j < text.length && j - i <= PAIR_SPAN; j++) {
            if (text[j] === '\n' || text[j] === '(' || text[j] === '（') break;
            if (text[j] === ')' || text[j] === '）') {
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
          if (text[close] === ')' && !scan.skip[close]) flagged.add(close);
        }
        for (let i = 0; i < text.length; i++) {
          const ch = text[i];
          if (!(ch in FULL) || ch === '(' || scan.skip[i] || flagged.has(i)) continue;
          const prev = text[i - 1];
          const next = text[i + 1];
          if (ch === ')') {
            // a closing parenthesis whose pair was not found
            let opened = false;
            for (let j = i - 1; j >= 0 && i - j <= PAIR_SPAN && text[j] !== '\n'; j--) {
              if (text[j] === '(' || text[j] === '（') opened = true;
              if (opened || text[j] === ')' || text[j] === '）') break;
            }
            if (!opened && (isChineseContext(prev) || isChineseContext(next))) flagged.add(i);
            continue;
          }
          // after Chinese: "开展:(一)", "电话:0531…"; or between a figure and Chinese: "共3.5%,较上年"
          if (isChineseContext(prev) || ((isAsciiDigit(prev) || prev === '%') && isHan(next))) flagged.add(i);
        }

        for (const i of [...flagged].sort((a, b) => a - b)) {
          const ch = text[i];
          const at = map[i];
          // spaces after a comma or colon were there for the half-width mark: they go with it
          let end = at + 1;
          if (ch !== '(') {
            const nextAt = i + 1 < map.length ? map[i + 1] : at + 1;
            if (nextAt > at + 1 && /^[ \t]+$/.test(source.slice(at + 1, nextAt))) end = nextAt;
          }
          const edit: TextEdit = { range: [at, end], text: FULL[ch] };
          context.report({
            messageId: 'halfWidth',
            data: { name: NAMES[ch], char: ch, full: FULL[ch] },
            range: [at, at + 1],
            fix: () => edit,
          });
        }
      },
    };
  },
};
