/**
 * Output hygiene (issue 11 item 6): only http(s) links in the HTML summary
 * (file docs pages are embedded in it), http(s) and file links in SARIF and terminal hyperlinks (a custom rule's
 * `docs.url: javascript:…` is plain text); control, escape and bidi
 * characters from report text reach the terminal as visible escapes.
 */
/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { LintMessage, RuleMeta, RulesMeta } from '@xxgk-lint/core';
import { buildResult } from '@xxgk-lint/core';
import { formatHtml } from '../src/formatters/html.js';
import { formatJson } from '../src/formatters/json.js';
import { safeLinkUrl } from '@xxgk-lint/core';
import { formatPretty } from '../src/formatters/pretty.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { terminalSafe, terminalSafeJson } from '../src/formatters/terminal-text.js';

const CWD = '/reports';

function meta(url: string): RuleMeta {
  return { type: 'problem', docs: { description: '自定义规则', category: '其他', url }, defaultSeverity: 'error' } as RuleMeta;
}

const RULES_META: RulesMeta = {
  'local/evil': meta('javascript:alert(1)'),
  'local/data': meta('data:text/html,<script>alert(1)</script>'),
  'local/spaced': meta('  JavaScript:alert(1)'),
  'local/relative': meta('docs/rule.md'),
  'local/web': meta('https://example.org/rules/web'),
  'local/shipped': meta('file:///usr/lib/node_modules/xxgk-lint/docs/rules/shipped.md'),
};

function finding(ruleId: string | null, message: string, line = 1): LintMessage {
  return { ruleId, severity: 2, message, line, column: 1, xxgkSeverity: 'error', range: [0, 1] };
}

const results = [
  buildResult(`${CWD}/a.txt`, Object.keys(RULES_META).map((id, i) => finding(id, `问题${i}`, i + 1))),
];

describe('safeLinkUrl', () => {
  it('keeps http, https and file URLs (parsed), drops every other scheme and relative or malformed URLs', () => {
    expect(safeLinkUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeLinkUrl('http://example.org')).toBe('http://example.org/');
    expect(safeLinkUrl('file:///x/y.md')).toBe('file:///x/y.md');
    expect(safeLinkUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl(' \tJaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('java\nscript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('vbscript:x')).toBeUndefined();
    expect(safeLinkUrl('data:text/html,x')).toBeUndefined();
    expect(safeLinkUrl('docs/rule.md')).toBeUndefined();
    expect(safeLinkUrl('')).toBeUndefined();
    expect(safeLinkUrl(undefined)).toBeUndefined();
    expect(safeLinkUrl(42)).toBeUndefined();
  });

  it('percent-encodes controls in a kept URL, so it cannot end a terminal hyperlink', () => {
    expect(safeLinkUrl('https://example.org/\u001b]8;;\u0007x')).toBe('https://example.org/%1B]8;;%07x');
  });
});

describe('--format html', () => {
  const html = formatHtml(results, RULES_META, CWD, new Date(0), { readDocs: () => undefined });
  const docs = html.slice(html.indexOf('<h2>规则说明</h2>'));

  it('links only http(s) docs; a file docs page is embedded, not linked (the page is sent on); any other URL is shown as text', () => {
    expect([...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]).sort()).toEqual(['https://example.org/rules/web']);
    expect(docs).toContain('<p class="excerpt">规则说明地址（未链接）：javascript:alert(1)</p>');
    expect(docs).toContain('<p class="excerpt">规则说明地址（未链接）：data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(docs).toContain('<p class="excerpt">规则说明地址（未链接）：  JavaScript:alert(1)</p>');
    expect(docs).toContain('<p class="excerpt">规则说明地址（未链接）：docs/rule.md</p>');
    expect(docs).toContain('规则说明：<a href="https://example.org/rules/web">https://example.org/rules/web</a>');
    expect(html).not.toContain('file:///usr/lib');
    expect(html).not.toMatch(/href="(?:javascript|data|file):/i);
  });
});

describe('--format html with hostile report text', () => {
  it('shows controls and bidi overrides in messages, excerpts and file names as escapes', () => {
    const hostile = [buildResult(`${CWD}/a\u202e.txt`, [{ ...finding('local/web', '“\u202e21\u202c”与表格不符'), range: [0, 3], excerpt: '本年度共\u202e21\u202c条\u001b[2J。' }])];
    const html = formatHtml(hostile, RULES_META, CWD, new Date(0));
    expect(html).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('<div class="msg">“\\u202e21\\u202c”与表格不符</div><div class="loc"><span class="where">第1行</span> <q>本年度共\\u202e21\\u202c条\\x1b[2J。</q></div>');
    expect(html).toContain('<div class="file">a\\u202e.txt</div>');
  });
});

describe('--format sarif', () => {
  it('helpUri only for http(s) and file docs', () => {
    const log = JSON.parse(formatSarif(results, RULES_META, CWD, '0.1.0')) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    expect(log.runs[0].tool.driver.rules.map((r) => [r.id, r.helpUri ?? null])).toEqual([
      ['local/data', null],
      ['local/evil', null],
      ['local/relative', null],
      ['local/shipped', 'file:///usr/lib/node_modules/xxgk-lint/docs/rules/shipped.md'],
      ['local/spaced', null],
      ['local/web', 'https://example.org/rules/web'],
    ]);
  });
});

describe('terminalSafe', () => {
  it('makes C0/C1 controls, DEL and bidi overrides and isolates visible; keeps tab, line feed and other text', () => {
    expect(terminalSafe('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(terminalSafe('\u001b]0;标题\u0007')).toBe('\\x1b]0;标题\\x07');
    expect(terminalSafe('行一\r覆盖')).toBe('行一\\x0d覆盖');
    expect(terminalSafe('\u0000\u0008\u000b\u000c\u001f\u007f')).toBe('\\x00\\x08\\x0b\\x0c\\x1f\\x7f');
    expect(terminalSafe('\u0080\u009b31m\u009d')).toBe('\\x80\\x9b31m\\x9d');
    expect(terminalSafe('共\u202e12\u202c条\u2066x\u2069\u202a\u202b\u202d\u2067\u2068')).toBe(
      '共\\u202e12\\u202c条\\u2066x\\u2069\\u202a\\u202b\\u202d\\u2067\\u2068',
    );
    expect(terminalSafe('第一段\t说明\n第二段：“全角”，1,234 条。')).toBe('第一段\t说明\n第二段：“全角”，1,234 条。');
  });
});

describe('--format pretty', () => {
  const hostile = [
    buildResult(path.join(process.cwd(), '\u001b[31mred\u202e.txt'), [
      finding('local/evil', '表格里写着“\u001b]0;pwned\u0007”和“\u202e21\u202c”'),
      { ...finding('local/web', '提示文字\u009b2J', 2), severity: 1, xxgkSeverity: 'info' },
    ]),
  ];

  let saved: string | undefined;
  afterEach(() => {
    if (saved === undefined) delete process.env.FORCE_HYPERLINK;
    else process.env.FORCE_HYPERLINK = saved;
  });

  it('report text and file names reach the terminal with their controls made visible', async () => {
    const out = await formatPretty(hostile, RULES_META, CWD);
    expect(stripVTControlCharacters(out)).toBe(
      [
        '',
        `  ${process.cwd()}/\\x1b[31mred\\u202e.txt`,
        '  ✖ 1:1  表格里写着“\\x1b]0;pwned\\x07”和“\\u202e21\\u202c”  local/evil',
        '  ℹ 2:1  提示：提示文字\\x9b2J  local/web',
        '',
        '  1 个错误',
        '  1 个提示',
        '',
      ].join('\n'),
    );
    // nothing of the report's own is left to act: no BEL, no C1, no bidi override, and every ESC is the formatter's colour
    expect(out).not.toMatch(/[\u0007\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
  });

  it('a terminal hyperlink only for an http(s) or file docs URL', async () => {
    saved = process.env.FORCE_HYPERLINK;
    process.env.FORCE_HYPERLINK = '1';
    const out = await formatPretty(results, RULES_META, CWD);
    const links = [...out.matchAll(/\u001b\]8;;([^\u0007]*)\u0007/g)].map((m) => m[1]).filter((url) => url !== '' && !url.startsWith('file:///reports'));
    expect(links.sort()).toEqual(['file:///usr/lib/node_modules/xxgk-lint/docs/rules/shipped.md', 'https://example.org/rules/web']);
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('data:text');
  });
});

describe('--format json and sarif', () => {
  const text = '表格\u001b[2J里\u009b31m写着\u202e21\u202c条\u2066x\u2069\u007f';
  const hostile = [buildResult(`${CWD}/a\u202e.txt`, [finding('local/web', text)])];

  it('carry report text with C0, C1, DEL and bidi controls as \\u escapes: printable, and the same data when parsed', () => {
    const json = formatJson(hostile);
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain('"message":"表格\\u001b[2J里\\u009b31m写着\\u202e21\\u202c条\\u2066x\\u2069\\u007f"');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(hostile)));
    const sarif = formatSarif(hostile, RULES_META, CWD, '0.1.0');
    expect(sarif).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const log = JSON.parse(sarif) as { runs: { results: { message: { text: string } }[]; artifacts: { location: { uri: string } }[] }[] };
    expect(log.runs[0].results[0].message.text).toBe(text);
    expect(log.runs[0].artifacts[0].location.uri).toBe('a%E2%80%AE.txt');
  });

  it('terminalSafeJson leaves JSON without such characters as it is', () => {
    const plain = JSON.stringify({ a: '全角，“引号”\t', b: [1, 2] }, null, 2);
    expect(terminalSafeJson(plain)).toBe(plain);
  });
});
