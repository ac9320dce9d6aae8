/**
 * Declarative kinds as a county writes them: `when` (body kind, years, parts),
 * `items`, and matching that skips URLs, e-mail addresses, code and links.
 */
import { describe, expect, it } from 'vitest';
import type { Settings } from '../src/index.js';
import { compileDeclarative, fixText, lintText } from '../src/index.js';

const at = { file: '.xxgklintrc.yml', path: ['customRules', 0], lineOf: () => undefined };

function lint(spec: Record<string, unknown>, text: string, settings: Settings = {}) {
  const { id, rule, severity } = compileDeclarative({ id: 'county/x', ...spec }, at);
  const rules = { [id]: { rule, severity: severity === 'off' ? 'warn' : severity, options: rule.meta.defaultOptions ?? {} } } as const;
  return { rules, messages: lintText(text, { filePath: 'r.txt', rules, settings }).messages };
}

const REPORT = [
  '某县某镇2023年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '本镇通过gov.cn网站公开信息，全年开展政务公开工作考核。',
  '',
  '二、主动公开政府信息情况',
  '',
  '联系邮箱：zhengwu@anju.gov.cn，网址 http://www.anju.gov.cn/xxgk/ 。',
  '',
].join('\n');

describe('forbid-phrase skips URLs and e-mail addresses', () => {
  const spec = { type: 'forbid-phrase', phrase: 'gov', replacement: 'GOV', ignoreCase: true };
  const prose = REPORT.replace('通过gov.cn网站', '通过gov 平台');

  it('does not fire inside an e-mail address or a URL', () => {
    expect(lint(spec, REPORT).messages).toEqual([]);
  });

  it('fires in plain prose, and --fix changes the prose, not the addresses', () => {
    const { rules, messages } = lint(spec, prose);
    expect(messages.map((m) => [m.line, m.column])).toEqual([[5, 5]]);
    const fixed = fixText(prose, { filePath: 'r.txt', rules }).output;
    expect(fixed).toContain('通过GOV 平台');
    expect(fixed).toContain('zhengwu@anju.gov.cn');
    expect(fixed).toContain('http://www.anju.gov.cn/xxgk/');
  });

  it('require-phrase does not count a phrase inside an address', () => {
    const required = { type: 'require-phrase', phrase: 'zhengwu', part: '二' };
    expect(lint(required, REPORT).messages.map((m) => m.message)).toEqual(['第二部分应写明“zhengwu”。']);
  });
});

describe('when', () => {
  const spec = { type: 'require-phrase', phrase: '社会评议', when: { bodyKind: ['township', 'government'], yearFrom: 2021 } };

  it('runs on a report whose body kind and year match', () => {
    expect(lint(spec, REPORT, { bodyKind: 'township' }).messages).toHaveLength(1);
  });

  it('skips another body kind, and an unknown one', () => {
    expect(lint(spec, REPORT, { bodyKind: 'department' }).messages).toEqual([]);
    expect(lint(spec, REPORT.replace('某县某镇', '')).messages).toEqual([]);
  });

  it('skips a year outside the range; an unknown year runs unless unknownYear: skip', () => {
    expect(lint(spec, REPORT, { bodyKind: 'township', reportYear: 2020 }).messages).toEqual([]);
    const noYear = REPORT.replace('2023年', '');
    expect(lint(spec, noYear, { bodyKind: 'township' }).messages).toHaveLength(1);
    expect(lint({ ...spec, when: { ...spec.when, unknownYear: 'skip' } }, noYear, { bodyKind: 'township' }).messages).toEqual([]);
  });

  it('hasParts: a report without the part is not judged', () => {
    const partSix = { type: 'require-phrase', phrase: '创新', part: '六' };
    expect(lint(partSix, REPORT).messages).toHaveLength(1);
    expect(lint({ ...partSix, when: { hasParts: ['六'] } }, REPORT).messages).toEqual([]);
  });
});

describe('items', () => {
  const items = [
    { name: '工作考核', phrase: '考核' },
    { name: '社会评议', phrase: '评议' },
    { name: '责任追究', phrase: ['责任追究', '问责'] },
  ];

  it('each missing item is reported on its own, at the part heading', () => {
    const found = lint({ type: 'require-phrase', part: '一', items, message: '总体情况应写明{{item}}情况。' }, REPORT).messages;
    expect(found.map((m) => [m.line, m.message])).toEqual([
      [3, '总体情况应写明社会评议情况。'],
      [3, '总体情况应写明责任追究情况。'],
    ]);
  });

  it('missingItems: together lists them in one finding; at: names the part to report at', () => {
    const found = lint({ type: 'require-phrase', items, missingItems: 'together', at: '二', message: '没有写到“{{items}}”。' }, REPORT).messages;
    expect(found.map((m) => [m.line, m.message])).toEqual([[7, '没有写到“社会评议”“责任追究”。']]);
  });

  it('itemsOption lets a config choose the items', () => {
    const { rule } = compileDeclarative({ id: 'county/x', type: 'require-phrase', items, itemsOption: 'topics' }, at);
    expect(rule.meta.defaultOptions).toEqual({ topics: ['工作考核', '社会评议', '责任追究'] });
    const rules = { 'county/x': { rule, severity: 'warn' as const, options: { topics: ['工作考核'] } } };
    expect(lintText(REPORT, { filePath: 'r.txt', rules }).messages).toEqual([]);
  });

  it('an item within a sub-section reports at its sub-heading', () => {
    const text = REPORT.replace('本镇通过', '（一）主动公开。本镇通过').replace('工作考核。', '工作考核。\n（二）依申请公开。全年收到申请3件。');
    const count = { name: '主动公开', phrase: '\\d+条', section: { number: 1, title: '主动公开' }, message: '“{{heading}}”没有写条数。', messageId: 'noCount' };
    const found = lint({ type: 'require-phrase', part: '一', regex: true, items: [count] }, text).messages;
    expect(found.map((m) => [m.line, m.column, m.message, m.messageId])).toEqual([[5, 1, '“（一）主动公开”没有写条数。', 'noCount']]);
  });
});

describe('a spec that does not fit its kind is refused with the key', () => {
  it.each([
    [{ type: 'require-phrase' }, 'customRules.0.phrase', /phrase 或 items/],
    [{ type: 'forbid-phrase', phrase: 'a', items: [] }, 'customRules.0.items', /不是 forbid-phrase 规则的字段/],
    [{ type: 'require-phrase', phrase: 'a', when: { bodyKind: 'county' } }, 'customRules.0.when.bodyKind', /只能是 township/],
    [{ type: 'require-phrase', items: [{ name: 'a' }] }, 'customRules.0.items.0.phrase', /须写明 phrase/],
    [{ type: 'max-length', part: '七', max: 3 }, 'customRules.0.part', /应为一至六/],
  ])('%j', (spec, key, detail) => {
    expect(() => compileDeclarative({ id: 'county/x', ...spec }, at)).toThrow(detail);
    try {
      compileDeclarative({ id: 'county/x', ...spec }, at);
    } catch (error) {
      expect((error as { key?: string }).key).toBe(key);
    }
  });
});
