import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core';
import { SEVERITY_NAMES, displayPath, excerptOf } from './common.js';
import { safeLinkUrl } from '@xxgk-lint/core';
import { terminalSafe } from './terminal-text.js';

/** as HTML text; report text's controls and bidi overrides shown as escapes (an override would reorder a quoted number on the page) */
function escape(text: string | number | undefined): string {
  return terminalSafe(String(text ?? '')).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Status = 'unreadable' | 'error' | 'warn' | 'ok';
const STATUS_TEXT: Record<Status, string> = { unreadable: '未能检查', error: '有错误', warn: '有警告', ok: '通过' };

function statusOf(r: LintResult): Status {
  if (r.messages.some((m) => m.fatal && m.ruleId === null)) return 'unreadable';
  if (r.errorCount > 0) return 'error';
  if (r.warningCount + r.infoCount > 0) return 'warn';
  return 'ok';
}

interface RuleCount {
  id: string;
  findings: number;
  reports: number;
}

function ruleCounts(results: readonly LintResult[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const r of results) {
    const seen = new Set<string>();
    for (const m of r.messages) {
      const id = m.ruleId ?? '（未能检查）';
      const c = counts.get(id) ?? { id, findings: 0, reports: 0 };
      c.findings++;
      if (!seen.has(id)) c.reports++;
      seen.add(id);
      counts.set(id, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.findings - a.findings || a.id.localeCompare(b.id));
}

/** findings of one rule beyond this many in one report are folded into one row */
const SHOWN_PER_RULE = 3;

type Folded = { ruleId: string; severity: LintMessage['xxgkSeverity']; more: number; lines: number[] };

/** a report's findings, with a long run of one rule (e.g. 76 half-width commas) folded after the first few */
function shownFindings(r: LintResult): (LintMessage | Folded)[] {
  const seen = new Map<string, number>();
  const folded = new Map<string, Folded>();
  const out: (LintMessage | Folded)[] = [];
  for (const m of r.messages) {
    const id = m.ruleId ?? '';
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n <= SHOWN_PER_RULE || m.ruleId === null) {
      out.push(m);
      continue;
    }
    let f = folded.get(id);
    if (!f) {
      f = { ruleId: id, severity: m.xxgkSeverity, more: 0, lines: [] };
      folded.set(id, f);
      out.push(f);
    }
    f.more++;
    if (!f.lines.includes(m.line)) f.lines.push(m.line);
  }
  return out;
}

/** a rule's id, linked to its docs when they are an http(s) or file URL; any other URL (javascript:…) is shown as text */
function ruleLink(id: string, url: string | undefined): string {
  const safe = safeLinkUrl(url);
  if (safe) return `<a href="${escape(safe)}">${escape(id)}</a>`;
  return url ? `${escape(id)}<div class="excerpt">${escape(url)}</div>` : escape(id);
}

/** a horizontal bar chart of the most frequent defects, as inline SVG (prints as drawn) */
function barChart(counts: RuleCount[], rulesMeta: RulesMeta): string {
  const top = counts.slice(0, 10);
  if (top.length === 0) return '<p>没有发现问题。</p>';
  const max = Math.max(...top.map((c) => c.findings));
  const rowHeight = 28;
  const labelWidth = 420;
  const barWidth = 360;
  const bars = top
    .map((c, i) => {
      const y = i * rowHeight;
      const w = Math.max(2, Math.round((c.findings / max) * barWidth));
      const label = `${c.id}\u3000${rulesMeta[c.id]?.docs.description ?? ''}`;
      return `<g transform="translate(0,${y})"><text x="${labelWidth - 8}" y="18" text-anchor="end">${escape(label.length > 34 ? `${label.slice(0, 34)}…` : label)}</text><rect x="${labelWidth}" y="5" width="${w}" height="18" rx="2"></rect><text x="${labelWidth + w + 6}" y="18">${c.findings}</text></g>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${labelWidth + barWidth + 60} ${top.length * rowHeight}" role="img" aria-label="最常见的问题">${bars}</svg>`;
}

const STYLE = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:24px;color:#1f2328;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.meta{color:#57606a;font-size:13px}.totals{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.total{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:90px}.total b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap}th:after{content:" ⇅";color:#8c959f;font-size:11px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.s-error{color:#cf222e;font-weight:bold}.s-warn{color:#9a6700}.s-info{color:#0969da}.s-ok{color:#1a7f37}.s-unreadable{color:#cf222e;font-weight:bold}
.chart{width:100%;max-width:900px;font-size:13px}.chart rect{fill:#cf222e}.chart text{fill:#1f2328}
details{border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:4px 10px}summary{cursor:pointer;font-weight:bold}
.excerpt{color:#57606a;font-size:12px;font-family:monospace}
@media print{th{cursor:auto}th:after{content:""}details{break-inside:avoid}details>*{display:block}body{margin:0}}
`;

const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th,col){
    th.addEventListener('click',function(){
      var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),asc=th.dataset.dir!=='asc';
      rows.sort(function(a,b){
        var x=a.cells[col].dataset.v||a.cells[col].textContent,y=b.cells[col].dataset.v||b.cells[col].textContent;
        var nx=parseFloat(x),ny=parseFloat(y),c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');
        return asc?c:-c;});
      th.dataset.dir=asc?'asc':'desc';rows.forEach(function(r){body.appendChild(r)});
    });
  });
});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});
`;

/** A self-contained page for reviewers: per-report status, counts by rule, a chart, every finding with its excerpt. */
export function formatHtml(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string, generatedAt = new Date()): string {
  const counts = ruleCounts(results);
  const totals = results.reduce(
    (t, r) => ({ errors: t.errors + r.errorCount, warnings: t.warnings + r.warningCount, infos: t.infos + r.infoCount }),
    { errors: 0, warnings: 0, infos: 0 },
  );
  const statuses = results.map(statusOf);
  const failing = statuses.filter((s) => s === 'error' || s === 'unreadable').length;
  const reportRows = results
    .map((r, i) => {
      const s = statuses[i];
      return `<tr><td><a href="#f${i}">${escape(displayPath(r.filePath, cwd))}</a></td><td>${escape(r.report?.body)}</td><td class="n">${escape(r.report?.year)}</td><td class="s-${s}" data-v="${['unreadable', 'error', 'warn', 'ok'].indexOf(s)}">${STATUS_TEXT[s]}</td><td class="n">${r.errorCount}</td><td class="n">${r.warningCount}</td><td class="n">${r.infoCount}</td></tr>`;
    })
    .join('\n');
  const ruleRows = counts
    .map((c) => {
      const meta = rulesMeta[c.id];
      const link = ruleLink(c.id, meta?.docs.url);
      return `<tr><td>${link}</td><td>${escape(meta?.docs.description)}</td><td class="n">${c.findings}</td><td class="n">${c.reports}</td></tr>`;
    })
    .join('\n');
  const details = results
    .map((r, i) => {
      if (r.messages.length === 0) return '';
      const items = shownFindings(r)
        .map((entry) => {
          if ('more' in entry) {
            return `<tr><td class="s-${entry.severity}">${SEVERITY_NAMES[entry.severity]}</td><td class="n" data-v="${entry.lines[0]}">…</td><td>${escape(entry.ruleId)}</td><td>另有 ${entry.more} 处同类问题，在第 ${escape(entry.lines.slice(0, 12).join('、'))}${entry.lines.length > 12 ? ' 等' : ''} 行</td></tr>`;
          }
          const m = entry;
          const excerpt = excerptOf(r, m);
          return `<tr><td class="s-${m.xxgkSeverity}">${SEVERITY_NAMES[m.xxgkSeverity]}</td><td class="n" data-v="${m.line}">${m.line}:${m.column}</td><td>${escape(m.ruleId ?? '（读取）')}</td><td>${escape(m.message)}${excerpt ? `<div class="excerpt">${escape(excerpt)}</div>` : ''}</td></tr>`;
        })
        .join('\n');
      const title = `${displayPath(r.filePath, cwd)}${r.report?.body ? `（${r.report.body}${r.report.year ? ` ${r.report.year} 年` : ''}）` : ''}`;
      return `<details id="f${i}"${statuses[i] === 'error' || statuses[i] === 'unreadable' ? ' open' : ''}><summary>${escape(title)}：${r.errorCount} 个错误，${r.warningCount} 个警告</summary><table class="sortable"><thead><tr><th>级别</th><th>位置</th><th>规则</th><th>问题</th></tr></thead><tbody>${items}</tbody></table></details>`;
    })
    .join('\n');
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
<div class="meta">xxgk-lint 生成于 ${escape(generatedAt.toLocaleString('zh-CN', { hour12: false }))}\u3000点击表头可排序，可直接打印</div>
<div class="totals">
<div class="total"><b>${results.length}</b>份报告</div>
<div class="total"><b class="s-error">${failing}</b>份有错误或无法读取</div>
<div class="total"><b class="s-error">${totals.errors}</b>个错误</div>
<div class="total"><b class="s-warn">${totals.warnings}</b>个警告</div>
<div class="total"><b class="s-info">${totals.infos}</b>个提示</div>
</div>
<h2>最常见的问题</h2>
${barChart(counts, rulesMeta)}
<h2>各报告情况</h2>
<table class="sortable" id="reports"><thead><tr><th>文件</th><th>主体</th><th>年度</th><th>状态</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>
${reportRows}
</tbody></table>
<h2>按规则统计</h2>
<table class="sortable" id="rules"><thead><tr><th>规则</th><th>说明</th><th>问题数</th><th>涉及报告数</th></tr></thead><tbody>
${ruleRows}
</tbody></table>
<h2>问题明细</h2>
${details}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
