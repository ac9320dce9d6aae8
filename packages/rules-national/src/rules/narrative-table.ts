import type { ActiveSeverity, BreakOptions, Cell, Rule } from '@xxgk-lint/core';
import { pieceEnd, pieceStart } from '@xxgk-lint/core';
import { mentionsApplications } from '../application-mentions.js';
import { completionClaims, statedCarriedForward } from '../completion-claims.js';
import { docsUrl } from '../docs.js';
import { regulationFigures } from '../regulation-figures.js';
import type { Table2Column } from '../regulation-figures.js';
import { isReadable, sum } from '../util.js';

const UNIT = '(?:件|条|个|宗|份|起)';
/** a count's sentence runs to its 。; the clause before it starts after a 。, ；(;) or line break */
const FULL_STOP: BreakOptions = { exclamations: false, lineBreaks: false };
const CLAUSE: BreakOptions = { exclamations: false, semicolons: true };
/** "全年共收到政府信息公开申请6件", "受理政府信息公开申请 3119 件", "收到依申请公开政府信息0件", "共办理政府信息公开申请21件" */
const APPLICATIONS = new RegExp(`(收到|受理|接收|新收|接到|办理)[^。，,；;\\d]{0,16}?(申请|依申请公开政府信息)[^。，,；;\\d]{0,5}?(\\d+)${UNIT}`, 'g');
/** "未收到政府信息公开申请", "没有政府信息依申请公开情况", "依申请公开为0件" */
const NO_APPLICATIONS = /(未|没有|无)(收到|受理|接到|发生)[^。，,；;]{0,12}?申请|没有[^。，,；;]{0,10}依申请公开|无依申请公开|依申请公开[^。，,；;\d]{0,6}(为零|为0|0件)/g;
const REVIEW = new RegExp(`行政复议(?:案件|申请)?(?:共|共计|合计|总计|为)?(\\d+)${UNIT}`, 'g');
const LITIGATION = new RegExp(`行政诉讼(?:案件)?(?:共|共计|合计|总计|为)?(\\d+)${UNIT}`, 'g');
const NO_CASES = /(未|没有|无)(发生|收到|被申请|涉及|出现|产生|被提起|被)?[^。；;]{0,24}?(行政复议|行政诉讼)([、和及或与]?(提起|被提起)?(行政复议|行政诉讼))?/g;
/** "全市共受理…", "我镇…", "本机关…": the whole body's figure, not a part of it */
const WHOLE_BODY = /全年|全[省市区县镇乡州盟旗]|我[省市区县镇乡局委办厅]|本(机关|单位|级|年度|部门|镇|乡|街道)|共|合计|累计|总计/;
const GOAL = /(确保|力争|避免|防止|杜绝|减少)$/;

const TABLE2_COLUMNS: Record<Table2Column, { index: number; label: string; verb: string }> = {
  issued: { index: 0, label: '本年制发件数', verb: '制发' },
  repealed: { index: 1, label: '本年废止件数', verb: '废止' },
  inForce: { index: 2, label: '现行有效件数', verb: '现行有效' },
};

function total(cells: Cell[] | undefined): number | null {
  if (!cells) return null;
  const t = cells[4] ?? cells[cells.length - 1];
  if (t && t.value !== null) return t.value;
  const parts = cells.slice(0, 4).map((c) => c.value);
  return parts.every((v) => v !== null) ? sum(parts as number[]) : null;
}

export const narrativeTable: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '文字中的申请数、行政复议和行政诉讼数、规章和规范性文件件数与表二、表三、表四一致（如“未收到申请”而表三有申请）',
      url: docsUrl('narrative-table'),
      basis: ['怀化市 2022 年通知：“数据精确”', '国办公开办函〔2021〕30号（总体情况的数据与统计表同一口径；表二第二十条第（一）项：规章、行政规范性文件的本年制发、本年废止、现行有效件数）'],
      category: 'consistency',
    },
    messages: {
      applications: '文字说收到政府信息公开申请 {{stated}} 件，表三“一、本年新收政府信息公开申请数量”的总计是 {{table}}：请核对文字或表格。',
      partialApplications: '文字说受理政府信息公开申请 {{stated}} 件，表三“一、本年新收政府信息公开申请数量”的总计是 {{table}}：如果这只是其中一部分（如某一机构受理的），请写明；否则请核对。',
      withCarriedOver:
        '文字“{{written}}”= 本年新收 {{new}} + 上年结转 {{carried}}？表三“本年新收”应与文字所说的本年收到的申请数一致：如果 {{stated}} 件含上年结转，请写明“本年新收{{new}}件、上年结转{{carried}}件”。',
      asResultTotal:
        '文字“{{written}}”与表三“（七）总计”（本年度办理结果）{{stated}} 件相同，而表三“一、本年新收政府信息公开申请数量”的总计是 {{new}}：文字所说的本年收到的申请数应与“本年新收”一致，如果 {{stated}} 件是本年办理的申请，请写明“本年新收{{new}}件、办理{{stated}}件”。',
      handledApplications:
        '文字说办理政府信息公开申请 {{stated}} 件，表三的本年新收 {{new}}、上年结转 {{carried}}、（七）总计 {{result}} 都不是这个数：请核对文字或表格。',
      completedButCarried:
        '文字说“{{claim}}”，但{{where}}为 {{count}} 件：结转下年度继续办理的申请尚未办结，请核对——或改写文字（写明结转件数），或核对表三。',
      applicationsUnmentioned:
        '表三“一、本年新收政府信息公开申请数量”的总计是 {{table}}，正文却没有一句说到收到政府信息公开申请：请在总体情况的“依申请公开”或第三部分写明本年收到申请的件数。',
      noApplications: '文字说没有收到政府信息公开申请，表三“一、本年新收政府信息公开申请数量”的总计却是 {{table}}：请核对文字或表格。',
      review: '文字说行政复议 {{stated}} 件，表四“行政复议”的总计是 {{table}}：请核对文字或表格。',
      litigation: '文字说行政诉讼 {{stated}} 件，表四两类行政诉讼的总计是 {{table}}（未经复议直接起诉 {{direct}} + 复议后起诉 {{after}}）：请核对文字或表格。',
      noCases: '文字说没有{{what}}，表四的{{what}}总计却是 {{table}}：请核对文字或表格。',
      regulationFigure:
        '文字说{{what}}{{verb}} {{stated}} 件，表二“{{what}}”行的“{{column}}”是 {{table}}：请核对文字或表格，两处应是同一个数。',
    },
  },
  create(context) {
    return {
      Report(report) {
        const prose = report.prose;
        const text = prose.value;
        const t3 = report.tables.table3;
        const t4 = report.tables.table4;
        // a table the excerpt cuts off keeps the rows read before the cut
        const readable = t3 !== undefined && (t3.confidence === 'high' || t3.truncated === true);
        const totalOf = (row: 'new' | 'carriedOver' | 'resultTotal' | 'carriedForward') => (readable ? t3.rows[row]?.cells[6]?.value ?? null : null);
        const newTotal = totalOf('new');
        const carried = totalOf('carriedOver');
        const result = totalOf('resultTotal');
        const sentenceEnd = (at: number) => pieceEnd(text, at, FULL_STOP);
        const clauseStart = (at: number) => pieceStart(text, at, CLAUSE);

        if (newTotal !== null) {
          /** claims already reported: "收到……0件" is not also a "没有收到" */
          const claimed: [number, number][] = [];
          for (const m of text.matchAll(APPLICATIONS)) {
            const at = m.index ?? 0;
            // "受理行政许可申请356件" is another kind of application
            if (/复议|诉讼|结转|上年|办结|答复|投诉/.test(m[0]) || !/信息公开|依申请|公开申请/.test(m[0])) continue;
            const stated = Number(m[3]);
            const range = prose.toRange(at, at + m[0].length);
            claimed.push([at, at + m[0].length]);
            if (stated === newTotal) continue;
            // 办理 counts what was handled: 本年新收 + 上年结转, or the 办理结果
            const handled = m[1] === '办理';
            const withCarried = carried !== null && carried > 0 && stated === newTotal + carried;
            if (withCarried || stated === result) {
              // "共受理申请7件（含上年结转1件）" says what the number holds
              if (handled || /结转|上年/.test(text.slice(at, sentenceEnd(at)))) continue;
              const written = m[0].replace(/\s+/g, '');
              context.report({
                messageId: withCarried ? 'withCarriedOver' : 'asResultTotal',
                data: { written, stated, new: newTotal, carried: carried ?? 0 },
                range,
                severity: 'warn' as ActiveSeverity,
              });
              continue;
            }
            if (handled) {
              if (carried === null || result === null) continue;
              context.report({ messageId: 'handledApplications', data: { stated, new: newTotal, carried, result }, range, severity: 'warn' as ActiveSeverity });
              continue;
            }
            const before = text.slice(clauseStart(at), at);
            const whole = WHOLE_BODY.test(before + m[0]);
            context.report({
              messageId: whole ? 'applications' : 'partialApplications',
              data: { stated, table: newTotal },
              range,
              // a table the excerpt cuts off is read only in part: say it, don't assert it
              severity: whole && !t3?.truncated ? undefined : ('warn' as ActiveSeverity),
            });
          }
          // an excerpt's missing text may say it: "never mentioned" is judged on a whole report only
          if (newTotal > 0 && report.excerpt === undefined && !mentionsApplications(text)) {
            const cell = t3?.rows.new?.cells[6];
            if (cell) context.report({ messageId: 'applicationsUnmentioned', data: { table: newTotal }, range: cell.range, severity: 'warn' as ActiveSeverity });
          }
          if (newTotal > 0) {
            for (const m of text.matchAll(NO_APPLICATIONS)) {
              const at = m.index ?? 0;
              const after = text.slice(at + m[0].length, at + m[0].length + 6);
              if (claimed.some(([s, e]) => at < e && at + m[0].length > s)) continue;
              // "未发生……被申请行政复议": about review, not about applications for information
              if (/复议|诉讼|投诉|信访|被申请/.test(m[0]) || !/信息公开|依申请|公开/.test(m[0]) || /^(行政)?(复议|诉讼)/.test(after) || GOAL.test(text.slice(Math.max(0, at - 4), at))) continue;
              context.report({ messageId: 'noApplications', data: { table: newTotal }, range: prose.toRange(at, at + m[0].length) });
            }
          }
        }

        const forward = totalOf('carriedForward');
        const statedForward = forward !== null && forward > 0 ? null : statedCarriedForward(text);
        if ((forward !== null && forward > 0) || statedForward) {
          const where = forward !== null && forward > 0 ? '表三“四、结转下年度继续办理”' : '文字又说结转下年度';
          const count = forward !== null && forward > 0 ? forward : statedForward!.count;
          for (const claim of completionClaims(text)) {
            context.report({
              messageId: 'completedButCarried',
              data: { claim: claim.quote, where, count },
              range: prose.toRange(claim.index, claim.index + claim.length),
              severity: 'warn' as ActiveSeverity,
            });
          }
        }

        const t2 = report.tables.table2;
        // a table 二 read from run-together digits ("5416") is split by guesswork: its figures are not asserted
        if (isReadable(t2) && !t2.trialLayout && !t2.truncated) {
          for (const figure of regulationFigures(text)) {
            const spec = TABLE2_COLUMNS[figure.column];
            const cell = t2.rows[figure.row]?.[spec.index];
            if (cell?.value == null || cell.value === figure.stated) continue;
            context.report({
              messageId: 'regulationFigure',
              data: { what: figure.row === 'regulation' ? '规章' : '行政规范性文件', verb: spec.verb, stated: figure.stated, column: spec.label, table: cell.value },
              range: prose.toRange(figure.index, figure.index + figure.length),
              severity: figure.whole && t2.found !== 'flattened' ? undefined : ('warn' as ActiveSeverity),
            });
          }
        }

        if (t4?.confidence !== 'high') return;
        // a 司法局 handles 行政复议 of all kinds: only counts said of 政府信息公开 (or in 四) are table 四's
        const four = report.part(4);
        const fourRange = four ? [four.bodyRange[0], four.bodyRange[1]] : null;
        const aboutDisclosure = (at: number) => {
          const origin = prose.map[at];
          if (fourRange && origin >= fourRange[0] && origin < fourRange[1]) return true;
          return /信息公开|依申请/.test(text.slice(clauseStart(at), at + 1));
        };
        const review = total(t4.groups.review);
        const direct = total(t4.groups.litigationDirect);
        const after = total(t4.groups.litigationAfterReview);
        const litigation = direct !== null && after !== null ? direct + after : null;
        if (review !== null) {
          for (const m of text.matchAll(REVIEW)) {
            const at = m.index ?? 0;
            if (Number(m[1]) === review || !aboutDisclosure(at)) continue;
            context.report({ messageId: 'review', data: { stated: Number(m[1]), table: review }, range: prose.toRange(at, at + m[0].length) });
          }
        }
        if (litigation !== null) {
          for (const m of text.matchAll(LITIGATION)) {
            const at = m.index ?? 0;
            if (Number(m[1]) === litigation || !aboutDisclosure(at)) continue;
            context.report({
              messageId: 'litigation',
              data: { stated: Number(m[1]), table: litigation, direct: direct!, after: after! },
              range: prose.toRange(at, at + m[0].length),
            });
          }
        }
        for (const m of text.matchAll(NO_CASES)) {
          const at = m.index ?? 0;
          if (GOAL.test(text.slice(Math.max(0, at - 4), at)) || !(aboutDisclosure(at) || /信息公开/.test(m[0]))) continue;
          const range = prose.toRange(at, at + m[0].length);
          if (/行政复议/.test(m[0]) && review !== null && review > 0) {
            context.report({ messageId: 'noCases', data: { what: '行政复议', table: review }, range });
          }
          if (/行政诉讼/.test(m[0]) && litigation !== null && litigation > 0) {
            context.report({ messageId: 'noCases', data: { what: '行政诉讼', table: litigation }, range });
          }
        }
      },
    };
  },
};
