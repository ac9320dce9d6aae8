import { describe, expect, it } from 'vitest';
import { placeInWords, table3RowWords, tableCellWords, whereInWords } from '../src/report/where.js';
import type { Placed } from '../src/report/where.js';
import { lintText } from '../src/index.js';
import type { Rule } from '../src/index.js';
import { loadFixture, readFixture, SEEDS } from './fixtures.js';

const at = (line: number, extra: Partial<Placed> = {}): Placed => ({ line, range: [0, 0], ruleId: 'national/x', ...extra });

describe('a place by format alone', () => {
  it('PDF: page and line on that page', () => {
    expect(placeInWords(at(9, { page: 3 }), 'pdf')).toBe('第3页第9行');
  });
  it('Word: the paragraph, or the table cell', () => {
    expect(placeInWords(at(12), 'docx')).toBe('第12段');
    expect(placeInWords(at(40, { cell: { table: 2, row: 4, column: 2 } }), 'docx')).toBe('第二个表格第4行第2列');
    expect(placeInWords(at(40, { cell: { table: 2, row: 4, column: 2 } }), 'docx', '表三')).toBe('表三第4行第2列');
  });
  it('text, Markdown and HTML: the line', () => {
    expect(placeInWords(at(12), 'text')).toBe('第12行');
    expect(placeInWords(at(7), 'markdown')).toBe('第7行');
    expect(placeInWords(at(5), 'html')).toBe('第5行');
  });
  it('a file that could not be read is the whole file', () => {
    expect(whereInWords({ line: 1, range: [0, 0], ruleId: null, fatal: true }, 'pdf')).toBe('整个文件');
  });
});

describe('a value cell of a standard table in words', () => {
  const { report } = loadFixture(SEEDS['002']);
  const t3 = report.tables.table3!;

  it('table 三: the row label without its numbering, the column label', () => {
    const cell = t3.rows.new!.cells[0];
    expect(tableCellWords(report, cell.range[0])).toBe('表三“本年新收政府信息公开申请数量”行“自然人”列');
    expect(whereInWords(at(80, { range: [cell.range[0], cell.range[1]] }), 'text', report)).toBe('表三“本年新收政府信息公开申请数量”行“自然人”列');
    const total = t3.rows.resultTotal!.cells[6];
    expect(tableCellWords(report, total.range[0])).toBe('表三“办理结果总计”行“总计”列');
  });

  it('table 三 sub-items carry their group; the remark in brackets is left out', () => {
    expect(table3RowWords('refused1')).toBe('不予公开：属于国家秘密');
    expect(table3RowWords('partlyGranted')).toBe('部分公开');
    expect(table3RowWords('other2')).toBe('其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    expect(table3RowWords('carriedForward')).toBe('结转下年度继续办理');
  });

  it('table 四: the group and the column', () => {
    const t4 = report.tables.table4!;
    const cell = t4.groups.litigationDirect![1];
    expect(tableCellWords(report, cell.range[0])).toBe('表四“行政诉讼（未经复议直接起诉）”的“结果纠正”栏');
  });

  it('table 二: the row and its column', () => {
    const t2 = report.tables.table2!;
    const cell = t2.rows.normativeDocument![2];
    expect(tableCellWords(report, cell.range[0])).toBe('表二“行政规范性文件”行“现行有效件数”列');
  });

  it('in a standard table but not on a value cell: the line and the table', () => {
    const label = t3.rows.new!.labelRange!;
    expect(whereInWords(at(61, { range: [label[0], label[1]] }), 'text', report)).toBe('第61行（表三“本年新收政府信息公开申请数量”行）');
    const beyondLabels = t3.range[0];
    expect(whereInWords(at(55, { range: [beyondLabels, beyondLabels] }), 'text', report)).toBe('第55行（表三）');
  });

  it('PDF: a value cell gets its labels and its page and line', () => {
    const cell = t3.rows.new!.cells[0];
    expect(whereInWords(at(21, { range: [cell.range[0], cell.range[1]], page: 4 }), 'pdf', report)).toBe('表三“本年新收政府信息公开申请数量”行“自然人”列（第4页第21行）');
  });

  it('Word: a value cell gets its labels and its grid position; another cell of a standard table its grid position', () => {
    const cell = t3.rows.new!.cells[0];
    const inWord = { table: 3, row: 5, column: 3 };
    expect(whereInWords(at(40, { range: [cell.range[0], cell.range[1]], cell: inWord }), 'docx', report)).toBe(
      '表三“本年新收政府信息公开申请数量”行“自然人”列（第5行第3列）',
    );
    const label = t3.rows.new!.labelRange!;
    expect(whereInWords(at(40, { range: [label[0], label[1]], cell: { ...inWord, column: 1 } }), 'docx', report)).toBe(
      '表三第5行第1列（“本年新收政府信息公开申请数量”行）',
    );
  });

  it('outside the tables: the line', () => {
    expect(whereInWords(at(3, { range: [5, 9] }), 'text', report)).toBe('第3行');
  });
});

describe('the engine sets where on every finding', () => {
  it('a rule reporting a table-三 cell gets its labels', () => {
    const rule: Rule = {
      meta: { type: 'problem', docs: { description: '测试', url: 'https://example.org' }, defaultSeverity: 'error' },
      create: (context) => ({
        Table(table) {
          if (table.kind === 'table3') context.report({ message: '格', range: table.rows.carriedOver!.cells[0].range });
        },
        Report(report) {
          context.report({ message: '标题', range: report.metadata.title!.range });
        },
      }),
    };
    const result = lintText(readFixture(SEEDS['002']), { filePath: '002.txt', rules: { 'test/x': { rule, severity: 'error', options: {} } } });
    expect(result.messages.map((m) => m.where)).toEqual(['第3行', '表三“上年结转政府信息公开申请数量”行“自然人”列']);
  });
});
