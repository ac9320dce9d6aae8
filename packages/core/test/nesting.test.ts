// Issue 11 item 2: input nested deeper than any report (lists, quotes, <div>s, tables) is read, not a stack overflow.
import { describe, expect, it } from 'vitest';
import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { capMarkdownNesting, isStackOverflow, MAX_NESTING, nestingNotice, TOO_DEEP } from '../src/ingest/nesting-cap.js';
import { MAX_HTML_DEPTH } from '../src/formats/html/nesting.js';
import { parseHtml } from '../src/formats/html/view.js';

const HEAD = '某某县人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n';
const linter = createLinter({ ...nationalDefaults, noConfig: true });
const encoder = new TextEncoder();

const MD_NOTICE = `第 5 行的列表或引用嵌套超过 ${MAX_NESTING} 层：更深的层级已按普通文字读取（原文未改动），这些地方的检查可能不完整。请确认文件内容是否正确。`;
const htmlNotice = (line: number) =>
  `网页第 ${line} 行起的元素嵌套超过 ${MAX_HTML_DEPTH} 层：更深的元素只读了文字，段落、表格等结构没有保留，这些地方的检查可能不完整。请确认文件是否完整、是否由程序异常生成。`;

/** the result's messages that are not a rule's */
const ownMessages = (result: Awaited<ReturnType<typeof linter.lintText>>) => result?.messages.filter((m) => m.ruleId === null).map((m) => m.message);

describe('Markdown nested 5,000 levels', () => {
  for (const [name, marker] of [['list', '- '], ['quote', '> '], ['tight quote', '>'], ['ordered list', '1. ']] as const) {
    it(`a ${name} resolves with a result and one warning that the nesting was flattened`, async () => {
      const text = `${HEAD}${marker.repeat(5000)}内容\n`;
      const result = await linter.lintText(text, { filePath: 'deep.md', previous: false });
      expect(result?.fatalErrorCount).toBe(0);
      expect(ownMessages(result)).toEqual([MD_NOTICE]);
      const notice = result?.messages.find((m) => m.ruleId === null);
      expect([notice?.line, notice?.xxgkSeverity]).toEqual([1, 'warn']);
    });
  }

  it('blanks only the markers past the cap, keeping every offset and the text', () => {
    const line = `${'> '.repeat(150)}内容`;
    const capped = capMarkdownNesting(`前言\n${line}\n结尾`, 100);
    expect(capped.lines).toEqual([2]);
    expect(capped.text.length).toBe(`前言\n${line}\n结尾`.length);
    expect(capped.text.split('\n')[1]).toBe(`${'> '.repeat(100)}${' '.repeat(100)}内容`);
    expect(capMarkdownNesting(`${'> '.repeat(100)}内容`, 100).lines).toEqual([]);
    expect(nestingNotice([3, 9])).toContain('第 3 行等 2 行');
  });

  it('a list nested by indentation, a level a line, opens no level past MAX_INDENT columns', () => {
    const lines = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i * 2)}- 项`);
    const capped = capMarkdownNesting(lines.join('\n'));
    expect(capped.lines).toEqual(Array.from({ length: 49 }, (_, i) => 102 + i));
    expect(capped.text.split('\n')[101]).toBe(`${' '.repeat(202)}  项`);
    expect(capped.text.split('\n')[100]).toBe(lines[100]);
    expect(capped.text.length).toBe(lines.join('\n').length);
  });
});

describe('HTML nested 2,000 <div>s or 1,000 tables', () => {
  it('2,000 nested <div>s resolve with a result and one warning', async () => {
    const html = `<html><body><h1>${HEAD}</h1>\n${'<div>'.repeat(2000)}内容${'</div>'.repeat(2000)}</body></html>`;
    const result = await linter.lintBytes(encoder.encode(html), { filePath: 'deep.html', previous: false });
    expect(result?.fatalErrorCount).toBe(0);
    expect(ownMessages(result)).toEqual([htmlNotice(6)]);
  });

  it('1,000 nested tables resolve with a result and one warning', async () => {
    const html = `<html><body><h1>${HEAD}</h1>\n${'<table><tr><td>'.repeat(1000)}内容${'</td></tr></table>'.repeat(1000)}</body></html>`;
    const result = await linter.lintBytes(encoder.encode(html), { filePath: 'deep.html', previous: false });
    expect(result?.fatalErrorCount).toBe(0);
    expect(ownMessages(result)).toEqual([htmlNotice(6)]);
  });

  it('keeps the text below the cap, with its position in the page', () => {
    const html = `<body>${'<div>'.repeat(150)}<p>深处<b>文字</b></p>${'</div>'.repeat(150)}</body>`;
    const notices: string[] = [];
    const tree = parseHtml(html, notices);
    const texts: { value: string; offset?: number }[] = [];
    const stack: unknown[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop() as { type: string; value?: string; children?: unknown[]; position?: { start: { offset?: number } } };
      if (node.type === 'text') texts.push({ value: node.value ?? '', offset: node.position?.start.offset });
      for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
    }
    expect(texts).toEqual([
      { value: '深处', offset: html.indexOf('深处') },
      { value: '文字', offset: html.indexOf('文字') },
    ]);
    expect(notices).toEqual([htmlNotice(1)]);
  });

  it('a page within the cap is read as before, with no warning', () => {
    const notices: string[] = [];
    parseHtml(`<body>${'<div>'.repeat(90)}内容${'</div>'.repeat(90)}</body>`, notices);
    expect(notices).toEqual([]);
  });
});

describe('a stack overflow anywhere in one file is that file\'s fatal result', () => {
  it('is told as nesting too deep, in Chinese', () => {
    let overflow: unknown;
    const down = (n: number): number => (n === 0 ? 0 : 1 + down(n - 1));
    try {
      down(1e7);
    } catch (error) {
      overflow = error;
    }
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new RangeError('Invalid array length'))).toBe(false);
    expect(TOO_DEEP).toMatch(/^文件嵌套过深/);
  });
});
