import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RulePack } from '@xxgk-lint/core';
import { lintText } from '@xxgk-lint/core';
import { RuleTester, checkDocsPages } from '@xxgk-lint/core/testing';
import provincial, { gansuWuwei, hunanHuaihua, placesWithoutSource, sichuan } from '../src/index.js';

const tester = new RuleTester({ requirePositions: true });

const report = (body: string, tail = '') => `某镇2023年政府信息公开工作年度报告\n\n一、总体情况\n\n${body}\n${tail}`;

tester.run('sichuan/statistical-period', sichuan.rules['statistical-period'], {
  valid: [
    report('本报告所列数据的统计期限为2023年1月1日至2023年12月31日。'),
    report('报告中所列数据统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。'),
  ],
  invalid: [
    {
      code: report('本年度工作正常。'),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      code: report('统计期限为2022年1月1日至12月31日。'),
      errors: [{ messageId: 'wrongYear', line: 5, column: 6, endLine: 5, endColumn: 22, message: '统计期限写的是 2022 年，报告年度是 2023 年：请改为2023年1月1日至12月31日。' }],
    },
  ],
});

tester.run('hunan-huaihua/publication-deadline', hunanHuaihua.rules['publication-deadline'], {
  valid: [
    report('本年度工作正常。', '\n某镇人民政府\n\n2024年2月20日\n'),
    { code: report('本年度工作正常。'), name: 'no date: nothing to check' },
    { code: '某县人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n正常。\n\n2024年3月1日\n', name: 'a government report is not covered' },
  ],
  invalid: [
    {
      code: report('本年度工作正常。', '\n某镇人民政府\n\n2024年2月26日\n'),
      errors: [{ line: 9, column: 1, endLine: 9, endColumn: 11, message: '落款日期 2024年2月26日 晚于怀化市对乡镇（街道）规定的发布截止日 2024年2月20日：请按期发布，或核对落款日期。' }],
    },
    {
      code: '怀化市民政局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n正常。\n\n怀化市民政局\n\n2024年1月29日\n',
      errors: [{ line: 9, column: 1, endLine: 9, endColumn: 11, message: /市直部门.*2024年1月28日/ }],
    },
    {
      code: report('本年度工作正常。', '\n某镇人民政府\n\n2024年2月18日\n'),
      options: { countyLevel: '02-15' },
      errors: [{ line: 9, column: 1, endLine: 9, endColumn: 11, message: /2024年2月15日/ }],
    },
  ],
});

/** all six parts, then the tail (落款) */
const whole = (tail = '') =>
  report('本年度工作正常。', `\n${['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].map((h) => `${h}\n\n无。\n`).join('\n')}${tail}`);

tester.run('hunan-huaihua/signature-block', hunanHuaihua.rules['signature-block'], {
  valid: [
    whole('\n某镇人民政府\n\n2024年1月20日\n'),
    { name: '只有第一部分的节选：落款不在节选里', code: report('本年度工作正常。') },
  ],
  invalid: [
    { code: whole(), errors: [{ line: 26, column: 1, endLine: 26, endColumn: 1, message: /缺单位名称和日期/ }] },
    { code: whole('\n2024年1月20日\n'), errors: [{ line: 28, column: 1, endLine: 28, endColumn: 1, message: /缺单位名称）/ }] },
  ],
});

describe('武威 data pack', () => {
  it('loads from pack.yml + rules/*.yml, namespaced, with its recommended config', () => {
    expect(gansuWuwei.meta.namespace).toBe('gansu-wuwei');
    expect(Object.keys(gansuWuwei.rules).sort()).toEqual([
      'overview-interpretation-count',
      'overview-length',
      'overview-normative-documents',
      'overview-response-count',
    ]);
    expect(Object.keys(gansuWuwei.configs.recommended.rules)).toHaveLength(4);
  });

  it('counts the characters of 一、总体情况 against 1000', () => {
    const rule = gansuWuwei.rules['overview-length'];
    const long = report('政'.repeat(1001));
    const result = lintText(long, { filePath: 'r.txt', rules: { 'gansu-wuwei/overview-length': { rule, severity: 'warn', options: {} } } });
    expect(result.messages.map((m) => [m.line, m.message])).toEqual([[3, '总体情况共 1001 字，武威市要求原则上不超过 1000 字：请突出重点、精简表述。']]);
    const ok = lintText(report('政'.repeat(1000)), { filePath: 'r.txt', rules: { x: { rule, severity: 'warn', options: {} } } });
    expect(ok.messages).toEqual([]);
  });
});

describe('provincial packs', () => {
  const all: RulePack[] = provincial.packs;

  it('one namespace per place, and no rules for places without a source', () => {
    expect(all.map((p) => p.meta.namespace)).toEqual(['sichuan', 'gansu-wuwei', 'hunan-huaihua']);
    expect(placesWithoutSource).toEqual(['宁夏', '广东', '浙江', '河南']);
  });
});

for (const pack of provincial.packs) {
  checkDocsPages({
    namespace: pack.meta.namespace,
    rules: pack.rules,
    readPage: (url) => (existsSync(fileURLToPath(url)) ? readFileSync(fileURLToPath(url), 'utf8') : undefined),
    pagePath: (name) => `/docs/${pack.meta.namespace}/${name}.md`,
    // a data pack's messages are in its rule files, not in meta.messages
    requireMessageIds: pack !== gansuWuwei,
    requireSourceLink: true,
  });
}
