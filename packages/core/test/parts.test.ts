import { describe, expect, it } from 'vitest';
import type { AnnualReport, Ingested } from '../src/index.js';
import { buildReportModel, ingestText, matchPartHeading } from '../src/index.js';
import { REAL, SEEDS, at, loadFixture } from './fixtures.js';

const CANONICAL = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
} as const;

function summary(ingested: Ingested, report: AnnualReport) {
  return report.parts.map((p) => ({
    number: p.number,
    written: p.heading.writtenNumber,
    line: at(ingested, p.heading.range[0]).line,
    title: p.heading.title,
    canonical: p.heading.canonical,
  }));
}

/** the six canonical parts at the given lines */
function canonicalAt(lines: number[]) {
  return lines.map((line, i) => {
    const n = (i + 1) as 1 | 2 | 3 | 4 | 5 | 6;
    return { number: n, written: n, line, title: CANONICAL[n], canonical: true };
  });
}

function match(line: string) {
  return matchPartHeading(line, 0, line.length);
}

function model(text: string, file = 'report.txt') {
  const ingested = ingestText(text, file);
  return { ingested, report: buildReportModel(ingested) };
}

describe('parts of the corpus reports', () => {
  it('seed 000: headings of parts 1, 2, 5, 6; parts 3 and 4 inferred from their tables; part 2 has a non-canonical heading', () => {
    const { ingested, report } = loadFixture(SEEDS['000']);
    expect(summary(ingested, report)).toEqual([
      { number: 1, written: 1, line: 7, title: '总体情况', canonical: true },
      { number: 2, written: 2, line: 23, title: '主动公开信息情况', canonical: false },
      { number: 3, written: null, line: 25, title: '', canonical: false },
      { number: 4, written: null, line: 42, title: '', canonical: false },
      { number: 5, written: 5, line: 45, title: '存在的主要问题及改进情况', canonical: true },
      { number: 6, written: 6, line: 53, title: '其他需要报告的事项', canonical: true },
    ]);
    expect(report.part(2)?.heading.text).toBe('二、主动公开信息情况');
    expect(report.part(2)?.heading.acceptedVariant).toBe(false);
    expect(report.parts.map((p) => p.found)).toEqual(['heading', 'heading', 'inferred', 'inferred', 'heading', 'heading']);
  });

  it.each([
    ['seed 001', SEEDS['001'], [2, 15, 87, 548, 609, 616]],
    ['seed 002', SEEDS['002'], [5, 17, 34, 65, 72, 78]],
    ['seed 003', SEEDS['003'], [7, 35, 52, 84, 91, 97]],
    ['seed 004', SEEDS['004'], [9, 27, 44, 75, 82, 88]],
    ['洪泽区 2023', REAL.hongze2023, [11, 41, 84, 136, 151, 166]],
    ['洪泽区 2024', REAL.hongze2024, [10, 41, 83, 132, 147, 164]],
    ['淮安市 2024', REAL.huaian2024, [11, 65, 111, 202, 225, 239]],
  ] as const)('%s: all six parts, canonical, at the expected lines', (_name, file, lines) => {
    const { ingested, report } = loadFixture(file);
    expect(summary(ingested, report)).toEqual(canonicalAt([...lines]));
    for (const p of report.parts) expect(p.heading.acceptedVariant).toBe(false);
  });

  it('part ranges tile the report from the first heading to the end', () => {
    const { ingested, report } = loadFixture(SEEDS['002']);
    const parts = report.parts;
    for (let i = 0; i + 1 < parts.length; i++) {
      expect(parts[i].range[1]).toBe(parts[i + 1].range[0]);
      expect(parts[i].bodyRange).toEqual([parts[i].heading.range[1], parts[i + 1].range[0]]);
    }
    expect(parts[5].range[1]).toBe(ingested.text.length);
    expect(ingested.text.slice(...report.part(4)!.heading.range)).toBe('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('the table labels inside table 三 are not parts (seed 000, whose part headings 三/四 were lost)', () => {
    const { report } = loadFixture(SEEDS['000']);
    expect(report.parts.filter((p) => p.found === 'heading').map((p) => p.heading.text)).toEqual([
      '一、总体情况',
      '二、主动公开信息情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });
});

describe('matchPartHeading: the ways a heading is written', () => {
  it('canonical heading', () => {
    expect(match('三、收到和处理政府信息公开申请情况')).toMatchObject({
      number: 3,
      writtenNumber: 3,
      title: '收到和处理政府信息公开申请情况',
      canonical: true,
      acceptedVariant: false,
      range: [0, 17],
      titleRange: [2, 17],
    });
  });

  it('spaces from PDF extraction ("三 、收 到…")', () => {
    const line = '   三 、收 到和处理政府信息公开申 请情况';
    const m = match(line);
    expect(m).toMatchObject({ number: 3, writtenNumber: 3, title: '收到和处理政府信息公开申请情况', canonical: true });
    expect(line.slice(...m!.range)).toBe('三 、收 到和处理政府信息公开申 请情况');
    expect(line.slice(...m!.titleRange)).toBe('收 到和处理政府信息公开申 请情况');
  });

  it('a fully spaced-out heading', () => {
    expect(match('四 、政 府 信 息 公 开 行 政 复 议 、 行 政 诉 讼 情 况')).toMatchObject({
      number: 4,
      writtenNumber: 4,
      title: '政府信息公开行政复议、行政诉讼情况',
      canonical: true,
    });
  });

  it('markdown heading "## 一、总体情况"', () => {
    const line = '## 一、总体情况';
    const m = match(line);
    expect(m).toMatchObject({ number: 1, writtenNumber: 1, title: '总体情况', canonical: true });
    expect(line.slice(...m!.range)).toBe('一、总体情况');
  });

  it('bold "**二、主动公开政府信息情况**"', () => {
    const line = '**二、主动公开政府信息情况**';
    const m = match(line);
    expect(m).toMatchObject({ number: 2, writtenNumber: 2, title: '主动公开政府信息情况', canonical: true });
    expect(line.slice(...m!.range)).toBe('二、主动公开政府信息情况');
  });

  it('a heading ending in "。" or "：" is still canonical', () => {
    expect(match('六、其他需要报告的事项。')).toMatchObject({ number: 6, title: '其他需要报告的事项', canonical: true });
    expect(match('五、存在的主要问题及改进情况：')).toMatchObject({ number: 5, title: '存在的主要问题及改进情况', canonical: true });
  });

  it('the part is recognised by wording; the numeral is reported as written', () => {
    expect(match('一、主动公开政府信息情况')).toMatchObject({ number: 2, writtenNumber: 1, canonical: true });
    expect(match('三.收到和处理政府信息公开申请情况')).toMatchObject({ number: 3, writtenNumber: 3, canonical: true });
    expect(match('七、其他需要报告的事项')).toMatchObject({ number: 6, writtenNumber: 7 });
  });

  it('inline heading "一、总体情况。2022年，……": the title is only 总体情况', () => {
    const m = match('一、总体情况。2022年，……');
    expect(m).toMatchObject({ number: 1, writtenNumber: 1, title: '总体情况', canonical: true });
  });

  it('inline heading "六、其他需要报告的事项：无。": the title is only 其他需要报告的事项', () => {
    const m = match('六、其他需要报告的事项：无。');
    expect(m).toMatchObject({ number: 6, writtenNumber: 6, title: '其他需要报告的事项', canonical: true });
  });

  it('indented with full-width spaces (U+3000)', () => {
    const line = '\u3000\u3000二、主动公开政府信息情况';
    const m = match(line);
    expect(m).toMatchObject({ number: 2, writtenNumber: 2, title: '主动公开政府信息情况', canonical: true, range: [2, 14] });
  });

  it('inline heading followed by a long sentence: the title is only 总体情况', () => {
    const line = '一、总体情况。2022年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。';
    const m = match(line);
    expect(m).toMatchObject({ number: 1, writtenNumber: 1, title: '总体情况', canonical: true });
    expect(line.slice(...m!.titleRange)).toBe('总体情况');
  });

  describe('inline heading in a document', () => {
    const text = [
      '一、总体情况。2022年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。',
      '',
      '二、主动公开政府信息情况',
      '',
    ].join('\n');
    const { report } = model(text);

    it('the heading is "一、总体情况" (with its full stop at most), not the sentence after it', () => {
      const p1 = report.part(1)!;
      expect(p1.heading.title).toBe('总体情况');
      expect(['一、总体情况', '一、总体情况。']).toContain(p1.heading.text);
    });

    it('the sentence after the inline heading belongs to the part body', () => {
      expect(text.slice(...report.part(1)!.bodyRange)).toContain('2022年，我镇认真贯彻落实');
    });
  });

  it.each([
    ['二、行政机关主动公开政府信息情况', 2],
    ['三、行政机关收到和处理政府信息公开申请情况', 3],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 4],
    ['四、政府信息公开行政复议和行政诉讼情况', 4],
    ['五、政府信息公开工作存在的主要问题及改进情况', 5],
  ] as const)('accepted variant (domain.md §2.2): %s', (line, number) => {
    expect(match(line)).toMatchObject({ number, writtenNumber: number, canonical: false, acceptedVariant: true });
  });

  it('a wording that is neither canonical nor an accepted variant', () => {
    expect(match('二、主动公开信息情况')).toMatchObject({ number: 2, canonical: false, acceptedVariant: false });
    expect(match('五、存在问题和改进措施')).toMatchObject({ number: 5, canonical: false, acceptedVariant: false });
  });

  it.each([
    '一、本年新收政府信息公开申请数量',
    '二、上年结转政府信息公开申请数量',
    '三、本年度办理结果',
    ' 三 、本 年 度办 理 结果',
    '四、结转下年度继续办理',
  ])('table 三 row label "%s" is never a part', (line) => {
    expect(match(line)).toBeNull();
  });

  it('lines that are not headings', () => {
    expect(match('（一）主动公开政府信息情况。2022 年，常乐镇人民政府主动公开各类信息共 1517 条。')).toBeNull();
    expect(match('一是信息公开的及时性不够强。')).toBeNull();
    expect(match('第二十条第（一）项')).toBeNull();
    expect(match('')).toBeNull();
  });
});

describe('parts in whole documents', () => {
  const skeleton = (part5: string[]) =>
    [
      '一、总体情况',
      '本年度工作情况良好。',
      '二、主动公开政府信息情况',
      '略。',
      '三、收到和处理政府信息公开申请情况',
      '略。',
      '四、政府信息公开行政复议、行政诉讼情况',
      '略。',
      '五、存在的主要问题及改进情况',
      ...part5,
      '六、其他需要报告的事项',
      '无。',
      '',
    ].join('\n');

  it('a sub-list inside part 五 ("一、存在的问题" / "二、改进措施") does not create new parts', () => {
    const text = skeleton(['一、存在的问题', '公开内容不够全面。', '二、改进措施', '加强培训。']);
    const { report } = model(text);
    expect(report.parts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const body = text.slice(...report.part(5)!.bodyRange);
    expect(body).toContain('一、存在的问题');
    expect(body).toContain('二、改进措施');
    expect(body).not.toContain('六、');
  });

  it('markdown headings and bold headings in a .md report', () => {
    const text = [
      '# 某镇2023年政府信息公开工作年度报告',
      '',
      '## 一、总体情况',
      '',
      '本年度工作情况良好。',
      '',
      '**二、主动公开政府信息情况**',
      '',
      '### 三 、收 到和处理政府信息公开申请情况',
      '',
      '## 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '',
      '## 五、存在的主要问题及改进情况',
      '',
      '## 六、其他需要报告的事项',
      '',
    ].join('\n');
    const { ingested, report } = model(text, 'report.md');
    expect(
      report.parts.map((p) => ({
        number: p.number,
        text: p.heading.text,
        canonical: p.heading.canonical,
        variant: p.heading.acceptedVariant,
        ...at(ingested, p.heading.range[0]),
      })),
    ).toEqual([
      { number: 1, text: '一、总体情况', canonical: true, variant: false, line: 3, column: 4 },
      { number: 2, text: '二、主动公开政府信息情况', canonical: true, variant: false, line: 7, column: 3 },
      { number: 3, text: '三 、收 到和处理政府信息公开申请情况', canonical: true, variant: false, line: 9, column: 5 },
      { number: 4, text: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', canonical: false, variant: true, line: 11, column: 4 },
      { number: 5, text: '五、存在的主要问题及改进情况', canonical: true, variant: false, line: 13, column: 4 },
      { number: 6, text: '六、其他需要报告的事项', canonical: true, variant: false, line: 15, column: 4 },
    ]);
  });

  it('a part that appears twice is kept twice; part() returns the first', () => {
    const text = ['一、总体情况', '甲。', '二、主动公开政府信息情况', '乙。', '一、总体情况', '丙。', ''].join('\n');
    const { report } = model(text);
    expect(report.parts.map((p) => p.number)).toEqual([1, 2, 1]);
    expect(report.part(1)).toBe(report.parts[0]);
  });
});
