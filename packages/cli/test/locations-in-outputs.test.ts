/**
 * Issue 15 items 1 and 3: on a real PDF (corpus, 洪泽区 2023) and a Word
 * seed (seed-004.docx, with a finding in a table cell) the pretty, CSV,
 * SARIF and XLSX outputs all say the page or paragraph in words and quote
 * the words of the finding; pretty never passes 100 columns; xlsx reads
 * back with its sheets, header, frozen row, widths and autofilter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import Ajv from 'ajv-draft-04';
import readXlsxFile from 'read-excel-file/node';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { FormatterContext, LintResult } from '@xxgk-lint/core';
import { createLinter } from '@xxgk-lint/core';
import { ZipReader } from '../../core/src/formats/docx/zip-reader.js';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { formatCsv } from '../src/formatters/csv.js';
import { cutToWidth, foldToWidth } from '../src/formatters/fold.js';
import { formatPretty } from '../src/formatters/pretty.js';
import { BUILTIN_FORMATTERS, BUILTIN_STREAMS } from '../src/formatters/registry.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatXlsx } from '../src/formatters/xlsx.js';
import { REAL, ROOT, runBin, tempDir } from './helpers.js';

const PDF = path.join(REAL, 'jiangsu-huaian-hongzequ-2023.pdf');
const DOCX = path.join(ROOT, 'test/fixtures/formats/seed-004.docx');
const linter = createLinter({ ...nationalDefaults, noConfig: true, cwd: ROOT });
const [pdf, docx] = (await Promise.all([PDF, DOCX].map((f) => linter.lintBytes(readFileSync(f), { filePath: f })))) as LintResult[];
const rulesMeta = linter.rulesMeta();
const context: FormatterContext = { rulesMeta, cwd: ROOT, version: '0.1.0' };

const TEXT = path.join(ROOT, 'test/fixtures/corpus/seeds/004_50046161c6499f8c.txt');
const text = (await linter.lintBytes(readFileSync(TEXT), { filePath: TEXT })) as LintResult;

const pdfAccountability = pdf.messages.find((m) => m.ruleId === 'national/government-accountability')!;
const docxCell = docx.messages.find((m) => m.ruleId === 'national/cell-value')!;

describe('the fixtures have what the outputs must show', () => {
  it('a PDF finding on page 1 line 10 and a Word finding in table 二', () => {
    expect(pdfAccountability).toMatchObject({ page: 1, line: 10, where: '第1页第10行', excerpt: '一、总体情况' });
    expect(docxCell).toMatchObject({ cell: { table: 1, row: 7, column: 2 }, where: '表二“行政许可”行“本年处理决定数量”列（第7行第2列）', excerpt: '50（营业执照）' });
    expect(docx.messages.find((m) => m.ruleId === 'national/contact-info')).toMatchObject({ where: '第1段' });
  });
});

describe('pretty', () => {
  const out = stripVTControlCharacters(formatPretty([pdf, docx], rulesMeta, ROOT, { width: 100 }));
  const lines = out.split('\n');

  it('shows the place in words and the quoted words, not line:col, for PDF and Word', () => {
    expect(out).toContain('  ⚠ 第1页第10行  人民政府的年度报告应写明');
    expect(out).toContain('    原文“一、总体情况”  national/government-accountability');
    expect(out).toContain('  ✖ 表四“行政复议”的“总计”栏（第4页第21行）  ');
    expect(out).toContain('  ⚠ 第1段  报告没有写明联系电话');
    expect(out).toContain('  ⚠ 表二“行政许可”行“本年处理决定数量”列（第7行第2列）  ');
    expect(out).toContain('    原文“50（营业执照）”  national/cell-value');
    expect(out).not.toMatch(/^ {2}[✖⚠ℹ] \d+:\d+/m);
  });

  it('keeps line:col for a text file, with the cell in words beside it', () => {
    const shown = stripVTControlCharacters(formatPretty([text], rulesMeta, ROOT));
    const cell = text.messages.find((m) => m.ruleId === 'national/cell-value')!;
    expect(shown).toContain(`  ⚠ ${cell.line}:${cell.column} ${cell.where}  `);
  });

  it('no line is wider than 100 columns; the counts are in Chinese', () => {
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
    const count = (n: number, what: string): string[] => (n > 0 ? [`  ${n} 个${what}`] : []);
    expect(lines.filter((l) => /^ {2}\d+ 个(错误|警告|提示)$/.test(l))).toEqual([
      ...count(pdf.errorCount + docx.errorCount, '错误'),
      ...count(pdf.warningCount + docx.warningCount, '警告'),
      ...count(pdf.infoCount + docx.infoCount, '提示'),
    ]);
    expect(pdf.errorCount).toBeGreaterThan(0);
    expect(out).not.toMatch(/\d+ (errors?|warnings?)\b/);
    // and the check can fail: a long message does pass 100 columns unfolded
    const unfolded = stripVTControlCharacters(formatPretty([pdf], rulesMeta, ROOT, { width: Number.POSITIVE_INFINITY }));
    expect(Math.max(...unfolded.split('\n').map((l) => stringWidth(l)))).toBeGreaterThan(100);
  });

  it('to a pipe (not a terminal) each message stays on one line', () => {
    const piped = stripVTControlCharacters(formatPretty([pdf], rulesMeta, ROOT));
    expect(piped).toContain(`  ✖ 表四“行政复议”的“总计”栏（第4页第21行）  ${pdf.messages.find((m) => m.ruleId === 'national/review-litigation-total')!.message}\n`);
  });

  it('needs no source: the excerpt of each message is enough', () => {
    const slim = [pdf, docx].map((r) => ({ ...r, source: undefined }));
    expect(stripVTControlCharacters(formatPretty(slim, rulesMeta, ROOT, { width: 100 }))).toBe(out);
  });
});

describe('folding to a width', () => {
  it('breaks between Chinese characters, never before a closing mark, and at spaces in Latin text', () => {
    expect(foldToWidth('一二三四五，六七', 10)).toEqual(['一二三四', '五，六七']);
    expect(foldToWidth('一二三四）。五', 8)).toEqual(['一二三', '四）。五']);
    expect(foldToWidth('see cell-value now', 12)).toEqual(['see', 'cell-value', 'now']);
    expect(foldToWidth('甲乙丙丁', 8, 4)).toEqual(['甲乙', '丙丁']);
  });

  it('cuts to a width with an ellipsis', () => {
    expect(cutToWidth('一二三四五', 10)).toBe('一二三四五');
    expect(cutToWidth('一二三四五六', 10)).toBe('一二三四…');
  });
});

describe('csv', () => {
  const rows = formatCsv([pdf, docx], ROOT).slice(1).trimEnd().split('\r\n');
  const header = rows[0].split(',');

  it('adds 位置, 页, 段, 表格单元, 原文摘录 after the old columns', () => {
    expect(header).toEqual(['文件', '主体', '年度', '规则', '级别', '行', '列', '消息', '位置', '页', '段', '表格单元', '原文摘录']);
  });

  it('fills them for a PDF page line and a Word table cell', () => {
    const pdfRow = rows.find((r) => r.includes('national/government-accountability') && r.includes('.pdf'))!;
    expect(pdfRow.endsWith(',第1页第10行,1,,,一、总体情况')).toBe(true);
    const cellRow = rows.find((r) => r.includes('national/cell-value'))!;
    expect(cellRow.endsWith(',表二“行政许可”行“本年处理决定数量”列（第7行第2列）,,20,表二“行政许可”行“本年处理决定数量”列（第7行第2列）,50（营业执照）')).toBe(true);
    const paragraphRow = rows.find((r) => r.includes('national/contact-info') && r.includes('.docx'))!;
    expect(paragraphRow).toMatch(/,第1段,,1,,关于上报盐锅峡镇 2022 年政府信息公开工作报告的报告$/);
  });
});

describe('sarif', () => {
  type Loc = {
    physicalLocation: { region: { startLine: number; snippet?: { text: string } } };
    logicalLocations?: { name: string; kind: string; fullyQualifiedName?: string }[];
    message?: { text: string };
  };
  const sarif = formatSarif([pdf, docx], rulesMeta, ROOT, '0.1.0');
  const log = JSON.parse(sarif) as { runs: { results: { ruleId: string; locations: Loc[] }[] }[] };
  const results = log.runs[0].results;

  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('a PDF finding: the snippet, the where and the page as a logical location', () => {
    const loc = results.find((r) => r.ruleId === 'national/government-accountability')!.locations[0];
    expect(loc.physicalLocation.region.snippet).toEqual({ text: '一、总体情况' });
    expect(loc.message).toEqual({ text: '第1页第10行' });
    expect(loc.logicalLocations).toEqual([{ name: '第1页', kind: 'page' }]);
    const cell = results.find((r) => r.ruleId === 'national/review-litigation-total')!.locations[0];
    expect(cell.logicalLocations).toEqual([
      { name: '第4页', kind: 'page' },
      { name: '表四“行政复议”的“总计”栏', fullyQualifiedName: '表四/行政复议/总计栏', kind: 'table-cell' },
    ]);
  });

  it('a Word finding: the paragraph and the table cell', () => {
    const loc = results.find((r) => r.ruleId === 'national/cell-value')!.locations[0];
    expect(loc.physicalLocation.region.snippet).toEqual({ text: '50（营业执照）' });
    expect(loc.logicalLocations).toEqual([
      { name: '第20段', kind: 'paragraph' },
      { name: '表二“行政许可”行“本年处理决定数量”列（第7行第2列）', fullyQualifiedName: '表二/行政许可行/本年处理决定数量列', kind: 'table-cell' },
    ]);
  });
});

describe('streams', () => {
  it('csv and sarif have one, printing what the whole-array form prints, fresh each time', async () => {
    for (const name of ['csv', 'sarif'] as const) {
      const make = BUILTIN_STREAMS[name]!;
      const streamed = (): string => {
        const stream = make();
        return (stream.start?.(context) ?? '') + [pdf, docx].map((r) => stream.result(r, context)).join('') + (stream.end?.(context) ?? '');
      };
      expect(streamed()).toBe(await BUILTIN_FORMATTERS[name]([pdf, docx], context));
      expect(streamed()).toBe(streamed());
    }
  });
});

const bytes = await formatXlsx([pdf, docx], rulesMeta, ROOT);
const sheets = await readXlsxFile(Buffer.from(bytes));

describe('xlsx', () => {
  it('has 问题清单 with a row per finding and 报告汇总 with a row per report; Chinese survives', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['问题清单', '报告汇总']);
    const [findings, summary] = sheets.map((s) => s.data);
    expect(findings[0]).toEqual(['文件', '主体', '年度', '规则', '规则名称', '级别', '位置', '页', '段', '行', '列', '原文摘录', '说明']);
    expect(findings).toHaveLength(1 + pdf.messages.length + docx.messages.length);
    const row = findings.find((r) => r[3] === 'national/government-accountability' && String(r[0]).endsWith('.pdf'))!;
    expect(row.slice(0, 12)).toEqual([
      'test/fixtures/corpus/real/jiangsu-huaian-hongzequ-2023.pdf',
      pdf.report!.body,
      2023,
      'national/government-accountability',
      rulesMeta['national/government-accountability'].docs.description,
      '警告',
      '第1页第10行',
      1,
      null,
      10,
      1,
      '一、总体情况',
    ]);
    expect(findings.find((r) => r[3] === 'national/cell-value')!.slice(6, 12)).toEqual(['表二“行政许可”行“本年处理决定数量”列（第7行第2列）', null, 20, 20, 6, '50（营业执照）']);
    expect(summary).toEqual([
      ['文件', '主体', '年度', '错误', '警告', '提示', '结论'],
      ['test/fixtures/corpus/real/jiangsu-huaian-hongzequ-2023.pdf', pdf.report!.body, 2023, pdf.errorCount, pdf.warningCount, pdf.infoCount, '不通过'],
      ['test/fixtures/formats/seed-004.docx', docx.report!.body ?? null, 2022, 0, docx.warningCount, docx.infoCount, '通过'],
    ]);
  });

  it('each sheet has a frozen header row, column widths and an autofilter over its rows', async () => {
    const zip = new ZipReader(bytes);
    const decode = async (name: string): Promise<string> => new TextDecoder().decode(await zip.read(name));
    const first = await decode('xl/worksheets/sheet1.xml');
    expect(first).toContain('<pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"/>');
    expect(first).toContain('<col min="13" max="13" width="80" customWidth="1"/>');
    expect(first).toContain(`<autoFilter ref="A1:M${1 + pdf.messages.length + docx.messages.length}"/>`);
    expect(await decode('xl/worksheets/sheet2.xml')).toContain('<autoFilter ref="A1:G3"/>');
    expect(await decode('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'报告汇总'!$A$1:$G$3</definedName>`);
  });

  // LibreOffice is the spreadsheet this machine can have (apt-get install libreoffice-calc-nogui); without it the checks above read the file back
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => existsSync(file));
  // CI installs LibreOffice (.ci/run): there a missing one is a failure, not a skip
  it.runIf(!soffice && /^(1|true|yes)$/i.test(process.env.XXGK_REQUIRE_TOOLS ?? ''))('LibreOffice is installed (XXGK_REQUIRE_TOOLS)', () => {
    throw new Error('XXGK_REQUIRE_TOOLS 已设置，但找不到 soffice：请安装 Debian 软件包 libreoffice-calc-nogui');
  });
  it.skipIf(!soffice)('LibreOffice opens it without an import dialog: each sheet converts to CSV with the Chinese intact, and the autofilter is there', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'out.xlsx');
      writeFileSync(file, bytes);
      const profile = `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`;
      // 44,34,76,1: comma, double quote, UTF-8, from line 1; the trailing -1 writes every sheet to its own file
      const csv = spawnSync(soffice!, [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
      expect(csv.status, csv.stderr).toBe(0);
      const findings = readFileSync(path.join(dir, 'out-问题清单.csv'), 'utf8').split('\n');
      expect(findings[0]).toBe('文件,主体,年度,规则,规则名称,级别,位置,页,段,行,列,原文摘录,说明');
      expect(findings).toContainEqual(expect.stringContaining(',警告,第1页第10行,1,,10,1,一、总体情况,人民政府的年度报告应写明'));
      expect(readFileSync(path.join(dir, 'out-报告汇总.csv'), 'utf8')).toContain('test/fixtures/formats/seed-004.docx,盐锅峡镇,2022,0,');
      const ods = spawnSync(soffice!, [profile, '--headless', '--convert-to', 'ods', '--outdir', dir, file], { timeout: 120_000 });
      expect(ods.status).toBe(0);
      const zip = new ZipReader(readFileSync(path.join(dir, 'out.ods')));
      const content = new TextDecoder().decode(await zip.read('content.xml'));
      expect(content).toContain('table:target-range-address="问题清单.A1:问题清单.M');
      expect(content).toContain('table:target-range-address="报告汇总.A1:报告汇总.G3" table:display-filter-buttons="true"');
      expect(readdirSync(dir)).toContain('out.ods');
    } finally {
      cleanup();
    }
  }, 240_000);

  it('the CLI writes it with -o and refuses it to stdout (exit 2, in Chinese)', () => {
    const { dir, cleanup } = tempDir();
    try {
      const refused = runBin(['-f', 'xlsx', DOCX], { cwd: dir });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('输出格式 “xlsx” 生成的是文件（不是文字），不能输出到终端或标准输出：请用 -o 指定文件');
      expect(refused.stdout).toBe('');
      const written = runBin(['-f', 'xlsx', '-o', '结果.xlsx', DOCX], { cwd: dir });
      expect(written.stderr).toContain('结果已写入 “结果.xlsx”');
      const file = readFileSync(path.join(dir, '结果.xlsx'));
      // a zip (PK\x03\x04): an .xlsx, not text
      expect([...file.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    } finally {
      cleanup();
    }
  }, 30_000);
});
