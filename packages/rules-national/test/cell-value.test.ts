import { RuleTester } from '@xxgk-lint/core/testing';
import { cellValue } from '../src/rules/cell-value.js';
import { locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const TRIAL_TITLE = ['平安县和顺镇人民政府2019年政府信息公开工作年度报告'];

/**
 * Table 二 in the 2019 trial format (domain.md §3.1) as a web page's text view
 * writes it: a cell spanning two columns is its text, then an empty slot.
 * Figures after the 平潭 2019 report (corpus/crawl/pingtan_shichangjianguanju_2019.txt).
 */
function trialTable(change: Record<string, string> = {}): string[] {
  const lines = [
    '第二十条第（一）项\t\t\t',
    '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
    '规章\t0\t0\t0',
    '规范性文件\t2\t2\t2',
    '第二十条第（五）项\t\t\t',
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
    '行政许可\t5\t10\t37',
    '其他对外管理服务事项\t6\t0\t149',
    '第二十条第（六）项\t\t\t',
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
    '行政处罚\t53\t-2\t103',
    '行政强制\t3\t1\t0',
    '第二十条第（八）项\t\t\t',
    '信息内容\t上一年项目数量\t本年增/减\t',
    '行政事业性收费\t0\t0\t',
    '第二十条第（九）项\t\t\t',
    '信息内容\t采购项目数量\t采购总金额\t',
    '政府集中采购\t15\t6805947.43元\t',
  ];
  return lines.map((l) => change[l.split('\t')[0]] ?? l);
}
const trialReport = (change: Record<string, string> = {}) => report({ title: TRIAL_TITLE, bodies: { 2: trialTable(change) } });

const CITY = ['淮安市人民政府2023年政府信息公开工作年度报告'];
const DISTRICT = ['淮安市洪泽区人民政府2023年政府信息公开工作年度报告'];

tester.run('national/cell-value', cellValue, {
  valid: [
    { name: '全是非负整数', code: report() },
    { name: 'Markdown 表格', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '乡镇在“规章”行填“/”（乡镇不能制定规章）', code: report({ table2: { regulation: ['/', '/', '/'] } }) },
    { name: '区人民政府在“规章”行填“/”', code: report({ title: DISTRICT, table2: { regulation: ['/', 0, '/'] } }) },
    { name: '部门（由设置指定）在“规章”行填“/”', code: report({ title: CITY, table2: { regulation: ['/', '/', '/'] } }), settings: { bodyKind: 'department' } },
    { name: '收费金额（万元）可以是小数', code: report({ table2: { fee: ['0.35'] } }) },
    { name: '全角数字', code: report({ table2: { license: ['３６'] } }) },
    { name: '2019 年试行格式表二：合并格旁的空位不是数据格；“本年增/减”可为负数；采购总金额以元计、有小数', code: trialReport() },
    {
      name: '试行格式表二，Word 合并格在数字之前（采购项目数量占两格）：读到的仍是两个数',
      code: trialReport({ 政府集中采购: '政府集中采购\t15\t\t6805947.43元' }),
    },
    {
      name: '格内写了文字“详见附件”：整张表读不准，由 table-unreadable 报告，本规则不重复',
      code: report({ table2: { license: ['详见附件'] } }),
    },
  ],
  invalid: [
    {
      name: '空白格：警告，位置在空格处',
      code: report({ table2: { license: [''] } }),
      errors: [
        {
          messageId: 'blank',
          message: '表二“行政许可”行“本年处理决定数量”是空白：没有发生的请填 0，空白会被当作漏填。',
          severity: 'warn',
          line: 29,
          column: 6,
          endLine: 29,
          endColumn: 6,
        },
      ],
    },
    {
      name: '“—”：警告',
      code: report({ table2: { penalty: ['—'] } }),
      errors: [
        {
          messageId: 'placeholder',
          message: '表二“行政处罚”行“本年处理决定数量”填的是“—”：没有发生的请填 0。',
          severity: 'warn',
          line: 32,
          column: 6,
          endLine: 32,
          endColumn: 7,
        },
      ],
    },
    {
      name: '“50（营业执照）”：按 50 计，警告',
      code: report({ table2: { license: ['50（营业执照）'] } }),
      errors: [
        {
          messageId: 'note',
          message: '表二“行政许可”行“本年处理决定数量”写成“50（营业执照）”，按 50 计算：表格里只填数字，说明文字请写在表外。',
          severity: 'warn',
          line: 29,
          column: 6,
          endLine: 29,
          endColumn: 14,
        },
      ],
    },
    {
      name: '设区的市人民政府在“规章”行填“/”：每格一条警告',
      code: report({ title: CITY, table2: { regulation: ['/', '/', '/'] } }),
      errors: [
        { message: '表二“规章”行“本年制发件数”填的是“/”：没有发生的请填 0。', severity: 'warn', line: 25, column: 4, endLine: 25, endColumn: 5 },
        { message: '表二“规章”行“本年废止件数”填的是“/”：没有发生的请填 0。', severity: 'warn', line: 25, column: 6, endLine: 25, endColumn: 7 },
        { message: '表二“规章”行“现行有效件数”填的是“/”：没有发生的请填 0。', severity: 'warn', line: 25, column: 8, endLine: 25, endColumn: 9 },
      ],
    },
    {
      name: '乡镇也不能在其他行填“/”',
      code: report({ table2: { license: ['/'] } }),
      errors: [{ message: '表二“行政许可”行“本年处理决定数量”填的是“/”：没有发生的请填 0。', severity: 'warn', line: 29, column: 6, endLine: 29, endColumn: 7 }],
    },
    {
      name: '表三负数：错误',
      code: report({ table3: { granted: [2, 1, 0, 0, 0, 0, -3] } }),
      errors: [
        {
          messageId: 'negative',
          message: '表三“三（一）”行“总计”列为负数 -3：件数不能为负，请核对。',
          severity: 'error',
          line: 46,
          column: 21,
          endLine: 46,
          endColumn: 23,
        },
      ],
    },
    {
      name: '表四小数：错误',
      code: report({ table4: [1.5, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }),
      errors: [{ messageId: 'fraction', message: '表四“行政复议”的“结果维持”为小数 1.5：件数应为整数，请核对。', severity: 'error', line: 79, column: 1, endLine: 79, endColumn: 4 }],
    },
    {
      name: '表二件数为小数（收费格以外）：错误',
      code: report({ table2: { normativeDocument: [2, 0, '5.5'] } }),
      errors: [{ message: '表二“行政规范性文件”行“现行有效件数”为小数 5.5：件数应为整数，请核对。', severity: 'error', line: 26, column: 13, endLine: 26, endColumn: 16 }],
    },
    {
      name: '表三格内附注：按数字计，警告',
      code: report({ table3: { new: ['5（含电话申请2件）', 1, 0, 0, 0, 0, 6] } }),
      errors: [
        {
          message: '表三“一”行“自然人”列写成“5（含电话申请2件）”，按 5 计算：表格里只填数字，说明文字请写在表外。',
          severity: 'warn',
          line: 43,
          column: 18,
          endLine: 43,
          endColumn: 28,
        },
      ],
    },
    {
      name: '表三空白格与“—”：各一条警告',
      code: report({ table3: { granted: [2, '', 0, 0, 0, 0, 3], unable1: [1, 0, '—', 0, 0, 0, 1] } }),
      errors: [
        { message: '表三“三（一）”行“商业企业”列是空白：没有发生的请填 0，空白会被当作漏填。', severity: 'warn', line: 46, column: 11, endLine: 46, endColumn: 11 },
        { message: '表三“三（四）1”行“科研机构”列填的是“—”：没有发生的请填 0。', severity: 'warn', line: 58, column: 20, endLine: 58, endColumn: 21 },
      ],
    },
    {
      name: '表四填“无”：警告',
      code: report({ table4: ['无', 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] }),
      errors: [{ message: '表四“行政复议”的“结果维持”填的是“无”：没有发生的请填 0。', severity: 'warn', line: 79, column: 1, endLine: 79, endColumn: 2 }],
    },
    (() => {
      const code = trialReport({ 行政许可: '行政许可\t\t10\t37' });
      // the blank cell is the empty span between the two tabs
      const { line, column } = locate(code, '\t10\t37');
      return {
        name: '试行格式表二：格式里有数的格空白，按试行格式的栏目名称提示',
        code,
        errors: [{ messageId: 'blank', message: '表二“行政许可”行“上一年项目数量”是空白：没有发生的请填 0，空白会被当作漏填。', severity: 'warn' as const, line, column, endLine: line, endColumn: column }],
      };
    })(),
    (() => {
      const code = trialReport({ 行政处罚: '行政处罚\t53\t-2\t-103' });
      return {
        name: '试行格式表二：“处理决定数量”为负数仍是错误（只有“本年增/减”可为负）',
        code,
        errors: [{ messageId: 'negative', message: '表二“行政处罚”行“处理决定数量”为负数 -103：件数不能为负，请核对。', severity: 'error' as const, ...locate(code, '-103') }],
      };
    })(),
    (() => {
      const code = trialReport({ 政府集中采购: '政府集中采购\t1.5\t6805947.43元\t' });
      return {
        name: '试行格式表二：采购项目数量为小数',
        code,
        errors: [{ messageId: 'fraction', message: '表二“政府集中采购”行“采购项目数量”为小数 1.5：件数应为整数，请核对。', severity: 'error' as const, ...locate(code, '1.5') }],
      };
    })(),
    {
      name: 'Markdown：表二空白格',
      code: report({ markdown: true, table2: { enforcement: [''] } }),
      filePath: 'x.md',
      errors: [{ message: '表二“行政强制”行“本年处理决定数量”是空白：没有发生的请填 0，空白会被当作漏填。', severity: 'warn', line: 34, column: 8, endLine: 34, endColumn: 8 }],
    },
  ],
});
