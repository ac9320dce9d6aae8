import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../src/parse/plain-text.js';
import { parseMarkdown } from '../src/parse/remark.js';
import { LineIndex } from '../src/text/line-index.js';

// The plain-text parser and remark without GFM (where a text has no GFM syntax) must give
// exactly the mdast remark + GFM gives (issue 14); test/findings-identity.test.ts checks the
// same on whole reports. Each case is one way a text may read as Markdown.
const CASES: [string, string][] = [
  ['paragraphs, indents and full-width spaces', '一、总体情况\n\n    2023年，我镇认真贯彻\n  落实条例。\n\n\u3000\u3000（一）主动公开。'],
  ['CRLF and lone CR line breaks', '一、总体情况\r\n本年度\r\n\r\n二、主动公开\r政府信息'],
  ['trailing blanks: one is dropped, two are a hard break', '第一行 \n第二行  \n第三行\t\n末行  '],
  ['a page number and a banner open no block', '正文一\n\n                -1-\n\f接上页\n\n===== 正文 ====='],
  ['emphasis and links go to remark', '**一是**加强公开。\n\n详见[网站](http://www.gov.cn)。'],
  ['autolinked URL and e-mail', '网址：www.xx.gov.cn，邮箱：gk@xx.gov.cn。'],
  ['an ordered list going on past a blank line', '1. 公文制发情况。\n\n   续写一段。\n\n2. 回应关切。\n\n三、其他'],
  ['a bullet list and a quote', '- 第一项\n- 第二项\n\n> 引用\n\n正文'],
  ['ATX and setext headings, a thematic break', '# 年度报告\n\n标题\n===\n\n***\n\n#没有空格不是标题'],
  ['a GFM table and strikethrough', '| 项目 | 数量 |\n| --- | --- |\n| 申请 | 5 |\n\n~~删去~~'],
  ['fenced code and HTML leave the whole text to remark', '```\n代码\n\n仍是代码\n```\n\n<!-- xxgk-lint-disable -->\n正文'],
  ['a link definition leaves the whole text to remark', '见[条例]。\n\n[条例]: http://www.gov.cn/tiaoli'],
  ['a byte order mark and NUL', '\ufeff一、总体情况\n\n二\u0000、主动公开'],
  ['an empty and a blank-only text', ''],
  ['blank lines only', '   \n\t\n'],
];

describe('the plain-text parser gives remark + GFM’s mdast', () => {
  it.each(CASES)('%s', (_name, text) => {
    const reference = parseMarkdown(text, 'always');
    const plain = parsePlainText(text, new LineIndex(text));
    // undefined: the whole text is left to remark, which is the reference itself
    expect(plain ?? parseMarkdown(text, 'always')).toEqual(reference);
  });

  it('reads a text of paragraphs by itself, and leaves fenced code to remark', () => {
    expect(parsePlainText(CASES[0][1], new LineIndex(CASES[0][1]))).toBeDefined();
    expect(parsePlainText(CASES[10][1], new LineIndex(CASES[10][1]))).toBeUndefined();
  });
});

describe('remark without GFM where the text has no GFM syntax', () => {
  it.each(CASES)('%s', (_name, text) => {
    expect(parseMarkdown(text)).toEqual(parseMarkdown(text, 'always'));
  });
});
