#!/usr/bin/env node
// Builds test/fixtures/formats/: the same reports as Word files (.docx, real
// Word tables with horizontal and vertical merges) and as government web pages
// (.html, in UTF-8 and GBK), from
//   - the seeds 002–004 (test/fixtures/corpus/seeds/*.txt): paragraphs as they
//     are, each tab-separated table as a table whose merged cells are inferred
//     from the empty slots (a label spans the empty slots to its right, then the
//     empty rows below), so that expanding the merges gives back the seed's grid;
//   - 淮安市 2024 (test/fixtures/corpus/real/jiangsu-huaian-shi-2024.txt): the
//     paragraphs of its PDF text layer re-flowed (page footers dropped), and the
//     three tables in the national layout with the numbers of the PDF (the same
//     hand-checked numbers as packages/core/test/tables-values.test.ts);
// plus a scanned PDF (one image, no text layer) for the "no text layer" message.
// Run once and check the outputs in: `node scripts/make-format-fixtures.mjs`.
// The password-protected PDFs were made from these with qpdf (see the README
// in that folder); docx is a devDependency.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import iconv from 'iconv-lite';
import { tsvTableAt, wordTable } from './fixture-grid.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'test/fixtures/formats');
const corpus = (p) => readFileSync(path.join(root, 'test/fixtures/corpus', p), 'utf8');

// ------------------------------------------------------------------ document model
// { title: string[], blocks: ({ type: 'p', text, heading } | { type: 'table', rows: { text, colSpan, rowSpan }[][] })[] }

const PART_HEADING = /^\s*[一二三四五六]、/;


/** a seed: paragraphs are its non-empty lines, tables its runs of tab-separated lines */
function fromSeed(text) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  let title;
  for (let i = 0; i < lines.length; ) {
    if (lines[i].includes('\t')) {
      const table = tsvTableAt(lines, i);
      blocks.push({ type: 'table', rows: table.rows });
      i = table.next;
      continue;
    }
    const line = lines[i++].trim();
    if (line === '') continue;
    if (title === undefined) title = [line];
    else blocks.push({ type: 'p', text: line, heading: PART_HEADING.test(line) });
  }
  return { title, blocks };
}

// ---------------------------------------------------------------- 淮安市 2024

const cell = (text, colSpan = 1, rowSpan = 1) => ({ text: String(text), colSpan, rowSpan });
const values = (list) => list.map((v) => cell(v));

function huaianTable2() {
  const section = (label) => [cell(label, 4)];
  return [
    section('第二十条第（一）项'),
    [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')],
    [cell('规章'), ...values([1, 0, 11])],
    [cell('行政规范性文件'), ...values([8, 26, 66])],
    section('第二十条第（五）项'),
    [cell('信息内容'), cell('本年处理决定数量', 3)],
    [cell('行政许可'), cell(447228, 3)],
    section('第二十条第（六）项'),
    [cell('信息内容'), cell('本年处理决定数量', 3)],
    [cell('行政处罚'), cell(3985758, 3)],
    [cell('行政强制'), cell(88283, 3)],
    section('第二十条第（八）项'),
    [cell('信息内容'), cell('本年收费金额（单位：万元）', 3)],
    [cell('行政事业性收费'), cell('96171.6', 3)],
  ];
}

function huaianTable3() {
  const v = {
    new: [3001, 53, 0, 0, 61, 4, 3119],
    carriedOver: [34, 0, 0, 0, 0, 0, 34],
    granted: [1288, 21, 0, 0, 50, 3, 1362],
    partlyGranted: [447, 7, 0, 0, 0, 0, 454],
    refused: [[2, 0, 0, 0, 0, 0, 2], [30, 1, 0, 0, 0, 0, 31], [5, 0, 0, 0, 0, 0, 5], [6, 0, 0, 0, 0, 0, 6], [7, 1, 0, 0, 0, 0, 8], [12, 0, 0, 0, 0, 0, 12], [9, 0, 0, 0, 0, 0, 9], [105, 0, 0, 0, 0, 0, 105]],
    unable: [[746, 12, 0, 0, 10, 1, 769], [11, 0, 0, 0, 0, 0, 11], [1, 0, 0, 0, 0, 0, 1]],
    notProcessed: [[56, 6, 0, 0, 0, 0, 62], [25, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1]],
    other: [[67, 3, 0, 0, 1, 0, 71], [6, 0, 0, 0, 0, 0, 6], [108, 2, 0, 0, 0, 0, 110]],
    total: [2932, 53, 0, 0, 61, 4, 3050],
    carriedForward: [103, 0, 0, 0, 0, 0, 103],
  };
  const refused = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
  const unable = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'];
  const notProcessed = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'];
  const other = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];
  const group = (label, labels, rows) =>
    labels.map((l, i) => [...(i === 0 ? [cell(label, 1, labels.length)] : []), cell(l), ...values(rows[i])]);
  const resultRows = [
    [cell('（一）予以公开', 2), ...values(v.granted)],
    [cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...values(v.partlyGranted)],
    ...group('（三）不予公开', refused, v.refused),
    ...group('（四）无法提供', unable, v.unable),
    ...group('（五）不予处理', notProcessed, v.notProcessed),
    ...group('（六）其他处理', other, v.other),
    [cell('（七）总计', 2), ...values(v.total)],
  ];
  resultRows[0].unshift(cell('三、本年度办理结果', 1, resultRows.length));
  return [
    [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), cell('申请人情况', 7)],
    [cell('自然人', 1, 2), cell('法人或其他组织', 5), cell('总计', 1, 2)],
    [cell('商业企业'), cell('科研机构'), cell('社会公益组织'), cell('法律服务机构'), cell('其他')],
    [cell('一、本年新收政府信息公开申请数量', 3), ...values(v.new)],
    [cell('二、上年结转政府信息公开申请数量', 3), ...values(v.carriedOver)],
    ...resultRows,
    [cell('四、结转下年度继续办理', 3), ...values(v.carriedForward)],
  ];
}

function huaianTable4() {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [cell('行政复议', 5), cell('行政诉讼', 10)],
    [...five.map((l) => cell(l, 1, 2)), cell('未经复议直接起诉', 5), cell('复议后起诉', 5)],
    [...five.map((l) => cell(l)), ...five.map((l) => cell(l))],
    values([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]),
  ];
}

/** the PDF's text layer, re-flowed: an indented line starts a paragraph, page footers go */
function fromHuaian(text) {
  const lines = text.split(/\r?\n/).filter((l) => !/^\s*-\d+-\s*$/.test(l));
  const title = [lines[0].trim(), lines[1].trim()];
  const blocks = [];
  const tables = { 二: huaianTable2(), 三: huaianTable3(), 四: huaianTable4() };
  let skipping = false;
  let paragraph = null;
  const close = () => {
    if (paragraph) blocks.push({ type: 'p', text: paragraph, heading: PART_HEADING.test(paragraph) });
    paragraph = null;
  };
  for (const line of lines.slice(2)) {
    const trimmed = line.trim();
    const heading = /^(二、主动公开|三、收到和处理|四、政府信息公开行政复议|五、存在的主要问题)/.exec(trimmed);
    if (heading) {
      close();
      skipping = false;
      blocks.push({ type: 'p', text: trimmed, heading: true });
      const key = trimmed[0];
      if (tables[key]) {
        blocks.push({ type: 'table', rows: tables[key] });
        skipping = true;
      }
      continue;
    }
    if (skipping || trimmed === '') continue;
    if (/^\s{2,}/.test(line) || paragraph === null) {
      close();
      paragraph = trimmed;
    } else {
      paragraph += trimmed;
    }
  }
  close();
  return { title, blocks };
}

// ------------------------------------------------------------------ HTML

function escapeHtml(text, entities) {
  let out = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (entities) out = out.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/—/g, '&mdash;');
  return out;
}

function htmlTable(rows, entities) {
  const body = rows
    .map((row) => {
      const cells = row
        .map((c) => {
          const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
          return `<td${span} valign="center"><p style="text-align:center">${escapeHtml(c.text, entities)}</p></td>`;
        })
        .join('');
      return `      <tr>${cells}</tr>`;
    })
    .join('\n');
  return `<table border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse">\n    <tbody>\n${body}\n    </tbody>\n</table>`;
}

/**
 * A page as government sites publish it: header, navigation, breadcrumb, the
 * title above the article box, the article in #zoom, a sidebar, a footer with
 * the site's own phone number, scripts.
 */
function htmlPage(doc, { charsetMeta, site, entities = false, layoutWrap = false }) {
  const blocks = doc.blocks
    .map((b) => {
      if (b.type === 'table') return htmlTable(b.rows, entities);
      const text = escapeHtml(b.text, entities);
      return b.heading
        ? `<p class="MsoNormal" style="text-indent:2em"><b><span style="font-family:黑体">${text}</span></b></p>`
        : `<p class="MsoNormal" style="text-indent:2em;line-height:28pt">${entities ? '&nbsp;&nbsp;' : ''}${text}</p>`;
    })
    .join('\n');
  const article = layoutWrap ? `<table width="100%" border="0"><tr><td class="bt_content">\n${blocks}\n</td></tr></table>` : blocks;
  const title = doc.title.map((t) => escapeHtml(t, entities)).join('<br/>');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${charsetMeta}
<title>${doc.title.join('')}_${site}</title>
<meta name="keywords" content="政府信息公开,年度报告" />
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<style type="text/css">.nav li{float:left} #zoom p{font-size:16px}</style>
<script type="text/javascript">var columnName = "政府信息公开年度报告"; document.write("<div>一、总体情况</div>");</script>
</head>
<body>
<div class="top">
  <div class="logo"><img src="/images/logo.png" alt="${site}" /></div>
  <div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" /><button>搜索</button></form></div>
</div>
<div class="nav">
  <ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年度报告</div>
<div class="main">
  <div class="detail-left">
    <div class="article-title"><h1>${title}</h1></div>
    <div class="article-info">发布日期：2025-01-20\u3000来源：${site}办公室\u3000浏览次数：1024\u3000【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
    <div id="zoom" class="TRS_Editor">
${article}
    </div>
    <div class="share">分享到：微信 微博</div>
  </div>
  <div class="sidebar">
    <h3>相关链接</h3>
    <ul><li><a href="#">2023年政府信息公开工作年度报告</a></li><li><a href="#">2022年政府信息公开工作年度报告</a></li></ul>
  </div>
</div>
<div class="footer">
  <p>主办：${site}办公室\u3000地址：人民路1号\u3000电话：0517-80000000\u3000邮箱：web@example.gov.cn</p>
  <p>网站标识码：3208000000\u3000ICP备案号：苏ICP备00000000号</p>
</div>
<script type="text/javascript">window.onload = function () { console.log("统计代码"); };</script>
</body>
</html>
`;
}

// ------------------------------------------------------------------ Word

const BORDERLESS_FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312' };


/** the title in Word's Title style, part headings bold (or as Heading 2), body with a first-line indent */
async function wordDocument(doc, { headingStyle }) {
  const children = [
    ...doc.title.map((t) => new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, size: 44 })] })),
    ...doc.blocks.map((b) => {
      if (b.type === 'table') return wordTable(b.rows, BORDERLESS_FONT);
      if (b.heading && headingStyle) return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text })] });
      return new Paragraph({
        indent: { firstLine: 640 },
        children: [new TextRun({ text: b.text, bold: b.heading, size: 32, font: BORDERLESS_FONT })],
      });
    }),
    new Paragraph({ children: [] }),
  ];
  const document = new Document({
    creator: 'xxgk-lint fixtures',
    title: doc.title.join(''),
    description: 'scripts/make-format-fixtures.mjs',
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

// ------------------------------------------------------------------ a scanned PDF

/** One A4 page showing one small grey image and no text: what a scanner produces. */
function scannedPdf() {
  const width = 8;
  const height = 8;
  const pixels = Buffer.alloc(width * height, 0xcc);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels.toString('latin1')}\nendstream`,
  ];
  const content = 'q 515 0 0 762 40 40 cm /Im1 Do Q';
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ------------------------------------------------------------------ write

mkdirSync(OUT, { recursive: true });
const write = (name, data) => {
  writeFileSync(path.join(OUT, name), data);
  console.log(`wrote test/fixtures/formats/${name}`);
};

const reports = [
  { name: 'seed-002', doc: fromSeed(corpus('seeds/002_cff4ace8f11033c3.txt')), site: '上乐村镇人民政府', charset: 'gbk-http-equiv', headingStyle: false },
  { name: 'seed-003', doc: fromSeed(corpus('seeds/003_b44d1f36068b8b31.txt')), site: '城关镇人民政府', charset: 'utf-8', headingStyle: true },
  { name: 'seed-004', doc: fromSeed(corpus('seeds/004_50046161c6499f8c.txt')), site: '盐锅峡镇人民政府', charset: 'gb18030-meta', headingStyle: false },
  { name: 'huaian-shi-2024', doc: fromHuaian(corpus('real/jiangsu-huaian-shi-2024.txt')), site: '淮安市人民政府', charset: 'utf-8', headingStyle: true, entities: true, layoutWrap: true },
];

for (const r of reports) {
  const meta = {
    'utf-8': '<meta charset="utf-8" />',
    'gbk-http-equiv': '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
    'gb18030-meta': '<meta charset="GBK">',
  }[r.charset];
  const html = htmlPage(r.doc, { charsetMeta: meta, site: r.site, entities: r.entities, layoutWrap: r.layoutWrap });
  write(`${r.name}.html`, r.charset === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gb18030'));
  write(`${r.name}.docx`, await wordDocument(r.doc, { headingStyle: r.headingStyle }));
}
write('scanned.pdf', scannedPdf());
