import { describe, expect, it } from 'vitest';
import { buildReportModel, ingestText } from '../src/index.js';

function model(text: string, file = 'report.md') {
  return buildReportModel(ingestText(text, file));
}

/** prose index of the first occurrence of `needle` */
function proseAt(report: ReturnType<typeof model>, needle: string): [number, number] {
  const start = report.prose.value.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + needle.length];
}

describe('skip-mask in the model (AnnualReport.skip)', () => {
  it('skips URLs and e-mail addresses in the prose and in the source', () => {
    const text = '欢迎访问 https://www.example.gov.cn/xxgk/nb(2023).html 查阅，或来信 zhengwu@example.gov.cn 咨询。\n';
    const report = model(text);
    expect(report.skip.inProse(...proseAt(report, 'nb(2023)'))).toBe(true);
    expect(report.skip.inProse(...proseAt(report, 'zhengwu@'))).toBe(true);
    expect(report.skip.inProse(...proseAt(report, '欢迎访问'))).toBe(false);
    expect(report.skip.inProse(...proseAt(report, '咨询。'))).toBe(false);
    const at = text.indexOf('zhengwu');
    expect(report.skip.inSource(at, at + 7)).toBe(true);
    expect(report.skip.inSource(0, 4)).toBe(false);
  });

  it('an autolinked URL covers only its URL characters, not the Chinese it runs on into', () => {
    const text = '在门户网站（www.example.gov.cn）上可下载本年度报告。\n';
    const report = model(text);
    expect(report.skip.inProse(...proseAt(report, 'example'))).toBe(true);
    expect(report.skip.inProse(...proseAt(report, '上可下载'))).toBe(false);
  });

  it('skips inline code and links from the mdast', () => {
    const text = '见 `代码片段` 与 [公开指南](https://example.org/a) 两处，其余照常。\n';
    const report = model(text);
    expect(report.skip.inProse(...proseAt(report, '代码片段'))).toBe(true);
    expect(report.skip.inProse(...proseAt(report, '公开指南'))).toBe(true);
    expect(report.skip.inProse(...proseAt(report, '其余照常'))).toBe(false);
    const code = text.indexOf('代码');
    expect(report.skip.inSource(code, code + 2)).toBe(true);
  });

  it('skips 文号 only when asked', () => {
    const text = '依据《格式》（国办公开办函〔2021〕30号）编制。\n';
    const report = model(text);
    const number = proseAt(report, '〔2021〕30号');
    expect(report.skip.inProse(...number)).toBe(false);
    expect(report.skip.inProse(...number, { documentNumbers: true })).toBe(true);
    const at = text.indexOf('2021');
    expect(report.skip.inSource(at, at + 4)).toBe(false);
    expect(report.skip.inSource(at, at + 4, { documentNumbers: true })).toBe(true);
  });

  it('the per-character masks agree with the range questions and are built once', () => {
    const report = model('邮箱 a@b.cn 。\n');
    const mask = report.skip.proseMask();
    expect(mask).toBe(report.skip.proseMask());
    expect(mask.length).toBe(report.prose.value.length);
    const [start, end] = proseAt(report, 'a@b.cn');
    expect([...mask.slice(start, end)].every((b) => b === 1)).toBe(true);
    expect(mask[0]).toBe(0);
    expect(report.skip.sourceMask().length).toBe(report.range[1]);
    // empty and out-of-range questions are answered, not thrown
    expect(report.skip.inProse(start, start)).toBe(false);
    expect(report.skip.inProse(-5, 1)).toBe(false);
    expect(report.skip.inSource(0, 10_000)).toBe(true);
  });
});
