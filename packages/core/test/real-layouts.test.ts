import { describe, expect, it } from 'vitest';
import { buildReportModel, ingestText, lintText } from '../src/index.js';

// Constructed cases for the reading of real layouts (issue 10): page chrome,
// crawler headers, inline headings, excerpts, the report gate, pre-2019 reports.
const model = (text: string) => {
  const ingested = ingestText(text, 'x.txt');
  return { text, report: buildReportModel(ingested) };
};
const slices = (text: string, ranges: readonly [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

const PARTS = [
  '一、总体情况',
  '2023年，我镇扎实推进政府信息公开工作。',
  '二、主动公开政府信息情况',
  '见下表。',
  '三、收到和处理政府信息公开申请情况',
  '本年度未收到申请。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '未发生。',
  '五、存在的主要问题及改进情况',
  '信息更新不够及时。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
];

describe('page chrome', () => {
  it('a copied page: breadcrumb, metadata block, the title twice, counters and 打印 关闭 are outside the report; the last title copy is the title', () => {
    const text = [
      '当前位置: 首页',
      '> 政务公开 > 乡镇街道 > 某镇 > 政府信息公开年报',
      '索 引 号 1133/2024-104757 公开方式 主动公开',
      '成文日期 2024-01-16 发布机构 某镇',
      '',
      '2023年某镇政府信息公开工作年度报告',
      '',
      '发布日期: 2024-01-16 访问次数: 12',
      '点击查看解读',
      '',
      '2023年某镇政府信息公开工作年度报告',
      '',
      ...PARTS,
      '',
      '【打印】【关闭】',
      '',
    ].join('\n');
    const { report } = model(text);
    expect(slices(text, report.chrome)).toEqual([
      '当前位置: 首页',
      '> 政务公开 > 乡镇街道 > 某镇 > 政府信息公开年报',
      '索 引 号 1133/2024-104757 公开方式 主动公开',
      '成文日期 2024-01-16 发布机构 某镇',
      '2023年某镇政府信息公开工作年度报告',
      '发布日期: 2024-01-16 访问次数: 12',
      '点击查看解读',
      '【打印】【关闭】',
    ]);
    expect(report.metadata.title?.range[0]).toBe(text.lastIndexOf('2023年某镇'));
    expect(report.metadata.body).toBe('某镇');
    expect(report.metadata.publicationDate).toMatchObject({ year: 2024, month: 1, day: 16 });
    expect(report.prose.value).not.toContain('访问次数');
  });

  it('a crawler header before ==== 正文 ====: its title is used when the body has none; the breadcrumb run of the first body line is cut off', () => {
    const header = ['标题: 某局2019年度政府信息公开工作年度报告', '发布时间: 2020-01-17 16:24', '文号: ', '==================== 正文 ===================='];
    const body = `当前位置： 首页政务公开 某局2019年度政府信息公开工作年度报告 来源： 时间：2020-01-17 相关链接： 根据《中华人民共和国政府信息公开条例》要求，编制本报告。${PARTS.join('')}`;
    const text = [...header, body, ''].join('\n');
    const { report } = model(text);
    expect(report.metadata.title?.normalized).toBe('某局2019年度政府信息公开工作年度报告');
    expect(report.metadata.title!.range[0]).toBeGreaterThan(text.indexOf('当前位置'));
    expect(report.prose.value.startsWith('根据《')).toBe(true);
    expect(report.parts.map((p) => [p.number, p.found])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 'inline']));
  });

  it('a long line starting with 当前位置 is a body, not one chrome line', () => {
    const text = `当前位置：首页 根据《中华人民共和国政府信息公开条例》，编制本报告。${'内容'.repeat(200)}。${PARTS.join('')}\n`;
    const { report } = model(text);
    expect(report.parts).toHaveLength(6);
    expect(report.chrome).toEqual([[0, text.indexOf('根据')]]);
  });
});

describe('inline part headings', () => {
  it('only a numeral continuing the sequence and naming its own part; table labels and preamble lists are not parts', () => {
    const text = '本报告包括：总体情况、主动公开等六部分。一、总体情况2022年，我局……三、本年度办理结果（一）予以公开。二、主动公开政府信息情况第二十条……\n';
    const { report } = model(text);
    expect(report.parts.map((p) => p.heading.text)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
  });
});

describe('excerpts', () => {
  const full = PARTS.join('\n\n');
  it('the first parts only, stopping mid-sentence: missing parts as a run, cut', () => {
    const text = `${full.slice(0, full.indexOf('三、'))}三、收到和处理政府信息公开申请情况\n\n本年度共收到申请`;
    const { report } = model(text);
    expect(report.excerpt).toMatchObject({ missing: [4, 5, 6], reason: '文字在句子中间结束', cut: true });
  });
  it('the first two parts, complete: an excerpt, not cut', () => {
    const text = full.slice(0, full.indexOf('三、'));
    expect(model(text).report.excerpt).toMatchObject({ missing: [3, 4, 5, 6], cut: false });
  });
  it('a whole report, and a report lacking only 六, are not excerpts', () => {
    expect(model(full).report.excerpt).toBeUndefined();
    expect(model(full.slice(0, full.indexOf('六、'))).report.excerpt).toBeUndefined();
  });
  it('a copy that says it stops', () => {
    const text = `${full.slice(0, full.indexOf('二、'))}\n[…以下内容略…]\n`;
    expect(model(text).report.excerpt).toMatchObject({ missing: [2, 3, 4, 5, 6], reason: '文末注明内容到此为止' });
  });
});

describe('the report gate and pre-2019 reports', () => {
  // no rules: only what the engine itself says (not a report, a pre-2019 report)
  const lint = (text: string) => lintText(text, { filePath: 'x.txt', rules: {} });
  it('a part heading alone, the title alone, or the 条例 with 年度报告 make a report', () => {
    expect(lint('一、总体情况\n\n2023年，我镇……\n').messages).toEqual([]);
    expect(lint('某镇2023年政府信息公开工作年度报告\n\n正文。\n').messages).toEqual([]);
    expect(lint('根据《中华人民共和国政府信息公开条例》，现将本镇年度报告公布如下。\n').messages).toEqual([]);
  });
  it('a note that only quotes table rows is not a report', () => {
    const note = '# 说明\n\n| 行 | 说明 |\n| --- | --- |\n| 本年新收 | 予以公开 |\n| 结转下年度 | 不予公开 |\n';
    const result = lint(note);
    expect(result.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(result.messages[0].message).toContain('看起来不是政府信息公开工作年度报告');
  });
  it('a 2013 report gets one info, no checks', () => {
    const result = lint('某县2013年政府信息公开工作年度报告\n\n一、概述\n\n略。\n');
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 1, xxgkSeverity: 'info' });
    expect(result.messages[0].message).toContain('2013 年度');
  });
});
