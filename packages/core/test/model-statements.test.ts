import { describe, expect, it } from 'vitest';
import { buildReportModel, ingestText } from '../src/index.js';
import { REAL, SEEDS, at, loadFixture } from './fixtures.js';

function metadataOf(text: string) {
  const ingested = ingestText(text, 'report.txt');
  return { text, metadata: buildReportModel(ingested).metadata };
}

const PARTS = '\n\n一、总体情况\n\n正文。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。\n';

describe('statistical period', () => {
  it.each([
    [REAL.hongze2023, 2023, '2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止'],
    [REAL.huaian2024, 2024, '2024 年 1 月 1 日至 2024 年 12 月 31 日'],
    [SEEDS['000'], 2022, '2022 年 1 月 1 日至 12 月 31 日'],
    [SEEDS['003'], 2021, '2021 年 1 月 1 日至 2021 年 12 月 31 日'],
  ] as const)('%s: %i, the range as written', (file, year, written) => {
    const { ingested, report } = loadFixture(file);
    const period = report.metadata.statisticalPeriod;
    expect(period).toMatchObject({ start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } });
    expect(ingested.text.slice(...period!.range)).toBe(written);
  });

  it.each([SEEDS['001'], SEEDS['002'], SEEDS['004']])('%s states none', (file) => {
    expect(loadFixture(file).report.metadata.statisticalPeriod).toBeUndefined();
  });

  it('a range near 统计 wins over an earlier one; a wrong end is kept as written', () => {
    const { metadata } = metadataOf('2023年1月1日至3月31日开展专项行动。本报告统计期限为2023年1月1日至2023年11月30日。' + PARTS);
    expect(metadata.statisticalPeriod).toMatchObject({ start: { year: 2023, month: 1, day: 1 }, end: { year: 2023, month: 11, day: 30 } });
  });

  it('without 统计 nearby, the first whole-year range', () => {
    const { metadata } = metadataOf('2023年3月1日至3月31日开展专项行动。报告期为2023年1月1日至12月31日。' + PARTS);
    expect(metadata.statisticalPeriod).toMatchObject({ start: { month: 1, day: 1 }, end: { year: 2023, month: 12, day: 31 } });
  });
});

describe('contact statements', () => {
  it('洪泽区 2023: the preamble sentence with address, phone and e-mail', () => {
    const { ingested, report } = loadFixture(REAL.hongze2023);
    const statements = report.metadata.contactStatements;
    expect(statements).toHaveLength(1);
    expect(statements[0].text).toMatch(/^如对本报告有疑问.*0517-87222589.*hzzwgk@126\.com）。$/);
    expect(at(ingested, statements[0].range[0])).toEqual({ line: 7, column: 22 });
  });

  it('seed 000: the closing sentence after 六', () => {
    const { report } = loadFixture(SEEDS['000']);
    expect(report.metadata.contactStatements.map((s) => s.text)).toEqual([expect.stringContaining('联系电话：0955-7649215')]);
  });

  it('seed 003: "联系方式0952-6013731。" in the preamble', () => {
    const { report } = loadFixture(SEEDS['003']);
    expect(report.metadata.contactStatements.map((s) => s.text)).toEqual(['联系方式0952-6013731。']);
  });

  it('a phone number in a case description inside the parts is not a contact statement', () => {
    const { metadata } = metadataOf(
      '前言。\n\n一、总体情况\n\n申请人张某（电话13812345678）申请公开征收补偿信息。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。政务服务热线12345全天受理。\n',
    );
    expect(metadata.contactStatements).toEqual([]);
  });

  it('in 六, a sentence with a label and an intent to be contacted', () => {
    const { metadata } = metadataOf('前言。\n\n一、总体情况\n\n正文。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。咨询电话：0531-87654321。\n');
    expect(metadata.contactStatements.map((s) => s.text)).toEqual(['咨询电话：0531-87654321。']);
  });
});

describe('title year', () => {
  it('the year inside a two-line PDF title', () => {
    const { ingested, report } = loadFixture(REAL.hongze2024);
    expect(report.metadata.titleYear?.year).toBe(2024);
    expect(ingested.text.slice(...report.metadata.titleYear!.range)).toBe('2024');
    expect(at(ingested, report.metadata.titleYear!.range[0])).toEqual({ line: 2, column: 5 });
  });

  it('no title, no title year', () => {
    expect(loadFixture(SEEDS['001']).report.metadata.titleYear).toBeUndefined();
  });
});
