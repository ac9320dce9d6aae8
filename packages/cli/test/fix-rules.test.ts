/**
 * --fix with the national pack's fixable rules, end to end through the bin:
 * 文号 (document-number), half-width punctuation (fullwidth-punctuation) and
 * heading numbers (heading-numbering). A fix changes prose only: every number
 * in every table stays as it was; a second --fix changes nothing.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '@xxgk-lint/core';
import { buildReportModel, ingestText } from '@xxgk-lint/core';
import { SEEDS, ensureBuilt, runBin, tempDir } from './helpers.js';

interface JsonResult {
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

const SEED_001 = path.join(SEEDS, '001_f43a336d7d324075.txt');
const SEED_003 = path.join(SEEDS, '003_b44d1f36068b8b31.txt');

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

beforeAll(() => ensureBuilt(), 200_000);

function copy(source: string, name = path.basename(source)): { file: string; dir: string } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const file = path.join(dir, name);
  copyFileSync(source, file);
  return { file, dir };
}

function lintJson(args: string[], cwd: string): JsonResult[] {
  const run = runBin([...args, '--no-config', '--format', 'json'], { cwd });
  return JSON.parse(run.stdout) as JsonResult[];
}

const ruleCount = (results: JsonResult[], rule: string) => results[0].messages.filter((m) => m.ruleId === `national/${rule}`).length;

/** every cell of the three tables as written, in order */
function tableCells(text: string, file: string): string[] {
  const report: AnnualReport = buildReportModel(ingestText(text, file));
  const { table2, table3, table4 } = report.tables;
  return [
    ...Object.values(table2?.rows ?? {}).flatMap((cells) => cells.map((c) => c.raw)),
    ...(table3?.order ?? []).flatMap((key) => table3!.rows[key]!.cells.map((c) => c.raw)),
    ...Object.values(table4?.groups ?? {}).flatMap((cells) => cells.map((c) => c.raw)),
  ];
}

describe('--fix on seed 001 (half-width punctuation throughout)', () => {
  it('leaves no half-width punctuation, the same numbers in every table, and a second --fix changes nothing', () => {
    const { file, dir } = copy(SEED_001);
    const before = readFileSync(file, 'utf8');
    expect(ruleCount(lintJson([file], dir), 'fullwidth-punctuation')).toBe(19); // 76 marks, one finding a line

    const fixed = lintJson(['--fix', file], dir);
    const once = readFileSync(file, 'utf8');
    expect(once).not.toBe(before);
    expect(ruleCount(fixed, 'fullwidth-punctuation')).toBe(0);
    expect(ruleCount(lintJson([file], dir), 'fullwidth-punctuation')).toBe(0);

    const cells = tableCells(before, file);
    expect(cells.length).toBe(10 + 175 + 15);
    expect(tableCells(once, file)).toEqual(cells);
    // the table lines themselves are untouched (the text-table recovery reads them as they were)
    const tableLines = (text: string) => text.split('\n').filter((l) => l.startsWith('|') || /^[0-9]+$/.test(l));
    expect(tableLines(once)).toEqual(tableLines(before));
    expect(once).toContain('2022年，我镇没有政府信息依申请公开情况。');
    expect(once).toContain('（一）主动公开');

    lintJson(['--fix', file], dir);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('--fix-dry-run shows the changes and writes nothing', () => {
    const { file, dir } = copy(SEED_001);
    const before = readFileSync(file, 'utf8');
    const run = runBin(['--fix-dry-run', '--no-config', file], { cwd: dir });
    expect(run.stdout).toContain('-2022年,我镇没有政府信息依申请公开情况。');
    expect(run.stdout).toContain('+2022年，我镇没有政府信息依申请公开情况。');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('--fix on seed 003 (the 文号 "国办公开办函 2021]30 号")', () => {
  it('rewrites the 文号 and the half-width marks around it; twice is once', () => {
    const { file, dir } = copy(SEED_003);
    const before = readFileSync(file, 'utf8');
    const fixed = lintJson(['--fix', file], dir);
    const once = readFileSync(file, 'utf8');
    expect(ruleCount(fixed, 'document-number')).toBe(0);
    expect(ruleCount(fixed, 'fullwidth-punctuation')).toBe(0);
    expect(once).toContain('的通知》（国办公开办函〔2021〕30号）的要求，现发布');
    expect(before).toContain('(国办公开办函 2021]30 号)的要求,现发布');
    expect(tableCells(once, file)).toEqual(tableCells(before, file));
    lintJson(['--fix', file], dir);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });
});

describe('--fix of heading numbers', () => {
  const report = (h1: string, sub: string, item: string) =>
    [
      '平安县和顺镇人民政府2023年政府信息公开工作年度报告',
      '',
      `${h1}总体情况`,
      '',
      `${sub}主动公开。全年主动公开政府信息156条。`,
      '',
      `${item}公文制发情况。全年制发文件94件。`,
      '',
      '二、主动公开政府信息情况',
      '',
      '| 第二十条第（一）项 | | | |',
      '| --- | --- | --- | --- |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 2 | 0 | 5 |',
      '',
    ].join('\n');

  it('一. → 一、, （一）、 → （一）, 1、 → 1.; the table is untouched', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, '报告.md');
    writeFileSync(file, report('一.', '（一）、', '1、'));
    lintJson(['--fix', file], dir);
    expect(readFileSync(file, 'utf8')).toBe(report('一、', '（一）', '1.'));
    lintJson(['--fix', file], dir);
    expect(readFileSync(file, 'utf8')).toBe(report('一、', '（一）', '1.'));
  });
});

describe('the corpus must-haves of the national pack', () => {
  const rulesOf = (file: string) => lintJson([file], path.dirname(file))[0].messages.map((m) => m.ruleId);

  it('seed 002: abbreviated-year ("22 年度")', () => {
    expect(rulesOf(path.join(SEEDS, '002_cff4ace8f11033c3.txt'))).toContain('national/abbreviated-year');
  });

  it('seed 003: document-number', () => {
    expect(rulesOf(SEED_003)).toContain('national/document-number');
  });

  it('seed 004: paired-punctuation (the stray ”) and publication-deadline (2023年2月21日)', () => {
    const ids = rulesOf(path.join(SEEDS, '004_50046161c6499f8c.txt'));
    expect(ids).toContain('national/paired-punctuation');
    expect(ids).toContain('national/publication-deadline');
  });

  it('seed 001: fullwidth-punctuation', () => {
    expect(rulesOf(SEED_001)).toContain('national/fullwidth-punctuation');
  });
});
