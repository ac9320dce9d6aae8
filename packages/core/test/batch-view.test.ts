/**
 * The batch view (issue 16 item 7): the config key, the summaries the
 * engine adds, and each check of the batch stage.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHeldLinter } from '@xxgk-lint/core/browser';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import type { FigureSummary, LintResult, ReportSummary, ResolvedBatch } from '../src/index.js';
import {
  bodyKey,
  buildResult,
  findPeerOutliers,
  findSharedText,
  missingBodies,
  runBatchStage,
  sameBodyName,
  sentenceHashes,
  setPhraseLimit,
} from '../src/index.js';

const SEED = fileURLToPath(new URL('../../../test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt', import.meta.url));
const HONGZE = fileURLToPath(new URL('../../../test/fixtures/corpus/real/jiangsu-huaian-hongzequ-2024.txt', import.meta.url));

const held = (config: string) => createHeldLinter({ ...nationalDefaults, configs: [{ name: '.xxgklintrc.yml', text: config }] });

describe('batch: in the config', () => {
  it('is resolved with the file and the line of each expected body', async () => {
    const config = await held('batch:\n  expectedBodies:\n    - 和顺镇人民政府\n    - 安乐镇\n  sharedText: {threshold: 0.7}\n').configFor('a.txt');
    expect(config.batch).toEqual({
      config: { expectedBodies: ['和顺镇人民政府', '安乐镇'], sharedText: { threshold: 0.7 } },
      file: '.xxgklintrc.yml',
      line: 1,
      bodyLines: [3, 4],
    });
  });

  it('is absent from a config without it (authors: off)', async () => {
    expect((await held('rules: {}\n').configFor('a.txt')).batch).toBeUndefined();
  });

  it('refuses a wrong shape with a Chinese message naming the key', async () => {
    await expect(held('batch:\n  sharedText: {threshold: 6}\n').configFor('a.txt')).rejects.toThrow(/batch\.sharedText.*应为 true、false，或 \{threshold: 0\.6/);
    await expect(held('batch:\n  expected: [甲镇]\n').configFor('a.txt')).rejects.toThrow(/不是 batch 的配置项（可用：expectedBodies、sharedText、peerOutliers）/);
    await expect(held('batch:\n  expectedBodies: 和顺镇\n').configFor('a.txt')).rejects.toThrow(/应为机关名称的列表/);
  });
});

describe('the summary a lint adds', () => {
  it('only with batch in the config: body, kind, year, figures with places, sentence hashes, no text', async () => {
    const text = readFileSync(HONGZE, 'utf8');
    const without = await held('rules: {}\n').lintText(text, { filePath: 'h.txt' });
    expect(without!.batch).toBeUndefined();
    const result = await held('batch: {sharedText: true}\n').lintText(text, { filePath: 'h.txt' });
    const summary = result!.batch!;
    expect(summary).toMatchObject({ body: '淮安市洪泽区人民政府', bodyKind: 'government', year: 2024 });
    const license = summary.figures.find((f) => f.key === 'license')!;
    expect(license).toMatchObject({ state: 'number', value: 9487, raw: '9487', place: { line: 59, column: 27 } });
    expect(text.split('\n')[58].slice(26, 30)).toBe('9487');
    expect(summary.sentences.length).toBeGreaterThan(20);
    expect(summary.sentences.every((h) => Number.isInteger(h) && h >= 0)).toBe(true);
    // positions and label names, never the report's sentences
    expect(JSON.stringify(summary)).not.toContain('年度报告');
    expect(JSON.stringify(summary).length).toBeLessThan(text.length / 2);
  });

  it('folds digits: the same sentence with another year hashes the same', () => {
    expect(sentenceHashes('2023年，我镇认真贯彻落实政府信息公开条例。')).toEqual(sentenceHashes('2024年，我镇认真贯彻落实政府信息公开条例。'));
    expect(sentenceHashes('短句。')).toEqual([]);
  });
});

describe('sameBodyName', () => {
  it('pairs names as --previous does, and also without 人民政府 or with the county in front', () => {
    expect(sameBodyName('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(sameBodyName('和顺镇', '和顺镇人民政府')).toBe(true);
    expect(sameBodyName('平安县和顺镇人民政府', '和顺镇人民政府')).toBe(true);
    expect(sameBodyName('平安县和顺镇人民政府', '和顺镇')).toBe(true);
  });
  it('bodyKey: one key per body for counting peers', () => {
    expect(bodyKey('淮安市洪泽区人民政府')).toBe('洪泽区');
    expect(bodyKey('洪泽区人民政府')).toBe('洪泽区');
    expect(bodyKey('平安县和顺镇人民政府')).toBe('和顺镇');
    expect(bodyKey('淮安市人民政府')).toBe('淮安市');
    expect(bodyKey('平潭综合实验区公安局')).toBe('公安局');
  });
  it('keeps different bodies apart', () => {
    expect(sameBodyName('淮安市人民政府', '淮安市洪泽区人民政府')).toBe(false);
    expect(sameBodyName('人民政府', '和顺镇人民政府')).toBe(false);
    expect(sameBodyName('和顺镇', '东和顺镇')).toBe(false);
    expect(sameBodyName('平安县和顺镇', '安乐县和顺镇')).toBe(false);
  });
});

const sentences = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('findSharedText', () => {
  const options = { threshold: 0.6, minSentences: 10 };

  it("names the report whose sentences are mostly another body's, with the ratio", () => {
    const reports = [
      { body: '甲镇', sentences: sentences(0, 20) },
      { body: '乙镇', sentences: [...sentences(0, 14), ...sentences(100, 6)] },
      { body: '丙镇', sentences: sentences(200, 20) },
      { body: '丁镇', sentences: sentences(300, 20) },
    ];
    expect(findSharedText(reports, options)).toEqual([
      { index: 0, other: 1, shared: 14, total: 20, ratio: 0.7 },
      { index: 1, other: 0, shared: 14, total: 20, ratio: 0.7 },
    ]);
  });

  it('leaves out the sentences most of the batch has (the set phrases), and the same body in another year', () => {
    const phrases = sentences(1000, 30);
    const own = (n: number) => sentences(n * 100, 12);
    const reports = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇'].map((body, i) => ({ body, sentences: [...phrases, ...own(i)] }));
    expect(setPhraseLimit(5)).toBe(2);
    expect(findSharedText(reports, options)).toEqual([]);
    const twoYears = [
      { body: '平安县和顺镇人民政府', sentences: sentences(0, 20) },
      { body: '和顺镇人民政府', sentences: sentences(0, 20) },
    ];
    expect(findSharedText(twoYears, options)).toEqual([]);
  });

  it('does not judge a report with few sentences of its own, or one whose body is unknown', () => {
    expect(findSharedText([{ body: '甲镇', sentences: sentences(0, 9) }, { body: '乙镇', sentences: sentences(0, 9) }], options)).toEqual([]);
    expect(findSharedText([{ sentences: sentences(0, 20) }, { body: '乙镇', sentences: sentences(0, 20) }], options)).toEqual([]);
  });

  it('1,000 reports: fast, and the copied pairs among them found', () => {
    const reports = Array.from({ length: 1000 }, (_, i) => ({ body: `第${i}镇`, sentences: sentences((i % 500 === 7 ? 7 : i) * 1000, 200) }));
    const started = performance.now();
    const pairs = findSharedText(reports, options);
    const ms = performance.now() - started;
    expect(pairs.map((p) => [p.index, p.other])).toEqual([
      [7, 507],
      [507, 7],
    ]);
    // linear in the sentences (an index, not all pairs): well under a second even on a busy machine
    expect(ms).toBeLessThan(5000);
  });
});

const figure = (key: string, value: number | '/', line = 1): FigureSummary =>
  value === '/' ? { key, state: 'placeholder', raw: '/', place: { range: [0, 1], line, column: 1 } } : { key, state: 'number', value, raw: String(value), place: { range: [0, 1], line, column: 1 } };

describe('findPeerOutliers', () => {
  const options = { minPeers: 5, share: 0.8 };
  let serial = 0;
  const NAMES = '甲乙丙丁戊己庚辛壬癸';
  const township = (value: number | '/', body = `${NAMES[serial++ % NAMES.length]}镇`) => ({ body, bodyKind: 'township' as const, figures: [figure('penalty', value)] });

  it('0 or "/" where most townships have a value', () => {
    serial = 0;
    const reports = [township(12), township(3), township(40), township(8), township(5), township(0), township('/')];
    expect(findPeerOutliers(reports, options).map((o) => [o.index, o.figure.raw, o.peers, o.withValue])).toEqual([
      [5, '0', 6, 5],
      [6, '/', 6, 5],
    ]);
  });

  it('counts bodies, not files: the same body in two files (another year, .txt and .pdf) is one peer, and never its own', () => {
    serial = 0;
    const twice = [township(12), township(3), township(40), township(8), township(5, '平安县甲镇人民政府'), township(0)];
    expect(findPeerOutliers(twice, options)).toEqual([]);
    serial = 0;
    const own = [township(12), township(3), township(40), township(8), township(5), township(0), township(7, '己镇人民政府')];
    expect(findPeerOutliers(own, options).map((o) => [o.index, o.peers, o.withValue])).toEqual([[5, 5, 5]]);
    expect(findPeerOutliers([township(4), township(0, undefined as unknown as string)].map((r, i) => (i === 1 ? { ...r, body: undefined } : r)), { minPeers: 1, share: 0.5 })).toEqual([]);
  });

  it('not with too few peers, not when many peers also have 0, not across kinds of body', () => {
    serial = 0;
    expect(findPeerOutliers([township(12), township(3), township(40), township(8), township(0)], options)).toEqual([]);
    expect(findPeerOutliers([township(12), township(3), township(0), township(8), township(5), township(0), township(0)], options)).toEqual([]);
    const departments = [1, 2, 3, 4, 5].map((v) => ({ body: `第${v}局`, bodyKind: 'department' as const, figures: [figure('penalty', v)] }));
    expect(findPeerOutliers([...departments, township(0)], options)).toEqual([]);
  });
});

const summary = (body: string, extra: Partial<ReportSummary> = {}): ReportSummary => ({ body, bodyKind: 'township', year: 2023, figures: [], sentences: [], ...extra });
const resultOf = (filePath: string, body: string | undefined, batch?: ReportSummary): LintResult => {
  const r = buildResult(filePath, []);
  if (body) r.report = { body };
  if (batch) r.batch = batch;
  return r;
};

describe('runBatchStage', () => {
  const batch: ResolvedBatch = {
    config: { expectedBodies: ['甲镇人民政府', '乙镇', '丙镇人民政府'], sharedText: true, peerOutliers: true },
    file: '/c/.xxgklintrc.yml',
    line: 1,
    bodyLines: [3, 4, 5],
  };

  it('one warning on the config file per missing body, at its line', () => {
    expect(missingBodies(batch, ['平安县甲镇人民政府', undefined]).map((m) => [m.ruleId, m.line, m.xxgkSeverity])).toEqual([
      ['national/expected-bodies', 4, 'warn'],
      ['national/expected-bodies', 5, 'warn'],
    ]);
  });

  it('adds the findings to the results and counts them; the config file gets its own result', () => {
    const title = { range: [0, 8] as [number, number], line: 1, column: 1, endLine: 1, endColumn: 9 };
    const results = [
      resultOf('/r/a.txt', '甲镇人民政府', summary('甲镇人民政府', { sentences: sentences(0, 20), title })),
      resultOf('/r/b.txt', '乙镇人民政府', summary('乙镇人民政府', { sentences: sentences(0, 20), title })),
      resultOf('/r/c.txt', undefined),
    ];
    const out = runBatchStage(results, batch);
    expect(out.map((r) => r.filePath)).toEqual(['/r/a.txt', '/r/b.txt', '/r/c.txt', '/c/.xxgklintrc.yml']);
    expect(out[0].messages).toEqual([
      expect.objectContaining({
        ruleId: 'national/shared-text',
        line: 1,
        endColumn: 9,
        message: expect.stringContaining('100% 的句子（20/20 句，数字和本批报告普遍共有的句子不计）与“乙镇人民政府”的报告（b.txt）相同'),
      }),
    ]);
    expect(out[0].warningCount).toBe(1);
    expect(out[3].messages.map((m) => m.message)).toEqual([expect.stringContaining('“丙镇人民政府”在本次检查的报告中没有找到')]);
    expect(out[3].warningCount).toBe(1);
    expect(results[0].messages).toEqual([]); // the input is not changed
  });

  it('does only the checks the config names', () => {
    const results = [
      resultOf('/r/a.txt', '甲镇', summary('甲镇', { sentences: sentences(0, 20) })),
      resultOf('/r/b.txt', '乙镇', summary('乙镇', { sentences: sentences(0, 20) })),
    ];
    expect(runBatchStage(results, { ...batch, config: { peerOutliers: true } }).flatMap((r) => r.messages)).toEqual([]);
  });
});

// the seed is a township report: its own summary has the township's figures
it('a township report summarised: kind and figures of tables 二 and 三', async () => {
  const result = await held('batch: {peerOutliers: true}\n').lintText(readFileSync(SEED, 'utf8'), { filePath: '003.txt' });
  expect(result!.batch!.bodyKind).toBe('township');
  expect(result!.batch!.figures.map((f) => f.key)).toEqual(expect.arrayContaining(['license', 'penalty', 'newApplications']));
});
