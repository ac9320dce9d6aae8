import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '@xxgk-lint/core';
import { ingestAny, lintAny, lintBytes, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';

/**
 * test/fixtures/docx-numbering: seeds 002–004 as Word files whose "一、" and
 * "（一）" exist only in Word's automatic list numbering (numbering.xml),
 * made by scripts/generate-docx-fixtures.mjs from
 * test/fixtures/corpus/seeds/*.txt (copies of /work/shared/corpus/seeds).
 */

const rules = resolveRuleSet([nationalPack]);
const root = fileURLToPath(new URL('..', import.meta.url));
const fixtureDir = path.join(root, 'test/fixtures/docx-numbering');

const FIXTURES = [
  { docx: 'seed-002-heading-styles.docx', seed: '002_cff4ace8f11033c3.txt' },
  { docx: 'seed-003-direct-numpr.docx', seed: '003_b44d1f36068b8b31.txt' },
  { docx: 'seed-004-wps-style-ids.docx', seed: '004_50046161c6499f8c.txt' },
] as const;

const seedText = (name: string) => readFileSync(path.join(root, 'test/fixtures/corpus/seeds', name), 'utf8');
const bytes = (file: string) => new Uint8Array(readFileSync(file));

const lintDocx = (file: string) => lintAny(bytes(file), { filePath: file, rules });
const lintSeed = (name: string) => lintBytes(Buffer.from(seedText(name)), { filePath: name, rules });

const key = (m: LintMessage) => `${m.ruleId} ${m.xxgkSeverity} ${m.message}`;

/** a sub-heading typed with half-width brackets, "(一) "; Word's list writes it "（一）" */
const HALF_WIDTH_SUB_HEADING = /^\([一二三四五六七八九十]\)\s?/;

/**
 * The seed's findings as the Word file should give them: the same, except
 * the half-width-bracket warnings on "(一) " sub-headings, whose number Word's
 * list writes with full-width brackets (`（%2）`) — in Word there is no
 * half-width bracket to report.
 */
function expectedFromSeed(seed: string, result: LintResult): string[] {
  const lines = seedText(seed).split(/\r?\n/);
  return result.messages
    .filter((m) => {
      if (m.ruleId !== 'national/fullwidth-punctuation') return true;
      const prefix = HALF_WIDTH_SUB_HEADING.exec(lines[m.line - 1] ?? '');
      return !(prefix && m.column <= prefix[0].length);
    })
    .map(key);
}

describe('Word files numbered by automatic list numbering give the seed’s findings', () => {
  for (const f of FIXTURES) {
    it(`${f.docx} ≡ ${f.seed}`, async () => {
      const docx = await lintDocx(path.join(fixtureDir, f.docx));
      const seed = lintSeed(f.seed);
      expect(docx.messages.map(key)).toEqual(expectedFromSeed(f.seed, seed));
      expect(docx.messages.filter((m) => m.ruleId === 'national/required-parts')).toEqual([]);
    });
  }

  it('the seeds’ real defects are still there: 003’s missing fee statement, 002’s narrative sum and fee statement with no outcome', async () => {
    const s002 = await lintDocx(path.join(fixtureDir, FIXTURES[0].docx));
    const sum = s002.messages.find((m) => m.ruleId === 'national/narrative-sum');
    expect(sum?.xxgkSeverity).toBe('error');
    expect(sum?.message).toContain('28+26+30+30+3+31 = 148');
    expect(s002.messages.find((m) => m.ruleId === 'national/fee-statement')?.messageId).toBe('noOutcome');
    const s003 = await lintDocx(path.join(fixtureDir, FIXTURES[1].docx));
    const fee = s003.messages.find((m) => m.ruleId === 'national/fee-statement');
    expect(fee?.xxgkSeverity).toBe('error');
  });

  it('002: the half-width "(一) " warnings the .txt has are the only difference, and there are 7 of them (one a sub-heading: its two brackets fold into one finding)', () => {
    const seed = lintSeed(FIXTURES[0].seed);
    expect(seed.messages.map(key).length - expectedFromSeed(FIXTURES[0].seed, seed).length).toBe(7);
  });

  it('headings and sub-headings read as Word shows them, paragraph numbers as Word counts them', async () => {
    const file = path.join(fixtureDir, FIXTURES[1].docx);
    const ingested = await ingestAny(bytes(file), file);
    const lines = ingested.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.filter((l) => /^[一二三四五六]、/.test(l) && !l.includes('\t'))).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(lines.slice(3, 7)).toEqual([
      '（一）主动公开情况',
      expect.stringMatching(/^1\. 公文制发情况。/),
      expect.stringMatching(/^2\. 重点领域公开举措及数量。/),
      expect.stringMatching(/^移民金融扶贫贷款贴息/),
    ]);
    // paragraphs: 1 title, 2 preface, 3 一、总体情况
    expect(ingested.toOriginal!(ingested.text.indexOf('一、总体情况'))).toMatchObject({ line: 3, column: 1 });
  });
});

describe('scripts/generate-docx-fixtures.mjs', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'xxgk-docx-numbering-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates the committed files byte for byte, with the same text view', async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/generate-docx-fixtures.mjs'), out], { stdio: 'pipe' });
    for (const f of FIXTURES) {
      const committed = path.join(fixtureDir, f.docx);
      const fresh = path.join(out, f.docx);
      const [a, b] = await Promise.all([ingestAny(bytes(committed), committed), ingestAny(bytes(fresh), fresh)]);
      expect(b.text).toBe(a.text);
      expect(Buffer.from(bytes(fresh)).equals(Buffer.from(bytes(committed)))).toBe(true);
    }
  });
});
