import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { punctuationMarks } from '../punctuation-marks.js';

type Kind = 'quote' | 'book' | 'paren' | 'tortoise';

const OPENERS: Record<string, Kind> = { '“': 'quote', '《': 'book', '（': 'paren', '(': 'paren', '〔': 'tortoise' };
const CLOSERS: Record<string, Kind> = { '”': 'quote', '》': 'book', '）': 'paren', ')': 'paren', '〕': 'tortoise' };
const NAME: Record<Kind, string> = { quote: '引号', book: '书名号', paren: '括号', tortoise: '六角括号' };
const CLOSE_OF: Record<Kind, string> = { quote: '”', book: '》', paren: '）', tortoise: '〕' };
const OPEN_OF: Record<Kind, string> = { quote: '“', book: '《', paren: '（', tortoise: '〔' };
/** an opening mark still open this far on has lost its partner */
const REACH: Record<Kind, number> = { quote: 200, book: 100, paren: 300, tortoise: 12 };

/** "1）加强…", "a) …": an enumeration, not half of a pair */
function isEnumeration(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 3), i);
  return /(^|[\n。；;：:，,、])([0-9]{1,2}|[一二三四五六七八九十]|[A-Za-z])$/.test(i <= 3 ? `\n${before}` : before);
}

export const pairedPunctuation: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '引号“”、书名号《》、括号（）、六角括号〔〕成对出现',
      url: docsUrl('paired-punctuation'),
      basis: ['GB/T 15834—2011《标点符号用法》4.1、4.8、4.9、4.15（标号成对使用）'],
      category: 'writing',
    },
    messages: {
      unopened: '右{{name}}“{{char}}”前面没有对应的左{{name}}：请补上“{{open}}”，或删去多余的“{{char}}”。',
      unclosed: '左{{name}}“{{char}}”后面没有对应的右{{name}}：请在相应位置补上“{{close}}”，或删去多余的“{{char}}”。',
    },
  },
  create(context) {
    return {
      Report() {
        const { scan, at: marks } = punctuationMarks(context);
        const text = scan.prose.value;
        const open: { kind: Kind; at: number }[] = [];
        const findings: { messageId: 'unopened' | 'unclosed'; at: number; kind: Kind }[] = [];
        const expire = (i: number) => {
          for (let k = open.length - 1; k >= 0; k--) {
            if (i - open[k].at > REACH[open[k].kind]) {
              findings.push({ messageId: 'unclosed', at: open[k].at, kind: open[k].kind });
              open.splice(k, 1);
            }
          }
        };
        for (const i of marks) {
          const ch = text[i];
          const opener = OPENERS[ch];
          const closer = CLOSERS[ch];
          if (!opener && !closer) continue;
          expire(i);
          if (opener) {
            open.push({ kind: opener, at: i });
            continue;
          }
          const kind = closer!;
          let k = open.length - 1;
          while (k >= 0 && open[k].kind !== kind) k--;
          if (k < 0) {
            if (kind === 'paren' && isEnumeration(text, i)) continue;
            findings.push({ messageId: 'unopened', at: i, kind });
            continue;
          }
          // the marks opened after the partner and never closed
          const [, ...strays] = open.splice(k);
          for (const stray of strays) findings.push({ messageId: 'unclosed', at: stray.at, kind: stray.kind });
        }
        for (const o of open) findings.push({ messageId: 'unclosed', at: o.at, kind: o.kind });
        findings.sort((a, b) => a.at - b.at);
        for (const f of findings) {
          context.report({
            messageId: f.messageId,
            data: { name: NAME[f.kind], char: text[f.at], open: OPEN_OF[f.kind], close: CLOSE_OF[f.kind] },
            range: scan.range(f.at, f.at + 1),
          });
        }
      },
    };
  },
};
