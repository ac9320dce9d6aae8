import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintAny, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';
import { findingKey, lintedFiles, pinnedFindings } from '../scripts/precision-lib.mjs';

// Every finding on every corpus report and layout fixture, read by a person and
// pinned as true in test/fixtures/precision/pinned.json with the reason; a new
// finding, or one that went away, fails here until it is read (npm run precision).
const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pinnedJson = JSON.parse(readFileSync(dir('./fixtures/precision/pinned.json'), 'utf8')) as Record<
  string,
  { finding: string; count?: number; why: string }[]
>;
const pinned = pinnedFindings(pinnedJson);
const rules = resolveRuleSet([nationalPack]);
const files = lintedFiles(dir('./fixtures/corpus'), dir('./fixtures/layouts'), (d) => readdirSync(d));

const counted = (keys: string[]) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};

describe('every finding on the corpus and the layout fixtures is pinned as read and true', () => {
  it.each(files.map((f) => [f.key, f.path]))('%s', async (key, path) => {
    const result = await lintAny(readFileSync(path), { filePath: path, rules });
    const expected = Object.fromEntries(pinned.get(key) ?? new Map());
    expect(counted(result.messages.map(findingKey))).toEqual(expected);
  });

  it('each pinned finding says why it is true, and names a file that is linted', () => {
    const keys = new Set(files.map((f) => f.key));
    for (const [file, entries] of Object.entries(pinnedJson)) {
      expect(keys.has(file), file).toBe(true);
      for (const e of entries) expect(e.why.trim().length, `${file} ${e.finding}`).toBeGreaterThan(5);
    }
  });

  it('nothing in the corpus is refused: no file gets a fatal message', async () => {
    for (const { path } of files) {
      const result = await lintAny(readFileSync(path), { filePath: path, rules });
      expect(result.fatalErrorCount, path).toBe(0);
    }
  });
});
