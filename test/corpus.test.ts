import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@xxgk-lint/core';
import { lintBytes, resolveRuleSet } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';

const rules = resolveRuleSet([nationalPack]);
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/corpus/${name}`, import.meta.url));

function lint(name: string): LintResult {
  const path = fixture(name);
  return lintBytes(readFileSync(path), { filePath: path, rules });
}

/** "ruleId@line" for each finding, in order (half-width punctuation is counted apart: 001 has 19 lines of it) */
function findings(result: LintResult): string[] {
  return result.messages.filter((m) => m.ruleId !== 'national/fullwidth-punctuation').map((m) => `${m.ruleId}@${m.line}`);
}

const count = (result: LintResult, rule: string) => result.messages.filter((m) => m.ruleId === `national/${rule}`).length;

const ARITHMETIC = ['application-balance', 'row-total', 'result-total', 'review-litigation-total'].map((r) => `national/${r}`);

function ruleIds(result: LintResult): string[] {
  return result.messages.map((m) => m.ruleId ?? '');
}

describe('seeds', () => {
  it('000: the headings of parts 三 and 四 lost (their tables stand in for them: warnings), non-standard part-二 heading, garbled tables said once each, no arithmetic', () => {
    const result = lint('seeds/000_f0d5aaeb41c6e798.txt');
    expect(findings(result)).toEqual([
      'national/government-accountability@7',
      'national/table-present@23',
      'national/part-heading@23',
      'national/required-parts@25',
      'national/table-unreadable@25',
      'national/required-parts@42',
      'national/table-unreadable@42',
      'national/publication-deadline@65',
    ]);
    const missing = result.messages.filter((m) => m.ruleId === 'national/required-parts');
    expect(missing.map((m) => m.messageId)).toEqual(['headingMissing', 'headingMissing']);
    expect(missing.map((m) => m.xxgkSeverity)).toEqual(['warn', 'warn']);
    expect(missing[0].message).toContain('第三部分');
    expect(missing[1].message).toContain('第四部分');
    const heading = result.messages.find((m) => m.ruleId === 'national/part-heading')!;
    expect(heading.message).toContain('主动公开信息情况');
    expect(heading.fix?.text).toBe('主动公开政府信息情况');
  });

  it('001: missing title, contact and statistical period; a basis without the 条例; half-width punctuation throughout', () => {
    const result = lint('seeds/001_f43a336d7d324075.txt');
    expect(findings(result)).toEqual(['national/contact-info@1', 'national/legal-citation@1', 'national/report-title@1', 'national/statistical-period@2', 'national/publication-deadline@617']);
    expect(result.messages[0].message).toContain('联系电话');
    expect(result.messages.find((m) => m.ruleId === 'national/report-title')!.message).toContain('没有标题');
    // 76 half-width marks on 19 lines: one finding a line, each with one fix for the whole line
    const halfWidth = result.messages.filter((m) => m.ruleId === 'national/fullwidth-punctuation');
    expect(halfWidth).toHaveLength(19);
    expect(halfWidth.reduce((n, m) => n + Number(/这一段有 (\d+) 处/.exec(m.message)?.[1] ?? 1), 0)).toBe(76);
    expect(halfWidth.every((m) => m.fix)).toBe(true);
  });

  it('002: fee statement with no outcome, "共149条，其中…" adding to 148, "22 年度"', () => {
    const result = lint('seeds/002_cff4ace8f11033c3.txt');
    expect(findings(result)).toEqual([
      'national/contact-info@3',
      'national/statistical-period@3',
      'national/government-accountability@5',
      'national/narrative-sum@7',
      'national/abbreviated-year@74',
      'national/abbreviated-year@74',
      'national/abbreviated-year@76',
      'national/abbreviated-year@76',
      'national/fee-statement@80',
      'national/publication-deadline@80',
    ]);
    const sum = result.messages.find((m) => m.ruleId === 'national/narrative-sum')!;
    expect(sum.message).toContain('28+26+30+30+3+31 = 148');
    expect(sum.message).toContain('149');
    expect(sum.xxgkSeverity).toBe('error');
    expect(result.messages.find((m) => m.ruleId === 'national/fee-statement')!.messageId).toBe('noOutcome');
    expect(result.messages.find((m) => m.ruleId === 'national/abbreviated-year')!.message).toContain('“22年度”');
    expect(count(result, 'fullwidth-punctuation')).toBe(7);
  });

  it('003: missing fee statement, the 文号 "国办公开办函 2021]30 号"', () => {
    const result = lint('seeds/003_b44d1f36068b8b31.txt');
    expect(findings(result)).toEqual([
      'national/contact-info@3',
      'national/document-number@5',
      'national/government-accountability@7',
      'national/narrative-sum@29',
      'national/fee-statement@97',
      'national/publication-deadline@99',
    ]);
    expect(result.messages.find((m) => m.ruleId === 'national/fee-statement')!.messageId).toBe('missing');
    // 87+58+468+297+103 of 1172, no 其他: a question for the author, not an error
    expect(result.messages.find((m) => m.ruleId === 'national/narrative-sum')!.xxgkSeverity).toBe('warn');
    expect(result.messages.find((m) => m.ruleId === 'national/document-number')!.fix?.text).toBe('〔2021〕30号');
  });

  it('004: non-standard title, missing contact, the "50（营业执照）" cell, a stray closing quote, published 2023-02-21', () => {
    const result = lint('seeds/004_50046161c6499f8c.txt');
    expect(findings(result)).toEqual([
      'national/contact-info@3',
      'national/report-title@3',
      'national/statistical-period@3',
      'national/government-accountability@9',
      'national/cell-value@35',
      'national/paired-punctuation@90',
      'national/publication-deadline@94',
    ]);
    const message = (rule: string) => result.messages.find((m) => m.ruleId === `national/${rule}`)!.message;
    expect(message('report-title')).toContain('关于上报盐锅峡镇2022年政府信息公开工作报告的报告');
    expect(message('cell-value')).toContain('按 50 计算');
    expect(message('paired-punctuation')).toContain('右引号');
    expect(message('publication-deadline')).toContain('2023年2月21日 晚于乡镇（街道）的发布期限 2023年1月31日');
  });

  it('no seed gets a false fee-statement, narrative-sum error or arithmetic error', () => {
    const seeds = ['000_f0d5aaeb41c6e798', '001_f43a336d7d324075', '002_cff4ace8f11033c3', '003_b44d1f36068b8b31', '004_50046161c6499f8c'];
    const expectedFee = new Set(['002_cff4ace8f11033c3', '003_b44d1f36068b8b31']);
    for (const seed of seeds) {
      const result = lint(`seeds/${seed}.txt`);
      expect(ruleIds(result).filter((id) => ARITHMETIC.includes(id))).toEqual([]);
      expect(ruleIds(result).includes('national/fee-statement')).toBe(expectedFee.has(seed));
      const sumErrors = result.messages.filter((m) => m.ruleId === 'national/narrative-sum' && m.xxgkSeverity === 'error');
      expect(sumErrors.length).toBe(seed === '002_cff4ace8f11033c3' ? 1 : 0);
    }
  });
});

describe('real reports (pdftotext -layout)', () => {
  it('洪泽区 2023: two review-litigation-total errors with the numbers; the misspelt label; the 2019 （六） row', () => {
    const result = lint('real/jiangsu-huaian-hongzequ-2023.txt');
    expect(findings(result)).toEqual([
      'national/government-accountability@11',
      'national/name-typo@21',
      'national/table-labels@108',
      'national/outdated-template@130',
      'national/review-litigation-total@149',
      'national/review-litigation-total@149',
      'national/publication-deadline@168',
    ]);
    const totals = result.messages.filter((m) => m.ruleId === 'national/review-litigation-total');
    expect(totals[0].message).toContain('10+1+0+0 = 11，但总计为 0');
    expect(totals[0].message).toContain('行政复议');
    expect(totals[1].message).toContain('5+0+0+0 = 5，但总计为 0');
    expect(totals[1].message).toContain('复议后起诉');
    // the 总计 cells themselves
    expect([totals[0].column, totals[1].column]).toEqual([23, 67]);
    expect(result.messages.find((m) => m.ruleId === 'national/table-labels')!.message).toContain('2.其他法律行政止公开');
  });

  it('洪泽区 2024: the same label and layout; 17 applications in the text against 95 in table 三 (a warning)', () => {
    const result = lint('real/jiangsu-huaian-hongzequ-2024.txt');
    expect(findings(result)).toEqual([
      'national/government-accountability@10',
      'national/narrative-table@24',
      'national/table-labels@107',
      'national/outdated-template@128',
      'national/publication-deadline@166',
    ]);
    expect(result.messages.find((m) => m.ruleId === 'national/narrative-table')!.xxgkSeverity).toBe('warn');
  });

  it('洪泽区 2024 and 淮安市 2024: no arithmetic error; 淮安市 no error at all', () => {
    for (const name of ['real/jiangsu-huaian-hongzequ-2024.txt', 'real/jiangsu-huaian-shi-2024.txt']) {
      const result = lint(name);
      expect(ruleIds(result).filter((id) => ARITHMETIC.includes(id) || id === 'national/table-unreadable')).toEqual([]);
    }
    const clean = lint('real/jiangsu-huaian-shi-2024.txt');
    expect(clean.errorCount).toBe(0);
    expect(findings(clean)).toEqual(['national/government-accountability@11', 'national/publication-deadline@241']);
  });
});

describe('ESLint result shape', () => {
  it('carries counts, positions and the source', () => {
    const result = lint('seeds/002_cff4ace8f11033c3.txt');
    expect(result).toMatchObject({ errorCount: 2, warningCount: 14, fatalErrorCount: 0, suppressedMessages: [], usedDeprecatedRules: [] });
    expect(typeof result.source).toBe('string');
    for (const m of result.messages) {
      expect(m).toMatchObject({ severity: expect.any(Number), line: expect.any(Number), column: expect.any(Number) });
      expect(m.endLine).toBeGreaterThanOrEqual(m.line);
      expect(result.source!.slice(m.range[0], m.range[1]).length).toBe(m.range[1] - m.range[0]);
    }
  });
});

describe('reviewer checks: name-typo, repeated-char', () => {
  const typos = (name: string) =>
    lint(name)
      .messages.filter((m) => m.ruleId === 'national/name-typo')
      .map((m) => `${m.line}:${m.xxgkSeverity}:${m.message}`);

  it('finds the known typos of the corpus, each with the intended form', () => {
    expect(typos('real/jiangsu-huaian-hongzequ-2023.txt')).toEqual(['21:warn:“受理渠”应为“受理渠道”（少了“道”），请改正。']);
    expect(typos('crawl/pingtan_gonganju_2022.txt')).toEqual(['10:warn:“截止目前”应为“截至目前”（“至”误写为“止”），请改正。']);
    expect(typos('crawl/pingtan_xingzhengshenpiju_2023.txt')).toEqual([
      '10:warn:机关名称写错了：“平潭综合区行政审批局”应为“平潭综合实验区行政审批局”（少了“实验”；报告标题写作“平潭综合实验区行政审批局”），请改正。',
    ]);
  });

  it('offers the intended form as a suggestion, not a fix', () => {
    const m = lint('crawl/pingtan_gonganju_2022.txt').messages.find((x) => x.ruleId === 'national/name-typo')!;
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].fix.text).toBe('截至目前');
  });

  it('nothing on the other corpus reports, and no doubled function word anywhere', () => {
    const others = [
      'seeds/000_f0d5aaeb41c6e798.txt',
      'seeds/001_f43a336d7d324075.txt',
      'seeds/002_cff4ace8f11033c3.txt',
      'seeds/003_b44d1f36068b8b31.txt',
      'seeds/004_50046161c6499f8c.txt',
      'real/jiangsu-huaian-hongzequ-2024.txt',
      'real/jiangsu-huaian-shi-2024.txt',
      'crawl/pingtan_jiaotongjiansheju_2023.txt',
      'crawl/pingtan_jingjifazhanju_2022.txt',
      'crawl/pingtan_shichangjianguanju_2019.txt',
      'web-excerpts/jiangxi_lianxiqu_2024.txt',
      'web-excerpts/shanghai_shi_2022.txt',
    ];
    for (const name of others) expect(typos(name), name).toEqual([]);
    for (const name of [...others, 'real/jiangsu-huaian-hongzequ-2023.txt', 'crawl/pingtan_gonganju_2022.txt']) {
      expect(count(lint(name), 'repeated-char'), name).toBe(0);
    }
  });
});

describe('reviewer checks: year, numbering, contradictions', () => {
  // issue 16 items 3–5: national/year-slip, national/numbering-sequence, and narrative-table's table-二 figures
  const MINE = ['national/year-slip', 'national/numbering-sequence'];
  const corpusFiles = ['seeds', 'real', 'web-excerpts', 'crawl'].flatMap((dir) =>
    readdirSync(fixture(dir))
      .filter((f) => /\.(txt|pdf)$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
  /** a corpus report with one edit (the defect under test), linted in memory */
  const edited = (name: string, from: string | RegExp, to: string) => {
    const text = readFileSync(fixture(name), 'utf8');
    const changed = text.replace(from, to);
    expect(changed).not.toBe(text);
    return lintBytes(Buffer.from(changed), { filePath: fixture(name), rules });
  };
  const mine = (result: LintResult) => findings(result).filter((f) => MINE.some((id) => f.startsWith(`${id}@`)));

  it('no report of the corpus gets a year-slip or numbering-sequence finding, nor a table-二 figure finding (a reader found none)', () => {
    expect(corpusFiles.length).toBe(28);
    for (const name of corpusFiles) {
      const result = lint(name);
      expect([name, mine(result)]).toEqual([name, []]);
      expect([name, result.messages.filter((m) => m.messageId === 'regulationFigure')]).toEqual([name, []]);
    }
  });

  it('大竹县四合镇 2023 with its （一）主动公开 written as 2022年: year-slip on line 3', () => {
    const result = edited('web-excerpts/sichuan_dazhu_siHezhen_2023.txt', '2023年,我镇通过政府', '2022年,我镇通过政府');
    expect(mine(result)).toEqual(['national/year-slip@3']);
    expect(result.messages.find((m) => m.ruleId === 'national/year-slip')!.message).toContain('本报告是 2023 年度的');
  });

  it('平湖市某局 2024 (no title, no statistical period) written as 2023年: the report year is not certain, nothing', () => {
    const result = edited('web-excerpts/zhejiang_pinghu_bumen_2024.txt', '2024年,我局共主', '2023年,我局共主');
    expect(mine(result)).toEqual([]);
  });

  it('003 without its （一）主动公开情况 line: 1. 2. 3. straight under 一、总体情况', () => {
    const result = edited('seeds/003_b44d1f36068b8b31.txt', /^\(一\) 主动公开情况.*$/m, '主动公开情况');
    expect(mine(result)).toEqual(['national/numbering-sequence@11']);
  });

  it('001 with (二)依申请公开 written 二、: a topic of 总体情况 numbered as a part', () => {
    const result = edited('seeds/001_f43a336d7d324075.txt', /^\(二\)依申请公开/m, '二、依申请公开');
    expect(mine(result)).toEqual(['national/numbering-sequence@5']);
    expect(result.messages.find((m) => m.ruleId === 'national/numbering-sequence')!.message).toContain('请改为“（二）”');
  });

  it('001 with part 五 numbered 一、 again: a restart', () => {
    const result = edited('seeds/001_f43a336d7d324075.txt', /^\(一\)提升质量水平/m, '一、提升质量水平');
    expect(mine(result)).toEqual(['national/numbering-sequence@612']);
  });

  it('行政审批局 2023 with 制定规范性文件6件: table 二 ("行政规范性文件5416", digits run together) is not read with confidence, so no comparison', () => {
    const result = edited('crawl/pingtan_xingzhengshenpiju_2023.txt', '我局制定规范性文件5件', '我局制定规范性文件6件');
    expect(result.messages.filter((m) => m.messageId === 'regulationFigure')).toEqual([]);
    expect(ruleIds(result)).toContain('national/table-unreadable');
  });
});

describe('reviewer checks: year on year, batch, split cells', () => {
  /** every report of the corpus, .txt and .pdf, with its path */
  const corpusFiles = () =>
    ['crawl', 'real', 'seeds', 'web-excerpts'].flatMap((dir) => readdirSync(fixture(dir)).filter((f) => /\.(txt|pdf)$/.test(f)).map((f) => `${dir}/${f}`));

  it('year-on-year-jump: 洪泽区 2024 against its 2023 report (text and PDF) finds 行政许可 550 → 9487 and 予以公开 0 → 50, nothing else', async () => {
    const { ingestAny, lintAny } = await import('@xxgk-lint/core');
    for (const ext of ['txt', 'pdf']) {
      const before = fixture(`real/jiangsu-huaian-hongzequ-2023.${ext}`);
      const now = fixture(`real/jiangsu-huaian-hongzequ-2024.${ext}`);
      const previous = { filePath: before, ingested: await ingestAny(readFileSync(before), before) };
      const result = await lintAny(readFileSync(now), { filePath: now, rules, previous });
      const jumps = result.messages.filter((m) => m.ruleId === 'national/year-on-year-jump');
      // both true: the figures are as printed in the two reports (17× more licences; 0 of 21 granted in 2023, 50 of 95 in 2024)
      expect(jumps.map((m) => m.message.split('：')[0])).toEqual(
        expect.arrayContaining([
          '表二“行政许可”处理决定数量本年为 9487，上一年度报告（jiangsu-huaian-hongzequ-2023.' + ext + '）为 550，增至上一年度的 17.2 倍',
          '表三“（一）予以公开”总计本年为 50，上一年度报告（jiangsu-huaian-hongzequ-2023.' + ext + '）为 0，由 0 增加',
        ]),
      );
      expect(jumps).toHaveLength(2);
      expect(jumps.every((m) => m.xxgkSeverity === 'info')).toBe(true);
    }
  });

  it('split-cell diagnosis: no corpus report gets a split or a move (no table 三 of the corpus fails its identities)', async () => {
    const { lintAny } = await import('@xxgk-lint/core');
    for (const name of corpusFiles()) {
      const result = await lintAny(readFileSync(fixture(name)), { filePath: fixture(name), rules });
      expect(result.messages.filter((m) => m.messageId === 'split' || m.messageId === 'move'), name).toEqual([]);
    }
  });

  it('the batch view over the whole corpus: no shared text, no peer outlier; listed bodies found in their written forms, the one not in the corpus missing', async () => {
    const { lintAny, runBatchStage } = await import('@xxgk-lint/core');
    const results = [];
    for (const name of corpusFiles()) results.push(await lintAny(readFileSync(fixture(name)), { filePath: fixture(name), rules, batchSummary: true }));
    const expectedBodies = ['洪泽区人民政府', '淮安市人民政府', '平潭综合实验区公安局', '常乐镇', '城关镇', '上乐村镇人民政府', '下各镇', '淮阴区人民政府'];
    const out = runBatchStage(results, {
      config: { expectedBodies, sharedText: true, peerOutliers: true },
      file: '.xxgklintrc.yml',
      bodyLines: expectedBodies.map((_, i) => i + 3),
    });
    const batchFindings = out.flatMap((r) => r.messages.filter((m) => /national\/(shared-text|peer-outlier|expected-bodies)/.test(m.ruleId ?? '')).map((m) => `${r.filePath.split('/').pop()}:${m.ruleId}@${m.line}`));
    // 洪泽区 2023/2024 and the .txt/.pdf copies are one body: neither copied text nor peers of each other
    expect(batchFindings).toEqual(['.xxgklintrc.yml:national/expected-bodies@10']);
  }, 120_000);
});
