import { readFileSync } from 'node:fs';
import { RuleTester } from '@xxgk-lint/core/testing';
import { tableLabels } from '../src/rules/table-labels.js';
import { locate, report, tableLines } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

/** a crawler's page with its tables run into one line (test/fixtures/layouts/flattened.txt, made from the corpus) */
const FLATTENED = readFileSync(new URL('../../../test/fixtures/layouts/flattened.txt', import.meta.url), 'utf8');

const table = (kind: 'table2' | 'table3' | 'table4', from: string, to: string, markdown = false) =>
  tableLines(kind, { markdown }).map((l) => l.replaceAll(from, to));
const part = { table2: 2, table3: 3, table4: 4 } as const;
const edited = (kind: 'table2' | 'table3' | 'table4', from: string, to: string) => report({ bodies: { [part[kind]]: table(kind, from, to) } });

tester.run('national/table-labels', tableLabels, {
  valid: [
    { name: '国家格式的栏目', code: report() },
    { name: 'Markdown', code: report({ markdown: true }), filePath: 'x.md' },
    { name: '（六）1、2 项用逗号而不是顿号', code: edited('table3', '逾期不补正、行政机关', '逾期不补正，行政机关') },
    { name: '“1、”代替“1.”', code: edited('table3', '1.属于国家秘密', '1、属于国家秘密') },
    { name: '半角括号和直引号', code: edited('table3', '3.危及“三安全一稳定”', '3.危及"三安全一稳定"') },
    { name: 'PDF 文字层把栏目拆成几段、夹了空格', code: edited('table4', '未经复议直接起诉', '未经复议 直接起诉') },
    { name: '“（二）部分公开”省去括注', code: edited('table3', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开') },
    { name: '勾稽说明的措辞由 reconciliation-note 检查', code: edited('table3', '第一项加第二项之和', '一加二之和') },
    {
      name: '提取不全的表（行数不对）：栏目不逐格检查',
      code: report({ bodies: { 3: tableLines('table3').map((l) => l.replace('（七）总计', '（七）合计')).slice(0, 30) } }),
    },
    { name: '多出的一行由 table-shape 提示', code: report({ bodies: { 2: [...tableLines('table2'), '行政征收\t3\t\t'] } }) },
    {
      name: '2019、2020 年度报告写“规范性文件”：试行格式的写法，不提示',
      code: report({ title: ['平安县和顺镇人民政府2020年政府信息公开工作年度报告'], bodies: { 2: table('table2', '行政规范性文件', '规范性文件') } }),
    },
    {
      // the same change in a table as written is the 表二的列标题 case below
      name: '从连成一行的文字复原的表（found: flattened）：栏目不逐格检查',
      code: FLATTENED.replace('本年制发件数', '本年发文件数'),
    },
    {
      name: '整张表二是试行格式（本年新制作数量……）：“规范性文件”不提示',
      code: report({ bodies: { 2: table('table2', '行政规范性文件', '规范性文件').map((l) => l.replace('本年制发件数', '本年新制作数量')) } }),
    },
  ],
  invalid: [
    (() => {
      // PDF→Markdown conversion (test/fixtures/layouts/split-table.md): table 三 split into pieces, the group label shortened
      const whole = table('table3', '三、本年度办理结果', '三、办理结果', true);
      const at = whole.findIndex((l) => l.includes('（三）不予公开'));
      const width = whole[0].split('|').length - 2;
      const head = `| ${Array.from({ length: width }, (_, i) => `列${i + 1}`).join(' | ')} |`;
      const delimiter = `|${Array.from({ length: width }, () => ' --- ').join('|')}|`;
      const code = report({ markdown: true, bodies: { 3: [...whole.slice(0, at), '', '### 表三（续）', '', head, delimiter, ...whole.slice(at)] } });
      return {
        name: '转换拆开的表（合并读出）：改动的标签只给警告，占位的列名“列1”不算标签',
        code,
        filePath: 'x.md',
        errors: [{ messageId: 'label', severity: 'warn' as const, ...locate(code, '三、办理结果') }],
      };
    })(),
    (() => {
      const code = edited('table3', '2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
      return {
        name: '错字（洪泽区 2023、2024 年报告）',
        code,
        errors: [
          {
            messageId: 'rowLabel',
            message: '表三“三（三）2”行的标签写成“2.其他法律行政止公开”，国家格式为“2.其他法律行政法规禁止公开”：请按国家格式填写，不要改动表格栏目。',
            ...locate(code, '2.其他法律行政止公开'),
          },
        ],
      };
    })(),
    (() => {
      // the group label in the first cell of its first row, as a PDF→Markdown conversion leaves it
      const lines = tableLines('table3');
      const group = lines.findIndex((l) => l.startsWith('三、本年度办理结果'));
      lines.splice(group, 2, `三、办理结果\t${lines[group + 1]}`);
      const code = report({ bodies: { 3: lines } });
      return {
        name: '组标签改了（PDF 转 Markdown 的淮安市 2024 年报告，test/fixtures/layouts/split-table.md）：按组标签提示，不当作“（一）予以公开”行的标签',
        code,
        errors: [{ messageId: 'label', message: '表三中的“三、办理结果”不是国家格式的栏目名称（应为“三、本年度办理结果”？）：请按国家格式填写，不要改动表格栏目。', ...locate(code, '三、办理结果') }],
      };
    })(),
    (() => {
      const code = edited('table3', '（七）总计', '（七）合计');
      return {
        name: '“总计”改成“合计”：表格因此读不准，仍指出改动的栏目',
        code,
        errors: [{ messageId: 'label', message: /^表三中的“（七）合计”不是国家格式的栏目名称（应为“（七）总计”？）/, ...locate(code, '（七）合计') }],
      };
    })(),
    (() => {
      const code = edited('table2', '本年制发件数', '本年发文件数');
      return {
        name: '表二的列标题',
        code,
        errors: [{ messageId: 'label', message: '表二中的“本年发文件数”不是国家格式的栏目名称（应为“本年制发件数”？）：请按国家格式填写，不要改动表格栏目。', ...locate(code, '本年发文件数') }],
      };
    })(),
    (() => {
      const code = edited('table2', '行政规范性文件', '规范性文件');
      return {
        name: '2021 年度起的表二写“规范性文件”：错误，建议改为“行政规范性文件”',
        code,
        errors: [
          {
            messageId: 'trialNormativeDocument',
            message: '表二的“规范性文件”行，国家格式为“行政规范性文件”（“规范性文件”是 2019 年试行格式的写法）：请改为“行政规范性文件”。',
            severity: 'error' as const,
            ...locate(code, '规范性文件\t'),
            endColumn: 6,
            suggestions: [{ desc: '改为“行政规范性文件”', output: code.replace('规范性文件\t', '行政规范性文件\t') }],
          },
        ],
      };
    })(),
    (() => {
      const code = edited('table3', '自然人', '个人');
      return { name: '表三的列标题', code, errors: [{ message: /^表三中的“个人”不是国家格式的栏目名称/, ...locate(code, '个人') }] };
    })(),
    (() => {
      const code = report({ markdown: true, bodies: { 4: table('table4', '结果纠正', '结果变更', true) } });
      return { name: 'Markdown 表四：三组各报一处', code, filePath: 'x.md', errors: [1, 2, 3].map((nth) => ({ messageId: 'label', ...locate(code, '结果变更', nth) })) };
    })(),
  ],
});
