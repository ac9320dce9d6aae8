/**
 * The batch view end to end (issue 16 item 7): a batch of generated reports
 * with a reviewer's config listing the bodies that must report. The CSV
 * shows the missing bodies (on the config file, at their lines) and the
 * copied pairs; without `batch` in the config nothing of it appears.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateReports } from '../../../scripts/generate-reports.mjs';
import { ensureBuilt, runBin, tempDir } from './helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

beforeAll(() => ensureBuilt(), 200_000);

/** RFC 4180 rows (quoted fields with "" inside), BOM dropped */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** 8 generated townships of 安平县 (seed 5): reports i and i+3 are written from the same seed report */
function batchDir(config?: string): { dir: string; files: string[] } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const { files } = generateReports(path.join(dir, 'reports'), 8, 5);
  if (config !== undefined) writeFileSync(path.join(dir, '.xxgklintrc.yml'), config);
  return { dir, files };
}

const REVIEWER_CONFIG = [
  'batch:',
  '  expectedBodies:',
  '    - 安平县东东镇人民政府', // present, written as the report writes it (in full)
  '    - 西东镇', // present as 安平县西东镇 (county and 人民政府 left off)
  '    - 安平县和顺镇', // missing
  '    - 北东镇人民政府', // present
  '    - 安平县白石乡', // missing
  '  sharedText: {threshold: 0.6}',
  '  peerOutliers: true',
  '',
].join('\n');

describe('the batch view in the CSV and the HTML summary', () => {
  it('lists each missing body on the config file at its line, and each copied report with the report it copies', () => {
    const { dir, files } = batchDir(REVIEWER_CONFIG);
    const run = runBin(['reports', '-f', 'csv'], { cwd: dir });
    expect(run.stderr).not.toMatch(/内部错误|配置/);
    const rows = parseCsv(run.stdout);

    const missing = rows.filter((r) => r['规则'] === 'national/expected-bodies');
    expect(missing.map((r) => [r['文件'], r['行'], r['级别']])).toEqual([
      ['.xxgklintrc.yml', '5', '警告'],
      ['.xxgklintrc.yml', '7', '警告'],
    ]);
    expect(missing[0]['消息']).toContain('“安平县和顺镇”在本次检查的报告中没有找到');
    expect(missing[1]['消息']).toContain('“安平县白石乡”在本次检查的报告中没有找到');

    const shared = rows.filter((r) => r['规则'] === 'national/shared-text');
    const names = files.map((f) => path.basename(f));
    // every report shares its text with one written from the same seed report (index mod 3)
    expect(shared.map((r) => path.basename(r['文件'])).sort()).toEqual([...names].sort());
    for (const row of shared) {
      const index = names.indexOf(path.basename(row['文件']));
      const other = names.findIndex((n) => row['消息'].includes(`（${n}）`));
      expect(other, row['消息']).toBeGreaterThanOrEqual(0);
      expect(other % 3).toBe(index % 3);
      expect(other).not.toBe(index);
      expect(row['消息']).toMatch(/^本报告 \d+% 的句子（\d+\/\d+ 句，数字和本批报告普遍共有的句子不计）与“安平县.+镇”的报告（.+）相同/);
      expect(row['级别']).toBe('警告');
    }
  }, 120_000);

  it('the HTML summary shows the same: the missing bodies under 批次核对, each copied report with its partner', () => {
    const { dir, files } = batchDir(REVIEWER_CONFIG);
    const run = runBin(['reports', '-f', 'html', '-o', 'summary.html'], { cwd: dir });
    expect(run.status).toBe(0);
    const page = readFileSync(path.join(dir, 'summary.html'), 'utf8');
    const checks = page.slice(page.indexOf('批次核对'));
    expect(checks).toContain('“安平县和顺镇”在本次检查的报告中没有找到');
    expect(checks).toContain('“安平县白石乡”在本次检查的报告中没有找到');
    const copied = [...page.matchAll(/本报告 \d+% 的句子（[^）]*）与“安平县[^”]+”的报告（([^）]+)）相同/g)].map((m) => m[1]);
    expect(copied).toHaveLength(files.length);
    for (const other of copied) expect(files.map((f) => path.basename(f))).toContain(other);
  }, 120_000);

  it('shows nothing of it without batch in the config (authors)', () => {
    const { dir } = batchDir('rules: {}\n');
    const rows = parseCsv(runBin(['reports', '-f', 'csv'], { cwd: dir }).stdout);
    expect(rows.filter((r) => /expected-bodies|shared-text|peer-outlier/.test(r['规则']))).toEqual([]);
  }, 120_000);

  it('a batch config with a mistake stops the run with a Chinese message naming the key and line', () => {
    const { dir } = batchDir('batch:\n  sharedText: {threshold: 60}\n');
    const run = runBin(['reports', '-f', 'csv'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.xxgklintrc.yml');
    expect(run.stderr).toMatch(/batch\.sharedText/);
    expect(run.stderr).toContain('应为 true、false，或 {threshold: 0.6, minSentences: 10}');
    expect(readFileSync(path.join(dir, '.xxgklintrc.yml'), 'utf8')).toContain('threshold: 60');
  }, 60_000);
});
