import type { LintResult, RulesMeta } from '@xxgk-lint/core';
import { displayPath } from '../common.js';
import { CONTENT_GROUPS, GROUP_NAMES, groupOf } from './categories.js';
import { categoryChart } from './chart.js';
import { type DocsReader, docsHtml, readShippedDocs } from './docs.js';
import { anchorId, escape } from './escape.js';
import { findingsList, placeOf, ruleName } from './findings.js';
import { PRINT_SCRIPT, STYLE } from './style.js';
import { type BatchSummary, type ReportRow, type RuleCount, VERDICT_NAMES, summarise } from './summary.js';

export interface HtmlOptions {
  /** how a rule's docs page is read (tests give their own) */
  readDocs?: DocsReader;
}

/** rules named in one cell of the reports table */
const RULES_IN_ROW = 2;
/** content defects listed under the chart */
const TOP_PROBLEMS = 5;

function verdictBadge(row: ReportRow): string {
  return `<span class="v v-${row.verdict}">${VERDICT_NAMES[row.verdict]}</span>`;
}

function yearTag(row: ReportRow, summary: BatchSummary): string {
  return row.otherYear ? `<span class="tag" title="本批多数报告为 ${summary.year} 年度">年度不符</span>` : '';
}

function reportRow(row: ReportRow, summary: BatchSummary, rulesMeta: RulesMeta): string {
  const r = row.result;
  const shown = row.ruleIds.slice(0, RULES_IN_ROW).map((id) => ruleName(id, rulesMeta));
  const more = row.ruleIds.length > RULES_IN_ROW ? `等 ${row.ruleIds.length} 项` : '';
  const problems = row.reason ? escape(row.reason) : shown.length ? `${shown.join('；')}${more ? `，${more}` : ''}` : '—';
  const warnings = `${r.warningCount}${r.infoCount ? `<small>（另有提示 ${r.infoCount}）</small>` : ''}`;
  return (
    `<tr class="r-${row.verdict}"><td data-label="结论">${verdictBadge(row)}</td>` +
    `<td data-label="单位"><a href="#${anchorId('r', String(row.index))}">${escape(r.report?.body || '（未识别单位）')}</a><div class="file">${escape(row.path)}</div></td>` +
    `<td data-label="年度" class="n">${escape(r.report?.year ?? '—')}${yearTag(row, summary)}</td>` +
    `<td data-label="错误" class="n">${r.errorCount}</td><td data-label="警告" class="n">${warnings}</td>` +
    `<td data-label="主要问题">${problems}</td></tr>`
  );
}

function cards(summary: BatchSummary): string {
  const card = (cls: string, n: number, text: string) => `<div class="card ${cls}"><b>${n}</b><span>${text}</span></div>`;
  const otherYears = summary.rows.filter((r) => r.otherYear).length;
  const missing = summary.batchChecks.reduce((n, r) => n + r.messages.length, 0);
  return `<div class="cards">
${card('fail', summary.verdicts.fail, '份不通过')}
${card('unreadable', summary.verdicts.unreadable, '份无法读取')}
${card('pass', summary.verdicts.pass, `份通过${summary.passWithFindings ? `（其中 ${summary.passWithFindings} 份有警告或提示）` : ''}`)}
${otherYears ? card('year', otherYears, '份年度与本批不符') : ''}
${missing ? card('year', missing, '项批次核对问题（如未报送的单位）') : ''}
</div>`;
}

function yearAlert(summary: BatchSummary): string {
  if (summary.yearTie) return '<div class="alert">本批报告的年度不一，没有占多数的年度，未核对各报告的年度。</div>';
  const others = summary.rows.filter((r) => r.otherYear);
  if (others.length === 0) return '';
  const items = others.map((r) => `<li><a href="#${anchorId('r', String(r.index))}">${escape(r.result.report?.body || r.path)}</a>：${escape(r.result.report?.year)} 年</li>`);
  return `<div class="alert"><b>年度与本批不符</b>（本批多数报告为 ${summary.year} 年度，以下报告写的是其他年度，请确认是否报错了文件）：<ul>${items.join('')}</ul></div>`;
}

function batchChecks(results: readonly LintResult[], cwd: string): string {
  if (results.length === 0) return '';
  const items = results.flatMap((r) => r.messages.map((m) => `<li>${escape(m.message)}${placeOf(m) ? `<div class="loc">${escape(displayPath(r.filePath, cwd))} ${escape(placeOf(m))}</div>` : ''}</li>`));
  return `<h2>批次核对</h2>
<p class="hint">对整批报告的核对（不是某一份报告的问题），例如应报送而未报送的单位。</p>
<ul class="batch">${items.join('')}</ul>`;
}

function rulesTable(rules: readonly RuleCount[], rulesMeta: RulesMeta, title: string): string {
  if (rules.length === 0) return '';
  const rows = rules.map(
    (c) =>
      `<tr><td>${ruleName(c.id, rulesMeta)}<div class="excerpt">${escape(c.id)}</div></td><td>${GROUP_NAMES[c.group]}</td><td class="n">${c.reports}</td><td class="n">${c.errorReports}</td><td class="n">${c.findings}</td></tr>`,
  );
  return `<h3>${title}</h3>
<table class="rules"><thead><tr><th>问题</th><th>类别</th><th>涉及报告</th><th>其中有错误</th><th>处数</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** the few content defects most reports share, in a line each, right under the chart */
function topProblems(rules: readonly RuleCount[], rulesMeta: RulesMeta): string {
  const top = rules.slice(0, TOP_PROBLEMS);
  if (top.length === 0) return '';
  const items = top.map((c) => `<li>${ruleName(c.id, rulesMeta)}<span class="count">${c.reports} 份报告${c.errorReports ? `（${c.errorReports} 份为错误）` : ''}</span></li>`);
  return `<h3>最常见的内容问题</h3><ol class="top">${items.join('')}</ol>`;
}

function reportDetails(row: ReportRow, summary: BatchSummary, rulesMeta: RulesMeta): string {
  const r = row.result;
  const name = r.report?.body || '（未识别单位）';
  const counts = row.reason ? escape(row.reason) : `${r.errorCount} 个错误，${r.warningCount} 个警告${r.infoCount ? `，${r.infoCount} 个提示` : ''}`;
  const open = row.verdict !== 'pass' ? ' open' : '';
  const title = r.report?.title ? `<div class="excerpt">${escape(r.report.title)}</div>` : '';
  return `<details id="${anchorId('r', String(row.index))}"${open}><summary>${verdictBadge(row)} ${escape(name)}${r.report?.year ? ` ${escape(r.report.year)} 年` : ''}${yearTag(row, summary)}：${counts}</summary>
<div class="excerpt">${escape(row.path)}</div>${title}
${findingsList(r, rulesMeta)}</details>`;
}

function ruleDocs(summary: BatchSummary, rulesMeta: RulesMeta, read: DocsReader): string {
  if (summary.rules.length === 0) return '';
  const ids = [...summary.rules].sort((a, b) => CONTENT_GROUPS.concat('writing').indexOf(a.group) - CONTENT_GROUPS.concat('writing').indexOf(b.group) || a.id.localeCompare(b.id));
  const items = ids.map(
    ({ id }) =>
      `<details id="${anchorId('doc', id)}"><summary>${escape(rulesMeta[id]?.docs.description || id)} <span class="excerpt">${escape(id)}（${GROUP_NAMES[groupOf(rulesMeta[id])]}）</span></summary>${docsHtml(id, rulesMeta[id], read)}</details>`,
  );
  return `<h2>规则说明</h2>
<p class="hint">本批出现的每条规则：为什么要求、依据的条款、错误和正确的写法。</p>
${items.join('\n')}`;
}

/**
 * The summary a leader reads: a verdict per report, worst first; which kinds
 * of defect are common; every finding in words with the quoted text; the
 * docs of every rule that fired. One self-contained page, readable on a phone
 * and on paper; it reads only each result's aggregates and findings, never
 * its source.
 */
export function formatHtml(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string, generatedAt = new Date(), options: HtmlOptions = {}): string {
  const summary = summarise(results, rulesMeta, cwd);
  const read = options.readDocs ?? readShippedDocs;
  const reports = summary.rows.length;
  const contentRules = summary.rules.filter((c) => c.group !== 'writing');
  const writingRules = summary.rules.filter((c) => c.group === 'writing');
  const yearNote = summary.year ? `\u3000本批年度：${summary.year} 年` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开工作年度报告检查结果</title>
<style>${STYLE}</style>
</head>
<body>
<h1>政府信息公开工作年度报告检查结果</h1>
<div class="meta">共 ${reports} 份报告${yearNote}\u3000xxgk-lint 生成于 ${escape(generatedAt.toLocaleString('zh-CN', { hour12: false }))}</div>
${cards(summary)}
<p class="hint">结论：<b>不通过</b> = 至少有一个错误，须改正后再发布；<b>无法读取</b> = 文件打不开或不是年度报告，未能检查；<b>通过</b> = 没有错误（警告和提示建议修改，不影响结论）。</p>
${yearAlert(summary)}
<h2>问题分布</h2>
${categoryChart(summary.groups, reports)}
${topProblems(contentRules, rulesMeta)}
<h2>各报告结论 <small class="hint">问题最多的在前</small></h2>
<table class="reports"><thead><tr><th>结论</th><th>单位</th><th>年度</th><th>错误</th><th>警告</th><th>主要问题</th></tr></thead><tbody>
${summary.rows.map((row) => reportRow(row, summary, rulesMeta)).join('\n')}
</tbody></table>
${batchChecks(summary.batchChecks, cwd)}
<h2>常见问题</h2>
${rulesTable(contentRules, rulesMeta, '内容问题')}
${rulesTable(writingRules, rulesMeta, '写作规范')}
${summary.rules.length === 0 ? '<p>没有发现问题。</p>' : ''}
<h2>问题明细</h2>
${summary.rows.filter((row) => row.result.messages.length > 0).map((row) => reportDetails(row, summary, rulesMeta)).join('\n')}
${ruleDocs(summary, rulesMeta, read)}
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
}
