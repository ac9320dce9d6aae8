import { GROUP_NAMES } from './categories.js';
import type { GroupCount } from './summary.js';

function percent(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0}%`;
}

function bar(g: GroupCount, reports: number): string {
  const affected = g.errorReports + g.otherReports;
  const value = affected === 0 ? '无' : `${affected} 份${g.errorReports ? `（${g.errorReports} 份有错误）` : ''}`;
  return (
    `<div class="bar-row" data-group="${g.group}"><span class="bar-label">${GROUP_NAMES[g.group]}</span>` +
    `<span class="bar-track"><span class="bar err" style="width:${percent(g.errorReports, reports)}"></span><span class="bar warn" style="width:${percent(g.otherReports, reports)}"></span></span>` +
    `<span class="bar-value">${value}<small>${g.findings} 处</small></span></div>`
  );
}

/**
 * Reports affected per category, as bars scaled to the whole batch (HTML and
 * CSS, so it reflows on a phone and prints as drawn). Writing norms get a
 * block of their own below: one rule gives most warnings and would dwarf
 * the content defects.
 */
export function categoryChart(groups: readonly GroupCount[], reports: number): string {
  const content = groups.filter((g) => g.group !== 'writing' && (g.group !== 'other' || g.findings > 0));
  const writing = groups.filter((g) => g.group === 'writing');
  return `<div class="chart" role="img" aria-label="各类问题涉及的报告数">
<div class="legend"><span class="key err"></span>有错误的报告 <span class="key warn"></span>只有警告或提示的报告\u3000（条长 = 占全部 ${reports} 份报告的比例）</div>
<h3>内容问题</h3>
${content.map((g) => bar(g, reports)).join('\n')}
<h3>写作规范 <small>单列显示，以免标点等大量小问题淹没内容问题</small></h3>
${writing.map((g) => bar(g, reports)).join('\n')}
</div>`;
}
