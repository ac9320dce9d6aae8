// Issue 14, the editor's incremental path: the language server's lint worker
// remembers remark's readings (core parse/memo.ts) and reuses those of the
// runs of lines an edit left as they were. Here corpus reports get random
// edits, one after another as typing does, and after each edit the lint with
// the memo (holding the readings of every earlier version) must give exactly
// the mdast and the findings of a fresh lint without it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TextFormat } from '@xxgk-lint/core';
import { createParseMemo, fatalResult, ingestText, lintIngested, resolveRuleSet, useParseMemo } from '@xxgk-lint/core';
import type { ParseMemo } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';

const corpus = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));
const rules = resolveRuleSet([nationalPack]);
const EDITS = Number(process.env.INCREMENTAL_EDITS ?? 12);

const reports = ['seeds', 'web-excerpts', 'crawl', 'real'].flatMap((folder) =>
  readdirSync(path.join(corpus, folder))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(corpus, folder, f)),
);

/** xorshift32: the same edits on every run */
function random(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** what an author types, and what makes a run of lines read as Markdown (or stop reading so) */
const TYPED = ['年', '政', '，', '。', '1', '0', ' ', '\n', '\n\n', '*', '**', '_', '|', '@', '#', '# ', '- ', '1. ', '> ', '[', ']', '`', '<', '&amp;', 'www.', '\\', '~', '---', '  \n', '\t'];

/** one random edit of `text`: a keystroke, a deletion, a line duplicated or joined */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = next();
  if (kind < 0.55) return text.slice(0, at) + TYPED[Math.floor(next() * TYPED.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  if (kind < 0.9) return text.slice(0, start) + line + '\n' + text.slice(start);
  return end < 0 ? text : text.slice(0, end) + text.slice(end + 1);
}

function lint(text: string, filePath: string, format: TextFormat, memo: ParseMemo | undefined) {
  const before = useParseMemo(memo);
  try {
    const ingested = ingestText(text, filePath, { format });
    return { ast: ingested.ast, messages: lintIngested(ingested, { filePath, rules }).messages };
  } catch (error) {
    return { ast: undefined, messages: fatalResult(filePath, error).messages };
  } finally {
    useParseMemo(before);
  }
}

describe('the incremental lint (remembered readings) equals a fresh lint', () => {
  const memos: ParseMemo[] = [];
  for (const [i, file] of reports.entries()) {
    for (const format of ['text', 'markdown'] as const) {
      // Markdown on the seeds only: a whole Markdown file is one reading, remembered only when it comes back
      if (format === 'markdown' && !file.includes('/seeds/')) continue;
      it(`${path.basename(file)} as ${format}: ${EDITS} edits`, () => {
        const memo = createParseMemo(1_000_000);
        memos.push(memo);
        const next = random(0x9e3779b9 ^ (i * 7919 + (format === 'markdown' ? 1 : 0)));
        let text = readFileSync(file, 'utf8');
        lint(text, file, format, memo);
        for (let n = 0; n < EDITS; n++) {
          text = edit(text, next);
          const incremental = lint(text, file, format, memo);
          const fresh = lint(text, file, format, undefined);
          expect(incremental.ast, `${file} edit ${n + 1}`).toEqual(fresh.ast);
          expect(incremental.messages, `${file} edit ${n + 1}`).toEqual(fresh.messages);
        }
      });
    }
  }

  it('the edits were linted from remembered readings, not all afresh', () => {
    const hits = memos.reduce((a, m) => a + m.hits, 0);
    const misses = memos.reduce((a, m) => a + m.misses, 0);
    expect(memos.length).toBeGreaterThan(20);
    // an edit that adds or removes a line changes the one reading of the runs with inline Markdown, and a
    // whole Markdown file is never read twice: a miss each; the rest (runs that open blocks, edits within a line) hit
    expect(hits, `${hits} hits, ${misses} misses`).toBeGreaterThanOrEqual(memos.length);
  });
});
