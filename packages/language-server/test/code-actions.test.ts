import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { report } from '../../rules-national/test/helpers.js';
import { quickFixes } from '../src/code-actions.js';
import { toDiagnostic } from '../src/diagnostics.js';

const linter = createLinter({ ...nationalDefaults, noConfig: true });

async function diagnosticsOf(text: string, uri: string) {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const result = await linter.lintText(text, { filePath: '/r/x.md', format: 'markdown' });
  return { document, diagnostics: (result?.messages ?? []).map((m) => toDiagnostic(m, document, undefined)) };
}

describe('quickFixes: the Markdown disable comment', () => {
  // a 本年新收 total of 7 where the applicants add up to 6: application-balance on a table row
  const TABLE_FINDING = report({ markdown: true }).replace(/(\| 一、本年新收政府信息公开申请数量 .*\| )6( \|)/, '$17$2');

  it('a finding in a table: disable before the table and enable after it (a comment line between rows would end the table), honoured by core', async () => {
    const { document, diagnostics } = await diagnosticsOf(TABLE_FINDING, 'file:///r/x.md');
    const balance = diagnostics.filter((d) => d.code === 'national/application-balance');
    expect(balance).toHaveLength(1);
    const actions = quickFixes(document, balance, { markdown: true, configurable: true });
    expect(actions.some((a) => a.title.startsWith('在本行禁用'))).toBe(false);
    const wrap = actions.find((a) => a.title === '在这张表格中禁用此规则（national/application-balance）');
    const edited = TextDocument.applyEdits(document, wrap?.edit?.changes?.[document.uri] ?? []);
    const lines = edited.split('\n');
    const disable = lines.indexOf('<!-- xxgk-lint-disable national/application-balance -->');
    const enable = lines.indexOf('<!-- xxgk-lint-enable national/application-balance -->');
    expect(disable).toBeGreaterThan(0);
    // the comments sit outside the table: the line after disable is blank, the row before enable is the table's last
    expect(lines[disable + 1]).toBe('');
    expect(lines[disable + 2].startsWith('|')).toBe(true);
    expect(lines[enable - 2].startsWith('|') && lines[enable - 1] === '').toBe(true);
    expect(lines.slice(disable + 2, enable - 1).every((l) => l.startsWith('|'))).toBe(true);
    const after = await diagnosticsOf(edited, 'file:///r/x.md');
    expect(after.diagnostics.map((d) => d.code)).not.toContain('national/application-balance');
    // nothing else changed: every other finding is still reported
    expect(after.diagnostics.length).toBe(diagnostics.length - 1);
  });

  it('a finding on a text line: disable-next-line above it; plain text gets no comment; every rule finding gets the two commands once per rule', async () => {
    const text = report({ markdown: true, bodies: { 6: ['无。'] } });
    const { document, diagnostics } = await diagnosticsOf(text, 'file:///r/y.md');
    const fee = diagnostics.filter((d) => d.code === 'national/fee-statement');
    const actions = quickFixes(document, [...fee, ...fee], { markdown: true, configurable: true });
    expect(actions.map((a) => a.title)).toEqual([
      '补写“本年度未收取信息处理费。”（本年度确未收取时）（national/fee-statement）',
      '在本行禁用此规则（national/fee-statement）',
      '补写“本年度未收取信息处理费。”（本年度确未收取时）（national/fee-statement）',
      '在本行禁用此规则（national/fee-statement）',
      '查看规则说明（national/fee-statement）',
      '在配置中关闭此规则（national/fee-statement）',
    ]);
    const plain = quickFixes(document, fee, { markdown: false, configurable: false }).map((a) => a.title);
    expect(plain).toEqual(['补写“本年度未收取信息处理费。”（本年度确未收取时）（national/fee-statement）', '查看规则说明（national/fee-statement）']);
    // a stale diagnostic (older version) keeps the commands but loses the edits
    const stale = fee.map((d) => ({ ...d, data: { version: 0 } }));
    expect(quickFixes(document, stale, { markdown: true, configurable: true }).map((a) => a.title)).toEqual([
      '查看规则说明（national/fee-statement）',
      '在配置中关闭此规则（national/fee-statement）',
    ]);
  });
});
