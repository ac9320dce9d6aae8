import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Paragraph, Root, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { AnnualReport, Table2, Table3, Table3Row, Table4 } from '../src/index.js';
import { buildReportModel, ingestText } from '../src/index.js';
import { splitDigits, tokensOf } from '../src/ingest/digit-splits.js';
import { findFlattenedTables } from '../src/ingest/flattened-tables.js';

/**
 * Tables a crawler ran into the prose. The expected values are the corpus
 * README's (section crawl/, what a human reader resolved), checked against
 * the files by eye — not the code's output.
 */

const crawl = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/crawl/${name}`, import.meta.url)), 'utf8');
const model = (text: string, name = 'a.txt'): AnnualReport => buildReportModel(ingestText(text, name));
const oneLine = (text: string) => findFlattenedTables(text, [{ line: 1, start: 0, end: text.length }]);

type Row7 = [number, number, number, number, number, number, number];
const ZERO: Row7 = [0, 0, 0, 0, 0, 0, 0];
const only = (natural: number): Row7 => [natural, 0, 0, 0, 0, 0, natural];

const ORDER_2021: Table3Row[] = [
  'new', 'carriedOver', 'granted', 'partlyGranted',
  'refused1', 'refused2', 'refused3', 'refused4', 'refused5', 'refused6', 'refused7', 'refused8',
  'unable1', 'unable2', 'unable3',
  'notProcessed1', 'notProcessed2', 'notProcessed3', 'notProcessed4', 'notProcessed5',
  'other1', 'other2', 'other3',
  'resultTotal', 'carriedForward',
];
const ORDER_2019: Table3Row[] = [...ORDER_2021.slice(0, 20), 'otherSingle', 'resultTotal', 'carriedForward'];

function t3Values(t3: Table3 | undefined): Partial<Record<Table3Row, number[]>> {
  return Object.fromEntries(t3!.order.map((k) => [k, t3!.rows[k]!.cells.map((c) => c.value)]));
}

function expectedT3(order: Table3Row[], nonZero: Partial<Record<Table3Row, Row7>>): Partial<Record<Table3Row, number[]>> {
  return Object.fromEntries(order.map((k) => [k, nonZero[k] ?? ZERO]));
}

function t2Values(t2: Table2 | undefined) {
  return Object.fromEntries(Object.entries(t2!.rows).map(([k, cells]) => [k, cells!.map((c) => c.value)]));
}

function t4Values(t4: Table4 | undefined) {
  return Object.fromEntries(Object.entries(t4!.groups).map(([k, cells]) => [k, cells!.map((c) => c.value)]));
}

/** every cell the model read is the text at its range */
function expectCellsAtTheirText(text: string, report: AnnualReport) {
  for (const table of Object.values(report.tables)) {
    if (!table || table.confidence !== 'high') continue;
    const cells =
      table.kind === 'table2' ? Object.values(table.rows).flat() : table.kind === 'table3' ? Object.values(table.rows).flatMap((r) => r!.cells) : Object.values(table.groups).flat();
    for (const c of cells) expect(text.slice(c!.range[0], c!.range[1])).toBe(c!.raw);
  }
}

describe('the five crawled reports', () => {
  it('平潭公安局 2022: all three tables read; 417 is 4/1/7, 157 one cell; T3 consistent with a carry-over', () => {
    const text = crawl('pingtan_gonganju_2022.txt');
    const report = model(text);
    const { table2, table3, table4 } = report.tables;
    for (const t of [table2, table3, table4]) expect(t).toMatchObject({ found: 'flattened', confidence: 'high', problems: [] });
    expect(t2Values(table2)).toEqual({
      regulation: [0, 0, 0],
      normativeDocument: [4, 1, 7],
      license: [0],
      penalty: [157],
      enforcement: [0],
      fee: [0],
    });
    expect(t3Values(table3)).toEqual(expectedT3(ORDER_2021, { new: only(1), carriedOver: only(1), partlyGranted: only(1), other1: only(1), resultTotal: only(2) }));
    expect(t4Values(table4)).toEqual({ review: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] });
    expectCellsAtTheirText(text, report);
    // "行政规范性文件417": the cells are the digits 4, 1, 7 one by one
    const at = text.indexOf('行政规范性文件417') + '行政规范性文件'.length;
    expect(table2!.rows.normativeDocument!.map((c) => c.range)).toEqual([
      [at, at + 1],
      [at + 1, at + 2],
      [at + 2, at + 3],
    ]);
    expect(table2!.rows.penalty![0].range).toEqual([text.indexOf('行政处罚157') + 4, text.indexOf('行政处罚157') + 7]);
  });

  it('交通与建设局 2023: "5615" stays unreadable; T3 read through the row identity ("1400000 14", "140000014")', () => {
    const text = crawl('pingtan_jiaotongjiansheju_2023.txt');
    const { table2, table3, table4 } = model(text).tables;
    expect(table2).toMatchObject({ found: 'flattened', confidence: 'low', problems: ['“行政规范性文件5615”的数字连在一起，无法确定地拆成 3 格'] });
    expect(table3).toMatchObject({ found: 'flattened', confidence: 'high' });
    expect(t3Values(table3)).toEqual(
      expectedT3(ORDER_2021, { new: only(14), partlyGranted: only(7), unable1: only(5), notProcessed2: only(1), other1: only(1), resultTotal: only(14) }),
    );
    // the space the crawler kept in "1400000 14" is a cell boundary; "14" is one cell
    const newRow = table3!.rows.new!.cells;
    const at = text.indexOf('1400000 14');
    expect(newRow[0].range).toEqual([at, at + 2]);
    expect(newRow[6].range).toEqual([at + 8, at + 10]);
    expect(table4).toMatchObject({ confidence: 'high' });
  });

  it('经济发展局 2022: 505 is 5/0/5; T3 新收 3 = 部分公开 3', () => {
    const text = crawl('pingtan_jingjifazhanju_2022.txt');
    const report = model(text);
    const { table2, table3, table4 } = report.tables;
    expect(table2!.confidence).toBe('high');
    expect(t2Values(table2).normativeDocument).toEqual([5, 0, 5]);
    expect(t3Values(table3)).toEqual(expectedT3(ORDER_2021, { new: only(3), partlyGranted: only(3), resultTotal: only(3) }));
    expect(t4Values(table4).review).toEqual([0, 0, 0, 0, 0]);
    expectCellsAtTheirText(text, report);
  });

  it('市场监督管理局 2019: trial table 二 unreadable (51037, 5340103 only plausibly 5/10/37, 53/40/103); 2019 table 三 read', () => {
    const text = crawl('pingtan_shichangjianguanju_2019.txt');
    const { table2, table3, table4 } = model(text).tables;
    expect(table2).toMatchObject({ found: 'flattened', confidence: 'low', trialLayout: true });
    expect(table2!.problems).toEqual([
      '“行政许可51037”的数字连在一起，无法确定地拆成 3 格',
      '“其他对外管理服务事项60149”的数字连在一起，无法确定地拆成 3 格',
      '“行政处罚5340103”的数字连在一起，无法确定地拆成 3 格',
      '“行政强制3100”的数字连在一起，无法确定地拆成 3 格',
      '“政府集中采购156805947.43”的数字连在一起，无法确定地拆成 2 格',
    ]);
    expect(table3).toMatchObject({ found: 'flattened', confidence: 'high', layout: '2019' });
    expect(t3Values(table3)).toEqual(expectedT3(ORDER_2019, { new: only(1), notProcessed2: only(1), resultTotal: only(1) }));
    expect(table4!.confidence).toBe('high');
  });

  it('行政审批局 2023: "5416" unreadable; T4 "100010000000101" = 复议 维持1 总计1, 复议后起诉 其他1 总计1', () => {
    const text = crawl('pingtan_xingzhengshenpiju_2023.txt');
    const report = model(text);
    const { table2, table3, table4 } = report.tables;
    expect(table2!.problems).toEqual(['“行政规范性文件5416”的数字连在一起，无法确定地拆成 3 格']);
    expect(t3Values(table3)).toEqual(expectedT3(ORDER_2021, { new: only(7), partlyGranted: only(1), refused8: only(2), unable1: only(4), resultTotal: only(7) }));
    expect(table4).toMatchObject({ found: 'flattened', confidence: 'high' });
    expect(t4Values(table4)).toEqual({ review: [1, 0, 0, 0, 1], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 1, 0, 1] });
    expectCellsAtTheirText(text, report);
  });

  it('the headings around a table stay outside it; table 三 keeps its inner 一、…四、 rows and its note', () => {
    const text = crawl('pingtan_gonganju_2022.txt');
    const { table2, table3, table4 } = model(text).tables;
    expect(text.slice(table2!.range[0] - 10, table2!.range[0])).toBe('主动公开政府信息情况');
    expect(text.slice(table2!.range[1], table2!.range[1] + 17)).toBe('三、收到和处理政府信息公开申请情况');
    expect(text.slice(table3!.range[0]).startsWith('（本列数据的勾稽关系为')).toBe(true);
    expect(text.slice(table3!.range[1]).startsWith('四、政府信息公开行政复议、行政诉讼情况')).toBe(true);
    expect(table3!.reconciliationNote?.text).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(table3!.rows.new!.labelText).toBe('一、本年新收政府信息公开申请数量');
    expect(table3!.rows.carriedForward!.labelText).toBe('四、结转下年度继续办理');
    expect(text.slice(table4!.range[0]).startsWith('行政复议行政诉讼结果维持')).toBe(true);
    expect(text.slice(table4!.range[1]).startsWith('五、存在的主要问题及改进情况')).toBe(true);
  });

  it('the prose before, between and after the tables are paragraphs of their own, in the original offsets', () => {
    const text = crawl('pingtan_gonganju_2022.txt');
    const { ast } = ingestText(text, 'a.txt');
    const kinds = (ast as Root).children.map((n) => (n.type === 'table' ? 'table' : n.type));
    expect(kinds.slice(-7)).toEqual(['paragraph', 'table', 'paragraph', 'table', 'paragraph', 'table', 'paragraph']);
    const paragraphs = (ast as Root).children.filter((n): n is Paragraph => n.type === 'paragraph');
    const between = paragraphs[paragraphs.length - 2];
    const value = between.children.map((c) => (c as Text).value).join('');
    expect(value).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(text.slice(between.position!.start.offset, between.position!.end.offset)).toBe(value);
  });
});

// ---------------------------------------------------------------- constructed cases

const T3_HEAD = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';
const T3_LABELS: [Table3Row, string][] = [
  ['new', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '三、本年度办理结果（一）予以公开'],
  ['partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['refused1', '（三）不予公开1.属于国家秘密'],
  ['refused2', '2.其他法律行政法规禁止公开'],
  ['refused3', '3.危及“三安全一稳定”'],
  ['refused4', '4.保护第三方合法权益'],
  ['refused5', '5.属于三类内部事务信息'],
  ['refused6', '6.属于四类过程性信息'],
  ['refused7', '7.属于行政执法案卷'],
  ['refused8', '8.属于行政查询事项'],
  ['unable1', '（四）无法提供1.本机关不掌握相关政府信息'],
  ['unable2', '2.没有现成信息需要另行制作'],
  ['unable3', '3.补正后申请内容仍不明确'],
  ['notProcessed1', '（五）不予处理1.信访举报投诉类申请'],
  ['notProcessed2', '2.重复申请'],
  ['notProcessed3', '3.要求提供公开出版物'],
  ['notProcessed4', '4.无正当理由大量反复申请'],
  ['notProcessed5', '5.要求行政机关确认或重新出具已获取信息'],
  ['other1', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other3', '3.其他'],
  ['resultTotal', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
];

/** a flattened report: table 三 with the given digit runs (the rest "0000000"), in running prose */
function reportWithT3(runs: Partial<Record<Table3Row, string>>): string {
  const table = T3_HEAD + T3_LABELS.map(([k, label]) => label + (runs[k] ?? '0000000')).join('');
  return `某局2023年政府信息公开工作年度报告一、总体情况本年度依法公开。三、收到和处理政府信息公开申请情况${table}四、政府信息公开行政复议、行政诉讼情况本年度无行政复议。\n`;
}

describe('cutting the digits of table 三', () => {
  it('a row two ways consistent with every identity stays unreadable ("1100000 11" is 11+0… or 1+10…)', () => {
    const text = reportWithT3({ new: '1100000 11', granted: '1100000 11', resultTotal: '1100000 11' });
    const t3 = model(text).tables.table3!;
    expect(t3).toMatchObject({ found: 'flattened', confidence: 'low', order: [] });
    expect(t3.problems).toEqual([
      '“一1100000 11”的数字连在一起，无法确定地拆成 7 格（满足表内勾稽关系的拆法不止一种）',
      '“三（一）1100000 11”的数字连在一起，无法确定地拆成 7 格（满足表内勾稽关系的拆法不止一种）',
      '“三（七）总计1100000 11”的数字连在一起，无法确定地拆成 7 格（满足表内勾稽关系的拆法不止一种）',
    ]);
  });

  it('the column identities settle a row the row identity leaves open', () => {
    // 一 "1100000 11" could be 11/0/… or 1/10/…; （一） and （七） are spaced, so 一 must be 1/10/0/0/0/0/11
    const text = reportWithT3({ new: '1100000 11', granted: '1 10 0 0 0 0 11', resultTotal: '1 10 0 0 0 0 11' });
    const t3 = model(text).tables.table3!;
    expect(t3.confidence).toBe('high');
    expect(t3.rows.new!.cells.map((c) => c.value)).toEqual([1, 10, 0, 0, 0, 0, 11]);
    const at = text.indexOf('1100000 11');
    expect(t3.rows.new!.cells.slice(0, 2).map((c) => c.range)).toEqual([
      [at, at + 1],
      [at + 1, at + 3],
    ]);
  });

  it('a row that no cut makes consistent: unreadable, no arithmetic', () => {
    const t3 = model(reportWithT3({ new: '12000005', resultTotal: '1200000 12', granted: '1200000 12' })).tables.table3!;
    expect(t3.confidence).toBe('low');
    expect(t3.problems[0]).toBe('“一12000005”的数字连在一起，无法确定地拆成 7 格（没有一种拆法满足表内勾稽关系）');
  });

  it('rows cut one way only are read as written, even when they do not add up (the arithmetic rules judge them)', () => {
    const t3 = model(reportWithT3({ new: '2000001' })).tables.table3!;
    expect(t3.confidence).toBe('high');
    expect(t3.rows.new!.cells.map((c) => c.value)).toEqual([2, 0, 0, 0, 0, 0, 1]);
  });

  it('digits followed by a year belong to the prose as much as to the table: unreadable', () => {
    const text = reportWithT3({}).replace('四、结转下年度继续办理0000000四、', '四、结转下年度继续办理00000002023年');
    const t3 = model(text).tables.table3!;
    expect(t3.confidence).toBe('low');
    expect(t3.problems).toContain('“四00000002023”后面紧跟“年”，无法确定表格的数字在哪里结束');
  });

  it('a table the text breaks off in is there but unreadable', () => {
    const text = reportWithT3({}).replace(/3\.要求提供公开出版物.*四、政府信息公开/, '四、政府信息公开');
    const t3 = model(text).tables.table3!;
    expect(t3).toMatchObject({ found: 'flattened', confidence: 'low' });
    expect(t3.problems).toEqual(['表格文字在“三（五）2”之后中断，找不到“三（五）3”']);
  });
});

const T2 = (regulation: string, normative: string, license = '0', fee = '0') =>
  `二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章${regulation}行政规范性文件${normative}第二十条第（五）项信息内容本年处理决定数量行政许可${license}第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费${fee}三、收到和处理政府信息公开申请情况本年度未收到申请。`;

describe('cutting the digits of table 二 (no identities)', () => {
  it('the zero rule leaves one way: "000" is 0/0/0, "0100" is 0/10/0', () => {
    const [block] = oneLine(T2('000', '0100'));
    expect(block.problems).toEqual([]);
    expect(block.rows.map((r) => r.map((c) => c.text))).toContainEqual(['规章', '0', '0', '0']);
    expect(block.rows.map((r) => r.map((c) => c.text))).toContainEqual(['行政规范性文件', '0', '10', '0']);
  });

  it('a leading zero is not a number: "07" cannot be one cell', () => {
    const [block] = oneLine(T2('000', '111', '07'));
    expect(block.problems).toEqual(['“行政许可07”的数字无法拆成 1 个数（多位数不以 0 开头）']);
    // the uncut run shares one text cell with its label: nothing reads it as 7
    expect(block.rows.map((r) => r.map((c) => c.text))).toContainEqual(['行政许可07']);
  });

  it('a one-cell row takes any length; the fee may be a decimal', () => {
    const [block] = oneLine(T2('000', '111', '1234567', '0.35'));
    expect(block.problems).toEqual([]);
    expect(block.rows.map((r) => r.map((c) => c.text))).toContainEqual(['行政许可', '1234567']);
    expect(block.rows.map((r) => r.map((c) => c.text))).toContainEqual(['行政事业性收费', '0.35']);
  });

  it('a value with a note in brackets keeps it in its cell ("50（营业执照）", as seed 004 writes it)', () => {
    const text = T2('000', '111', '50（营业执照）');
    const [block] = oneLine(text);
    expect(block.problems).toEqual([]);
    const cell = block.rows.find((r) => r[0].text === '行政许可')![1];
    expect(cell).toEqual({ text: '50（营业执照）', start: text.indexOf('50（营业执照）'), end: text.indexOf('50（营业执照）') + 8 });
  });

  it('prose that mentions 行政许可 and 第二十条 with numbers is not a table', () => {
    const prose =
      '二、主动公开政府信息情况根据《条例》第二十条第（一）项规定，本年制发规章0件、行政规范性文件3件；第二十条第（五）项行政许可120件，行政处罚15件，行政强制2件。';
    expect(oneLine(prose)).toEqual([]);
    expect(oneLine('本年度共办理行政许可120件，行政处罚15件，行政复议1件，行政诉讼0件。')).toEqual([]);
    expect(model(`某局2023年政府信息公开工作年度报告\n${prose}\n`).tables).toEqual({});
  });
});

const T4 = (digits: string) =>
  `四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${digits}五、存在的主要问题及改进情况`;

describe('cutting the digits of table 四', () => {
  it('15 digits are 15 cells; more are cut where each group adds up, and only if that is one way', () => {
    expect(oneLine(T4('100010000000101'))[0].problems).toEqual([]);
    const [block] = oneLine(T4('10000100000000000'));
    expect(block.problems).toEqual([]);
    expect(block.rows[1].map((c) => c.text)).toEqual(['10', '0', '0', '0', '10', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
    // 1+10 or 11+0 in the first group, then 11: both add up
    expect(oneLine(T4('11000110000000000'))[0].problems).toEqual([
      '“11000110000000000”的数字连在一起，无法确定地拆成 15 格（满足表内勾稽关系的拆法不止一种）',
    ]);
  });

  it('the heading "四、…行政复议、行政诉讼情况" is not the table', () => {
    const [block] = oneLine(T4('000000000000000'));
    expect(T4('000000000000000').slice(block.start).startsWith('行政复议行政诉讼结果维持')).toBe(true);
  });
});

describe('bounds', () => {
  it('enumeration is bounded: a run too long for its cells is not tried', () => {
    expect(splitDigits(tokensOf('1'.repeat(50), 0), 7)).toEqual({ kind: 'too-long', digits: 50 });
    expect(splitDigits(tokensOf('1'.repeat(40), 0), 7)).toEqual({ kind: 'too-many' });
  });

  it('a long line with many false starts stays fast', () => {
    const line = '第二十条第（一）项信息内容规章1'.repeat(5000) + '申请人情况自然人'.repeat(5000) + '行政复议行政诉讼'.repeat(5000);
    const started = performance.now();
    expect(oneLine(line)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
