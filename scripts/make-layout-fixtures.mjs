#!/usr/bin/env node
// Writes test/fixtures/layouts/: each real layout an author or reviewer has
// (issue 10), made from corpus text already copied into test/fixtures/corpus:
//   chromed.txt      seed 003 as a copy of its web page gives it: 位置导航, the
//                    索引号 block, the title twice, 访问次数, 点击查看解读, headings
//                    indented with spaces, tables as "|"-separated rows, 打印 关闭
//   flattened.txt    seed 004 as a site crawler flattens it: a crawler header,
//                    the whole body on one line, headings inline, table cells
//                    run together
//   split-table.md   淮安市 2024 (real/) as a PDF→Markdown conversion leaves it:
//                    a stray "目录" before the title, a misread character in the
//                    body's name (府→俯), table 三 split into three tables under
//                    ### headings with placeholder column heads and a group
//                    label shortened, page footers "— 4 —"
//   excerpt.txt      seed 002's first three parts, cut off inside table 三's row （三）1
//   pre-2019.txt     a 2013 report in the old template (国办发〔2008〕… era),
//                    built from seed 002's wording
// Run after a build (it reads the tables with the project's own model):
//   npx tsc -b && node scripts/make-layout-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE3_ROWS_2021, buildReportModel, ingestText } from '../packages/core/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(`${root}test/fixtures/corpus/${path}`, 'utf8').replace(/\r\n/g, '\n');
const out = `${root}test/fixtures/layouts/`;
mkdirSync(out, { recursive: true });

const isTsvRow = (line) => (line.match(/\t/g) ?? []).length >= 1;
const isHeading = (line) => /^\s*[一二三四五六]、/.test(line) && !isTsvRow(line);

// ------------------------------------------------------------ chromed (seed 003)
function chromed() {
  const lines = read('seeds/003_b44d1f36068b8b31.txt').split('\n');
  const title = lines.find((l) => /年度报告\s*$/.test(l))?.trim() ?? '';
  const body = lines
    .filter((l) => l.trim() !== title)
    .map((l) => {
      // a copy of an HTML table: one line a row, merged cells give no empty cell
      if (isTsvRow(l)) return `${l.split('\t').map((c) => c.trim()).filter((c) => c !== '').join(' | ')} |`;
      if (isHeading(l)) return `    ${l.trim()}`;
      return l.replace(/\*\*/g, '');
    });
  return [
    '当前位置: 首页',
    '> 政务公开 > 乡镇街道 > 城关镇 > 政府信息公开年报',
    '索 引 号 640221000/2022-00012 公开方式 主动公开',
    '成文日期 2022-01-20 发布机构 平罗县城关镇人民政府',
    '组配分类 政府信息公开年报',
    '',
    title,
    '',
    '发布日期: 2022-01-20 访问次数: 128',
    '',
    '点击查看解读',
    '',
    title,
    '',
    ...body,
    '',
    '【打印】【关闭】',
    '',
  ].join('\n');
}

// ------------------------------------------------------------ flattened (seed 004)
function flattened() {
  const lines = read('seeds/004_50046161c6499f8c.txt').split('\n');
  const title = lines.find((l) => /报告\s*$/.test(l))?.trim() ?? '';
  const body = lines
    .filter((l) => l.trim() !== title && l.trim() !== '')
    .map((l) => (isTsvRow(l) ? l.split('\t').map((c) => c.trim()).join('') : l.trim()))
    .join('');
  return [
    `标题: ${title}`,
    '发布时间: 2023-01-12 10:05',
    '文号: ',
    '发布机构: ',
    '栏目: 政府信息公开年报',
    '原文链接: https://www.example.gov.cn/zwgk/xxgknb/202301/t20230112_1.html',
    '==================== 正文 ====================',
    body,
    '',
  ].join('\n');
}

// ------------------------------------------------------------ split table (淮安市 2024)
function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function splitTable() {
  const text = read('real/jiangsu-huaian-shi-2024.txt');
  const report = buildReportModel(ingestText(text, 'huaian.txt'));
  const { table2: t2, table3: t3, table4: t4 } = report.tables;
  if (t2?.confidence !== 'high' || t3?.confidence !== 'high' || t4?.confidence !== 'high') throw new Error('淮安市 2024: tables not read');
  const raw = (cells) => cells.map((c) => c.raw);
  const table2 = markdownTable(
    ['第二十条第（一）项', '', '', ''],
    [
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', ...raw(t2.rows.regulation)],
      ['行政规范性文件', ...raw(t2.rows.normativeDocument)],
      ['第二十条第（五）项', '', '', ''],
      ['信息内容', '本年处理决定数量', '', ''],
      ['行政许可', ...raw(t2.rows.license), '', ''],
      ['第二十条第（六）项', '', '', ''],
      ['信息内容', '本年处理决定数量', '', ''],
      ['行政处罚', ...raw(t2.rows.penalty), '', ''],
      ['行政强制', ...raw(t2.rows.enforcement), '', ''],
      ['第二十条第（八）项', '', '', ''],
      ['信息内容', '本年收费金额（单位：万元）', '', ''],
      ['行政事业性收费', ...raw(t2.rows.fee), '', ''],
    ],
  );
  // the group labels in a column of their own, as a converter splits the merged cells; "三、本年度办理结果" shortened
  const GROUPS = { granted: '三、办理结果', refused1: '（三）不予公开', unable1: '（四）无法提供', notProcessed1: '（五）不予处理', other1: '（六）其他处理' };
  const rows = TABLE3_ROWS_2021.map((spec) => [GROUPS[spec.key] ?? '', spec.label, ...raw(t3.rows[spec.key].cells)]);
  const placeholder = ['列1', '列2', '列3', '列4', '列5', '列6', '列7', '列8', '列9'];
  const table3 = [
    markdownTable(
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      rows.slice(0, 9),
    ),
    '— 4 —',
    '### 表三（续一）',
    markdownTable(placeholder, rows.slice(9, 17)),
    '### 表三（续二）',
    markdownTable(placeholder, rows.slice(17)),
  ].join('\n\n');
  const g = t4.groups;
  const table4 = markdownTable(
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    [
      ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
      [...Array(3)].flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
      [...raw(g.review), ...raw(g.litigationDirect), ...raw(g.litigationAfterReview)],
    ],
  );
  const md = (chunk) =>
    chunk
      .replace(/^\s*-(\d+)-\s*$/gm, '— $1 —')
      .replace(/^\s*淮安市人民政府\n\s*2024 年政府信息公开工作年度报告/m, '目录\n\n# 淮安市人民政俯2024年政府信息公开工作年度报告');
  const cut = [t2, t3, t4].map((t) => t.range);
  return [
    md(text.slice(0, cut[0][0])),
    table2,
    md(text.slice(cut[0][1], cut[1][0])),
    table3,
    md(text.slice(cut[1][1], cut[2][0])),
    table4,
    md(text.slice(cut[2][1])),
  ].join('\n\n');
}

// ------------------------------------------------------------ excerpt (seed 002)
function excerpt() {
  const text = read('seeds/002_cff4ace8f11033c3.txt');
  const cut = text.search(/\t\(三\) ?不予公开/);
  if (cut < 0) throw new Error('seed 002: table 三 row （三） not found');
  return `${text.slice(0, cut)}\t(三) 不予公开\t1. 属于国家秘密\t0\t0\n`;
}

// ------------------------------------------------------------ pre-2019 (old template)
function pre2019() {
  return [
    '某县某镇2013年政府信息公开工作年度报告',
    '',
    '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布2013年度本镇政府信息公开年度报告。本报告由概述，主动公开政府信息的情况，依申请公开政府信息的情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进情况，其他需要报告的事项等七部分组成。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。',
    '',
    '一、概述',
    '',
    '2013年，我镇认真贯彻落实《条例》，进一步规范政府信息公开工作，全年主动公开政府信息86条。',
    '',
    '二、主动公开政府信息的情况',
    '',
    '全年主动公开政府信息86条，其中机构职能类12条、政策文件类30条、工作动态类44条。',
    '',
    '三、依申请公开政府信息的情况',
    '',
    '2013年，我镇未收到政府信息公开申请。',
    '',
    '四、政府信息公开的收费及减免情况',
    '',
    '2013年，我镇未收取检索费、复制费、邮寄费等费用。',
    '',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '',
    '2013年，我镇未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
    '',
    '六、政府信息公开工作存在的主要问题及改进情况',
    '',
    '信息更新不够及时。下一步，我镇将健全信息发布审核机制，及时更新公开内容。',
    '',
    '七、其他需要报告的事项',
    '',
    '无。',
    '',
  ].join('\n');
}

const files = {
  'chromed.txt': chromed(),
  'flattened.txt': flattened(),
  'split-table.md': splitTable(),
  'excerpt.txt': excerpt(),
  'pre-2019.txt': pre2019(),
};
for (const [name, content] of Object.entries(files)) writeFileSync(out + name, content);
console.log(`wrote ${Object.keys(files).join(', ')} to test/fixtures/layouts/`);
