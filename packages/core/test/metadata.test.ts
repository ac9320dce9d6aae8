import { describe, expect, it } from 'vitest';
import { bodyFromTitle, bodyKindOf, buildReportModel, ingestText, isStandardTitle } from '../src/index.js';
import { REAL, SEEDS, at, loadFixture } from './fixtures.js';

function model(text: string, file = 'report.txt') {
  const ingested = ingestText(text, file);
  return { ingested, report: buildReportModel(ingested) };
}

describe('metadata of the corpus reports', () => {
  it.each([
    [SEEDS['000'], '沙坡头区常乐镇 2022 年政府信息公开工作年度报告', '沙坡头区常乐镇', 'township', 2022],
    [SEEDS['002'], '卫辉市上乐村镇 2023 年政府信息公开工作年度报告', '卫辉市上乐村镇', 'township', 2023],
    [SEEDS['003'], '平罗县城关镇人民政府 2021 年政府信息公开工作年度报告', '平罗县城关镇人民政府', 'township', 2021],
  ] as const)('%s: title on line 3, body, kind, year', (file, title, body, kind, year) => {
    const { ingested, report } = loadFixture(file);
    const m = report.metadata;
    expect(m.title?.text).toBe(title);
    expect(m.title?.normalized).toBe(title.replace(/ /g, ''));
    expect(at(ingested, m.title!.range[0])).toEqual({ line: 3, column: 1 });
    expect(ingested.text.slice(...m.title!.range)).toBe(title);
    expect(m).toMatchObject({ body, bodyKind: kind, bodyKindSource: 'title', year, yearSource: 'title' });
    expect(isStandardTitle(m.title!.normalized)).toBe(true);
    expect(m.publicationDate).toBeUndefined();
  });

  it('seed 001 has no title: year and kind come from the text', () => {
    const { report } = loadFixture(SEEDS['001']);
    const m = report.metadata;
    expect(m.title).toBeUndefined();
    expect(m.body).toBeUndefined();
    expect(m).toMatchObject({ year: 2022, yearSource: 'text', bodyKind: 'township', bodyKindSource: 'text' });
    expect(m.publicationDate).toBeUndefined();
  });

  it('seed 004: a non-standard title, body 盐锅峡镇, publication date 2023-02-21', () => {
    const { ingested, report } = loadFixture(SEEDS['004']);
    const m = report.metadata;
    expect(m.title?.text).toBe('关于上报盐锅峡镇 2022 年政府信息公开工作报告的报告');
    expect(m.title?.normalized).toBe('关于上报盐锅峡镇2022年政府信息公开工作报告的报告');
    expect(isStandardTitle(m.title!.normalized)).toBe(false);
    expect(m).toMatchObject({ body: '盐锅峡镇', bodyKind: 'township', bodyKindSource: 'title', year: 2022, yearSource: 'title' });
    expect(m.publicationDate).toMatchObject({ year: 2023, month: 2, day: 21 });
    expect(ingested.text.slice(...m.publicationDate!.range)).toBe('2023年2月21日');
  });

  it.each([
    [REAL.hongze2023, '洪泽区人民政府', 2023, { line: 1, column: 17 }],
    [REAL.hongze2024, '淮安市洪泽区人民政府', 2024, { line: 1, column: 10 }],
    [REAL.huaian2024, '淮安市人民政府', 2024, { line: 1, column: 13 }],
  ] as const)('%s: the title spans two lines', (file, body, year, start) => {
    const { ingested, report } = loadFixture(file);
    const m = report.metadata;
    expect(m.title?.normalized).toBe(`${body}${year}年政府信息公开工作年度报告`);
    expect(at(ingested, m.title!.range[0])).toEqual(start);
    expect(at(ingested, m.title!.range[1]).line).toBe(2);
    expect(m.title?.text).toMatch(new RegExp(`^${body}\\n +${year} 年政府信息公开工作年度报告$`));
    expect(m).toMatchObject({ body, bodyKind: 'government', bodyKindSource: 'title', year, yearSource: 'title' });
    expect(m.publicationDate).toBeUndefined();
  });
});

describe('settings override what the report says', () => {
  it('bodyKind and reportYear from settings win over the title', () => {
    const { ingested } = loadFixture(SEEDS['002']);
    const m = buildReportModel(ingested, { bodyKind: 'department', reportYear: 2019 }).metadata;
    expect(m).toMatchObject({
      body: '卫辉市上乐村镇',
      bodyKind: 'department',
      bodyKindSource: 'settings',
      year: 2019,
      yearSource: 'settings',
    });
  });

  it('settings fill in what a title-less report lacks', () => {
    const { ingested } = loadFixture(SEEDS['001']);
    const m = buildReportModel(ingested, { bodyKind: 'government' }).metadata;
    expect(m).toMatchObject({ bodyKind: 'government', bodyKindSource: 'settings', year: 2022, yearSource: 'text' });
  });
});

describe('body kind inference', () => {
  it.each([
    ['卫辉市上乐村镇', 'township'],
    ['平罗县城关镇人民政府', 'township'],
    ['五常市民意乡', 'township'],
    ['某某乡人民政府', 'township'],
    ['大明湖街道', 'township'],
    ['大明湖街道办事处', 'township'],
    ['大明湖街道办', 'township'],
    ['淮安市人民政府', 'government'],
    ['淮安市洪泽区人民政府', 'government'],
    ['永靖县人民政府', 'government'],
    ['淮安市教育局', 'department'],
    ['杨陵区统计局', 'department'],
    ['某县发展和改革委员会', 'department'],
    ['某县卫生健康委', 'department'],
    ['淮安市人民政府办公室', 'department'],
    ['永靖县乡村振兴局', 'department'],
  ] as const)('%s → %s', (body, kind) => {
    expect(bodyKindOf(body)).toBe(kind);
  });

  it('a department report: kind from the title', () => {
    const { report } = model('淮安市教育局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n略。\n');
    expect(report.metadata).toMatchObject({ body: '淮安市教育局', bodyKind: 'department', bodyKindSource: 'title', year: 2023 });
  });

  it('a title-less report that says 我镇 twice is a township', () => {
    const { report } = model('一、总体情况\n\n2023年，我镇认真落实条例。全年我镇主动公开信息20条。\n');
    expect(report.metadata).toMatchObject({ bodyKind: 'township', bodyKindSource: 'text', year: 2023, yearSource: 'text' });
  });

  it('bodyFromTitle strips 关于上报 and handles 年度', () => {
    expect(bodyFromTitle('关于上报盐锅峡镇2022年政府信息公开工作报告的报告')).toBe('盐锅峡镇');
    expect(bodyFromTitle('某县审计局2023年度政府信息公开工作年度报告')).toBe('某县审计局');
    expect(isStandardTitle('某县审计局2023年度政府信息公开工作年度报告')).toBe(true);
  });
});

describe('titles, years and dates on synthetic inputs', () => {
  it('a Markdown level-1 heading is the title', () => {
    const { report } = model('# 淮安市教育局 2023 年政府信息公开工作年度报告\n\n## 一、总体情况\n\n略。\n', 'report.md');
    expect(report.metadata.title?.normalized).toBe('淮安市教育局2023年政府信息公开工作年度报告');
    expect(report.metadata).toMatchObject({ body: '淮安市教育局', year: 2023, bodyKind: 'department' });
  });

  it('the statistical period gives the year when there is no title', () => {
    const { report } = model('一、总体情况\n\n本报告统计期限为2021年1月1日至12月31日。2022年，将继续推进。2022年目标明确。\n');
    expect(report.metadata).toMatchObject({ year: 2021, yearSource: 'text' });
  });

  it('a labelled publication date', () => {
    const { ingested, report } = model('某镇2023年政府信息公开工作年度报告\n\n发布日期：2024年1月20日\n\n一、总体情况\n\n略。\n');
    expect(report.metadata.publicationDate).toMatchObject({ year: 2024, month: 1, day: 20 });
    expect(ingested.text.slice(...report.metadata.publicationDate!.range)).toBe('2024年1月20日');
  });

  it('a spaced date in the signature block, above a page footer', () => {
    const text = '某镇2023年政府信息公开工作年度报告\n\n一、总体情况\n\n略。\n\n          某镇人民政府\n        2024 年 1 月 31 日\n\n           -3-\n';
    const { ingested, report } = model(text);
    expect(report.metadata.publicationDate).toMatchObject({ year: 2024, month: 1, day: 31 });
    expect(ingested.text.slice(...report.metadata.publicationDate!.range)).toBe('2024 年 1 月 31 日');
  });
});
