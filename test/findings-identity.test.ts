import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintResult, TextParser } from '@xxgk-lint/core';
import { fatalResult, ingestAny, lintIngested, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';
import { lintedFiles } from '../scripts/precision-lib.mjs';

// Issue 14: plain text (.txt, the text views of .html/.docx/.pdf) is read by core's own
// plain-text parser (packages/core/src/parse/plain-text.ts) instead of remark, and Markdown
// without GFM syntax by remark without GFM (parse/remark.ts). Here every
// corpus report, every layout and format fixture, and 1,000 generated reports are read both
// ways — the new path and the reference (remark on everything) — and must give the same
// mdast and exactly the same findings (rule, line, column, end, message, severity).
const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const root = dir('..');
const rules = resolveRuleSet([nationalPack]);

type Input = { key: string; path: string; format?: 'text' };

async function read(input: Input, parser: TextParser) {
  const bytes = readFileSync(input.path);
  try {
    const ingested = await ingestAny(bytes, input.path, { parser, format: input.format });
    return { ast: ingested.ast, result: lintIngested(ingested, { filePath: input.path, rules }) };
  } catch (error) {
    return { ast: undefined, result: fatalResult(input.path, error) };
  }
}

const findings = (result: LintResult) =>
  result.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.xxgkSeverity} ${m.message}`);

async function expectSame(input: Input) {
  const plain = await read(input, 'plain');
  const reference = await read(input, 'remark');
  expect(findings(plain.result), input.key).toEqual(findings(reference.result));
  expect(plain.ast, input.key).toEqual(reference.ast);
}

const fixtures: Input[] = [
  ...lintedFiles(dir('./fixtures/corpus'), dir('./fixtures/layouts'), (d) => readdirSync(d)),
  ...readdirSync(dir('./fixtures/formats'))
    .filter((name) => /\.(html|docx)$/.test(name))
    .map((name) => ({ key: `formats/${name}`, path: path.join(dir('./fixtures/formats'), name) })),
];

describe('the plain-text parser reads every fixture as remark does: same mdast, same findings', () => {
  it.each(fixtures.map((f) => [f.key, f] as const))('%s', async (_key, input) => {
    await expectSame(input);
  });
});

describe('… and 1,000 generated reports (scripts/generate-reports.mjs, seed 14), each read as plain text, the .md ones as Markdown too', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'xxgk-identity-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  execFileSync(process.execPath, [path.join(root, 'scripts/generate-reports.mjs'), out, '1000', '14'], { stdio: 'ignore' });
  // every report as plain text; the .md ones also as Markdown (GFM is skipped where a text has no GFM syntax)
  const generated: Input[] = readdirSync(out)
    .sort()
    .flatMap((name): Input[] => {
      const asText: Input = { key: name, path: path.join(out, name), format: 'text' };
      return name.endsWith('.md') ? [asText, { key: `${name} (Markdown)`, path: asText.path }] : [asText];
    });
  const batches = Array.from({ length: Math.ceil(generated.length / 100) }, (_, i) => generated.slice(i * 100, i * 100 + 100));

  it('writes 1,000 reports', () => {
    expect(readdirSync(out).length).toBe(1000);
  });

  it.each(batches.map((b) => [b[0].key, b] as const))('batch from %s', async (_key, batch) => {
    for (const input of batch) await expectSame(input);
  }, 120_000);
});
