import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, lintText } from '../src/index.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** a temp folder with the given files (path → content) */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-config-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** where no config file applies, front ends pass the national recommended rules */
const NATIONAL = { extends: '@xxgk-lint/rules-national/recommended' };

async function resolveIn(dir: string, file = 'r.txt', options = {}) {
  return new ConfigResolver({ cwd: dir, defaults: NATIONAL, ...options }).resolveFor(join(dir, file));
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const REPORT = [
  '某县某镇2023年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '本年度由县政务服务中心统一受理申请。',
  '',
  '六、其他需要报告的事项',
  '',
  '本年度未收取信息处理费。',
  '',
].join('\n');

describe('discovery', () => {
  it('with no config file at all, the national recommended config applies', async () => {
    const dir = folder({ 'r.txt': REPORT });
    const config = await resolveIn(dir, 'r.txt', { cwd: dir });
    // the search may meet config files above the temp dir only if someone put one in /tmp
    expect(config.rules['national/required-parts']?.severity).toBe('error');
    expect(config.rules['national/contact-info']?.severity).toBe('warn');
  });

  const names: Record<string, string> = {
    '.xxgklintrc': 'rules:\n  national/contact-info: "off"\nextends: "@xxgk-lint/rules-national/recommended"\n',
    '.xxgklintrc.json': '{"extends": "@xxgk-lint/rules-national/recommended", "rules": {"national/contact-info": "off"}}',
    '.xxgklintrc.yaml': 'extends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/contact-info: "off"\n',
    '.xxgklintrc.yml': 'extends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/contact-info: 0\n',
    '.xxgklintrc.js': 'export default { extends: "@xxgk-lint/rules-national/recommended", rules: { "national/contact-info": "off" } };',
    '.xxgklintrc.mjs': 'export default { extends: "@xxgk-lint/rules-national/recommended", rules: { "national/contact-info": "off" } };',
    '.xxgklintrc.cjs': 'module.exports = { extends: "@xxgk-lint/rules-national/recommended", rules: { "national/contact-info": "off" } };',
    'xxgklint.config.js': 'export default { extends: "@xxgk-lint/rules-national/recommended", rules: { "national/contact-info": "off" } };',
    'xxgklint.config.mjs': 'export default { extends: "@xxgk-lint/rules-national/recommended", rules: { "national/contact-info": "off" } };',
    'xxgklint.config.cjs': 'module.exports = { extends: "@xxgk-lint/rules-national/recommended", rules: { "national/contact-info": "off" } };',
    'package.json': '{"name": "county", "xxgklint": {"extends": "@xxgk-lint/rules-national/recommended", "rules": {"national/contact-info": "off"}}}',
  };
  for (const [name, content] of Object.entries(names)) {
    it(`finds ${name}`, async () => {
      const dir = folder({ [name]: content, 'sub/r.txt': REPORT });
      const config = await resolveIn(dir, 'sub/r.txt');
      expect(config.files).toEqual([join(dir, name)]);
      expect(config.rules['national/contact-info']).toBeUndefined();
      expect(config.rules['national/required-parts']?.severity).toBe('error');
    });
  }

  it('merges configs up the tree, nearest last, and root: true stops the search', async () => {
    const dir = folder({
      '.xxgklintrc.yml': 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/contact-info: error\n',
      'county/.xxgklintrc.yml': 'rules:\n  national/fee-statement: warn\n',
      'county/r.txt': REPORT,
      'other/.xxgklintrc.yml': 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\n',
      'other/r.txt': REPORT,
    });
    const county = await resolveIn(dir, 'county/r.txt');
    expect(county.files).toEqual([join(dir, '.xxgklintrc.yml'), join(dir, 'county/.xxgklintrc.yml')]);
    expect(county.rules['national/contact-info'].severity).toBe('error');
    expect(county.rules['national/fee-statement'].severity).toBe('warn');
    const other = await resolveIn(dir, 'other/r.txt');
    expect(other.files).toEqual([join(dir, 'other/.xxgklintrc.yml')]);
    expect(other.rules['national/contact-info'].severity).toBe('warn');
  });

  it('--config uses one file and --no-config the national recommended set alone', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'root: true\nrules: {}\n', 'alt.yml': 'extends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/report-title: error\n', 'r.txt': REPORT });
    expect(Object.keys((await resolveIn(dir)).rules)).toEqual([]);
    expect((await resolveIn(dir, 'r.txt', { configFile: 'alt.yml' })).rules['national/report-title'].severity).toBe('error');
    const none = await resolveIn(dir, 'r.txt', { useConfigFiles: false });
    expect(none.files).toEqual([]);
    expect(none.rules['national/report-title'].severity).toBe('warn');
  });
});

describe('merge semantics (docs/configuration.md)', () => {
  const base = 'root: true\nextends: "@xxgk-lint/rules-provincial/hunan-huaihua"\n';

  it('1. extends apply left to right, the file itself last', async () => {
    const dir = folder({
      'a.yml': 'rules:\n  hunan-huaihua/signature-block: error\n',
      'b.yml': 'rules:\n  hunan-huaihua/signature-block: info\n',
      '.xxgklintrc.yml': `${base}extends:\n  - "@xxgk-lint/rules-provincial/hunan-huaihua"\n  - ./a.yml\n  - ./b.yml\nroot: true\n`.replace(base, ''),
      'r.txt': REPORT,
    });
    expect((await resolveIn(dir)).rules['hunan-huaihua/signature-block'].severity).toBe('info');
  });

  it('2. a severity alone keeps the earlier options; [severity, options] replaces them', async () => {
    const keep = folder({
      'a.yml': 'rules:\n  hunan-huaihua/publication-deadline: [warn, {countyLevel: "02-15"}]\n',
      '.xxgklintrc.yml': `${base}extends:\n  - "@xxgk-lint/rules-provincial/hunan-huaihua"\n  - ./a.yml\nrules:\n  hunan-huaihua/publication-deadline: error\n`.replace(base, 'root: true\n'),
      'r.txt': REPORT,
    });
    expect((await resolveIn(keep)).rules['hunan-huaihua/publication-deadline']).toMatchObject({ severity: 'error', options: { countyLevel: '02-15' } });
    const replace = folder({
      '.xxgklintrc.yml': `${base}rules:\n  hunan-huaihua/publication-deadline: [warn, {cityDepartment: "01-20"}]\n`,
      'r.txt': REPORT,
    });
    expect((await resolveIn(replace)).rules['hunan-huaihua/publication-deadline'].options).toEqual({ cityDepartment: '01-20' });
  });

  it('3. "off" disables; turning the rule on again later restores its options', async () => {
    const dir = folder({
      'a.yml': 'rules:\n  hunan-huaihua/publication-deadline: [warn, {countyLevel: "02-15"}]\n',
      'b.yml': 'rules:\n  hunan-huaihua/publication-deadline: "off"\n',
      '.xxgklintrc.yml': 'root: true\nextends:\n  - "@xxgk-lint/rules-provincial/hunan-huaihua"\n  - ./a.yml\n  - ./b.yml\n',
      'r.txt': REPORT,
    });
    expect((await resolveIn(dir)).rules['hunan-huaihua/publication-deadline']).toBeUndefined();
    writeFileSync(join(dir, '.xxgklintrc.yml'), 'root: true\nextends:\n  - "@xxgk-lint/rules-provincial/hunan-huaihua"\n  - ./a.yml\n  - ./b.yml\nrules:\n  hunan-huaihua/publication-deadline: warn\n');
    expect((await resolveIn(dir)).rules['hunan-huaihua/publication-deadline']).toMatchObject({ severity: 'warn', options: { countyLevel: '02-15' } });
  });

  it('4. settings are deep-merged', async () => {
    const dir = folder({
      '.xxgklintrc.yml': 'root: true\nsettings:\n  region: {province: 湖南省, city: 怀化市}\n  reportYear: 2023\n',
      'county/.xxgklintrc.yml': 'settings:\n  region: {county: 某县}\n  bodyKind: township\n',
      'county/r.txt': REPORT,
    });
    expect((await resolveIn(dir, 'county/r.txt')).settings).toEqual({
      region: { province: '湖南省', city: '怀化市', county: '某县' },
      reportYear: 2023,
      bodyKind: 'township',
    });
  });

  it('5. overrides apply to the files their globs match, after the base', async () => {
    const dir = folder({
      '.xxgklintrc.yml': `${base}rules:\n  hunan-huaihua/signature-block: warn\noverrides:\n  - files: ["乡镇/**"]\n    rules:\n      hunan-huaihua/signature-block: error\n    settings:\n      bodyKind: township\n`,
      '乡镇/r.txt': REPORT,
      '部门/r.txt': REPORT,
    });
    const township = await resolveIn(dir, '乡镇/r.txt');
    expect(township.rules['hunan-huaihua/signature-block'].severity).toBe('error');
    expect(township.settings.bodyKind).toBe('township');
    const department = await resolveIn(dir, '部门/r.txt');
    expect(department.rules['hunan-huaihua/signature-block'].severity).toBe('warn');
    expect(department.settings.bodyKind).toBeUndefined();
  });

  it('6. ignores mark matching files as ignored', async () => {
    const dir = folder({ '.xxgklintrc.yml': `${base}ignores: ["草稿/**", "*.bak.txt"]\n`, '草稿/r.txt': REPORT, 'r.bak.txt': REPORT, 'r.txt': REPORT });
    expect((await resolveIn(dir, '草稿/r.txt')).ignored).toBe(true);
    expect((await resolveIn(dir, 'r.bak.txt')).ignored).toBe(true);
    expect((await resolveIn(dir, 'r.txt')).ignored).toBe(false);
  });

  it('one resolver, many files: a chain merged once holds for every file; file scopes and ignores still differ per file', async () => {
    const dir = folder({
      '.xxgklintrc.yml': `${base}ignores: ["草稿/**"]\noverrides:\n  - files: ["乡镇/**"]\n    settings:\n      bodyKind: township\n`,
      '乡镇/a.txt': REPORT,
      '部门/b.txt': REPORT,
      '草稿/c.txt': REPORT,
      'plain/.xxgklintrc.yml': 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\n',
      'plain/d.txt': REPORT,
      'plain/e.txt': REPORT,
    });
    const resolver = new ConfigResolver({ cwd: dir, defaults: NATIONAL });
    const at = (file: string) => resolver.resolveFor(join(dir, file));
    expect((await at('乡镇/a.txt')).settings.bodyKind).toBe('township');
    expect((await at('部门/b.txt')).settings.bodyKind).toBeUndefined();
    expect((await at('草稿/c.txt')).ignored).toBe(true);
    expect((await at('部门/b.txt')).ignored).toBe(false);
    const [d, e] = [await at('plain/d.txt'), await at('plain/e.txt')];
    expect(e.rules).toBe(d.rules);
    expect(e.files).toEqual([join(dir, 'plain/.xxgklintrc.yml')]);
  });

  it('7. customRules are enabled at their own severity and can be turned off by rules', async () => {
    const rule = 'customRules:\n  - id: county/x\n    type: forbid-phrase\n    phrase: 县政务服务中心\n    severity: error\n';
    const on = folder({ '.xxgklintrc.yml': `root: true\n${rule}`, 'r.txt': REPORT });
    expect((await resolveIn(on)).rules['county/x'].severity).toBe('error');
    const off = folder({ '.xxgklintrc.yml': `root: true\n${rule}rules:\n  county/x: "off"\n`, 'r.txt': REPORT });
    expect((await resolveIn(off)).rules['county/x']).toBeUndefined();
  });
});

describe('config errors name the file, the key and the line', () => {
  const cases: [string, string, { key?: string; line?: number; detail: RegExp }][] = [
    [
      'a catastrophic regex',
      'root: true\ncustomRules:\n  - id: county/bad\n    type: forbid-phrase\n    regex: true\n    phrase: "(a+)+$"\n',
      { key: 'customRules.0.phrase', line: 6, detail: /灾难性回溯/ },
    ],
    ['an unknown rule id', 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/fee-statment: warn\n', { key: 'national/fee-statment', line: 4, detail: /未知的规则 id.*national\/fee-statement/ }],
    [
      'a wrong option type',
      'root: true\nextends: "@xxgk-lint/rules-provincial/hunan-huaihua"\nrules:\n  hunan-huaihua/publication-deadline: [error, {countyLevel: 220}]\n',
      { key: 'hunan-huaihua/publication-deadline.countyLevel', line: 4, detail: /应为文字/ },
    ],
    ['an option the rule does not have', 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/fee-statement: [error, {x: 1}]\n', { key: 'national/fee-statement', line: 4, detail: /没有选项/ }],
    ['a YAML syntax error', 'root: true\nrules:\n  national/fee-statement: [warn\n  national/x: error\n', { line: 4, detail: /语法错误/ }],
    ['an unknown top-level key', 'root: true\nrule:\n  a: 1\n', { key: 'rule', line: 2, detail: /不是配置项/ }],
    ['a bad severity', 'root: true\nextends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/fee-statement: warning\n', { key: 'rules.national/fee-statement', line: 4, detail: /级别只能是/ }],
    ['an extends that cannot be found', 'root: true\nextends:\n  - "@xxgk-lint/rules-national/recommended"\n  - xxgk-lint-pack-nowhere\n', { key: 'extends.1', line: 4, detail: /找不到/ }],
    ['a declarative rule of an unknown type', 'root: true\ncustomRules:\n  - id: county/x\n    type: forbid\n    phrase: a\n', { key: 'customRules.0.type', line: 4, detail: /只能是/ }],
    ['a pattern that matches the empty string', 'root: true\ncustomRules:\n  - id: county/x\n    type: forbid-phrase\n    regex: true\n    phrase: "县*"\n', { key: 'customRules.0.phrase', line: 6, detail: /空字符串/ }],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, async () => {
      const dir = folder({ '.xxgklintrc.yml': yaml, 'r.txt': REPORT });
      const error = await configError(resolveIn(dir));
      expect(error.file).toBe(join(dir, '.xxgklintrc.yml'));
      if (expected.key) expect(error.key).toBe(expected.key);
      expect(error.line).toBe(expected.line);
      expect(error.message).toMatch(expected.detail);
      expect(error.message).toContain(join(dir, '.xxgklintrc.yml'));
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('a JSON syntax error gives its line', async () => {
    const dir = folder({ '.xxgklintrc.json': '{\n  "root": true,\n  "rules": {\n    "a": "warn",,\n  }\n}\n', 'r.txt': REPORT });
    const error = await configError(resolveIn(dir));
    expect(error.line).toBe(4);
  });

  it('an example that the rule does not catch is a config error', async () => {
    const yaml = 'root: true\ncustomRules:\n  - id: county/x\n    type: forbid-phrase\n    phrase: 县政务服务中心\n    examples:\n      invalid:\n        - 由县政务中心受理。\n';
    const error = await configError(resolveIn(folder({ '.xxgklintrc.yml': yaml, 'r.txt': REPORT })));
    expect(error.key).toBe('customRules.0.examples.invalid.0');
    expect(error.line).toBe(8);
  });
});

describe('packs', () => {
  it('an npm-style pack with its own package.json loads by name through extends', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'root: true\nextends:\n  - xxgk-lint-pack-demo\n', 'r.txt': REPORT });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(REPO, 'test/fixtures/packs/xxgk-lint-pack-demo'), join(dir, 'node_modules/xxgk-lint-pack-demo'), 'dir');
    const config = await resolveIn(dir);
    expect(Object.keys(config.rules)).toEqual(['demo/no-draft-mark']);
    const result = lintText('某镇2023年政府信息公开工作年度报告（征求意见稿）\n', { filePath: 'r.txt', rules: config.rules });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['demo/no-draft-mark']);
  });

  it('a folder of data (pack.yml + rules/*.yml) loads through a relative extends', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'root: true\nextends:\n  - ./县规则/\n', 'r.txt': REPORT });
    cpSync(join(REPO, 'test/fixtures/packs/county-data-pack'), join(dir, '县规则'), { recursive: true });
    const config = await resolveIn(dir);
    expect(Object.keys(config.rules)).toEqual(['xx-county/agency-name']);
    const result = lintText(REPORT, { filePath: 'r.txt', rules: config.rules });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.fix?.text])).toEqual([['xx-county/agency-name', 5, 5, '县政务服务和数据管理局']]);
  });

  it('one pack of a collection by "package/namespace"', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'root: true\nextends: "@xxgk-lint/rules-provincial/gansu-wuwei"\n', 'r.txt': REPORT });
    expect(Object.keys((await resolveIn(dir)).rules).sort()).toEqual([
      'gansu-wuwei/overview-interpretation-count',
      'gansu-wuwei/overview-length',
      'gansu-wuwei/overview-normative-documents',
      'gansu-wuwei/overview-response-count',
    ]);
  });
});

describe('declarative rules', () => {
  async function lintWith(customRules: string, report = REPORT) {
    const dir = folder({ '.xxgklintrc.yml': `root: true\ncustomRules:\n${customRules}`, 'r.txt': report });
    const config = await resolveIn(dir);
    return lintText(report, { filePath: join(dir, 'r.txt'), rules: config.rules, settings: config.settings }).messages;
  }

  it('forbid-phrase: literal, with a replacement as a fix, scoped to a part', async () => {
    const found = await lintWith('  - id: c/a\n    type: forbid-phrase\n    phrase: 县政务服务中心\n    replacement: 县政务服务和数据管理局\n    part: 一\n');
    expect(found.map((m) => [m.line, m.column, m.endColumn, m.message, m.fix])).toEqual([
      [5, 5, 12, '不应使用“县政务服务中心”，请改为“县政务服务和数据管理局”。', { range: [35, 42], text: '县政务服务和数据管理局' }],
    ]);
    expect(await lintWith('  - id: c/a\n    type: forbid-phrase\n    phrase: 县政务服务中心\n    part: 六\n')).toEqual([]);
  });

  it('forbid-phrase: a regex, matched across the spaces PDF text puts in words', async () => {
    const found = await lintWith('  - id: c/a\n    type: forbid-phrase\n    regex: true\n    phrase: "政务服务中[心央]"\n', REPORT.replace('政务服务中心', '政务 服务\n中心'));
    expect(found.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([[5, 6, 6, 3]]);
  });

  it('a pattern that runs too long is stopped and reported, never hangs', async () => {
    const slow = `${'a'.repeat(32)}b`;
    const started = Date.now();
    const found = await lintWith('  - id: c/slow\n    type: forbid-phrase\n    regex: true\n    phrase: "(a|aa)+$"\n', `${REPORT}${slow}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/超过 250 毫秒，已停止/);
  });

  it('require-phrase: reports at the part heading when missing', async () => {
    const yaml = '  - id: c/r\n    type: require-phrase\n    phrase: 政策解读\n    part: 一\n    message: 总体情况应写明政策解读情况。\n';
    expect((await lintWith(yaml)).map((m) => [m.line, m.column, m.message])).toEqual([[3, 1, '总体情况应写明政策解读情况。']]);
    expect(await lintWith(yaml, REPORT.replace('统一受理申请', '统一受理申请，开展政策解读'))).toEqual([]);
  });

  it('max-length: counts the characters of a part without whitespace', async () => {
    const yaml = '  - id: c/m\n    type: max-length\n    part: 1\n    max: 10\n';
    expect((await lintWith(yaml)).map((m) => m.message)).toEqual(['第一部分共 18 字，超过了 10 字的上限：请精简。']);
  });

  it('require-table-value: a cell compared with a number or another cell; unreadable tables are skipped', async () => {
    const table3 = (newCount: number) =>
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
        `一、本年新收政府信息公开申请数量\t\t${newCount}\t0\t0\t0\t0\t0\t${newCount}`,
        '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0',
        ...['（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'].map(
          (label, i) => `${label}\t\t${i === 0 ? newCount : 0}\t0\t0\t0\t0\t0\t${i === 0 ? newCount : 0}`,
        ),
        `（七）总计\t\t${newCount}\t0\t0\t0\t0\t0\t${newCount}`,
        '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0',
        '',
      ].join('\n');
    const yaml = '  - id: c/t\n    type: require-table-value\n    table: 三\n    row: 一\n    column: 总计\n    op: "<="\n    value: 10\n';
    expect((await lintWith(yaml, REPORT + table3(12))).map((m) => [m.line, m.message])).toEqual([[13, '表三“一”行“总计”列为 12，应不大于10。']]);
    expect(await lintWith(yaml, REPORT + table3(3))).toEqual([]);
    const cells = '  - id: c/t\n    type: require-table-value\n    table: 三\n    row: （七）总计\n    column: 总计\n    op: "=="\n    value: {row: 一, column: 总计}\n';
    expect(await lintWith(cells, REPORT + table3(3))).toEqual([]);
    expect(await lintWith(yaml, `${REPORT}三、收到和处理政府信息公开申请情况\n\n一、本年新收政府信息公开申请数量\t\t12\t0\t0\t0\t0\t0\t12\n`)).toEqual([]);
  });
});
