import type { Range, Rule } from '@xxgk-lint/core';
import { labelKey } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** words of the 2019 trial table 二 (国办公开办函〔2019〕60号), domain.md §3.4 */
const TRIAL_TABLE2 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|第二十条第\(九\)项|政府集中采购|采购项目数量|采购总金额|其他对外管理服务事项/;
/** part headings of the template of the 2007 条例 */
const PRE_2019_HEADING = /^(#{1,6}\s*)?(\*\*)?\s*[一二三四五六七八九十]{1,2}\s*[、.．,，]\s*(政府信息公开的)?(收费及减免情况|咨询处理情况|复议、?诉讼和申诉情况|因政府信息公开申请提起行政复议、?行政诉讼的情况)/;

export const outdatedTemplate: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '2021 年度起的报告使用国办公开办函〔2021〕30号的格式，不用 2019 年试行格式或 2008 年以来的旧格式',
      url: docsUrl('outdated-template'),
      basis: [
        '国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》（2021 年度报告起适用）',
        '国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》（2019、2020 年度报告适用）',
      ],
      category: 'template',
    },
    messages: {
      table3: '表三的“（六）其他处理”只有一行，这是 2019 年试行格式：{{year}}年度报告应按国办公开办函〔2021〕30号的格式，在“（六）其他处理”下分列“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”“3.其他”三行。',
      table2: '表二的“{{label}}”是 2019 年试行格式的栏目：{{year}}年度报告应按国办公开办函〔2021〕30号的格式填报表二（规章、行政规范性文件的本年制发、本年废止、现行有效件数等）。',
      oldHeading: '“{{heading}}”是 2019 年以前旧格式的标题：{{year}}年度报告应按国办公开办函〔2021〕30号的六个部分编写。',
      basis: '{{year}}年度报告引用的是 2019 年的试行格式（国办公开办函〔2019〕60号）：请改为依据国办公开办函〔2021〕30号，并按其格式填报。',
    },
  },
  create(context) {
    const { text, lines } = context.sourceCode;
    return {
      Report(report) {
        const year = report.metadata.year;
        if (year === undefined) return;
        const data = { year };
        if (year >= 2021) {
          const t3 = report.tables.table3;
          const single = t3?.rows.otherSingle;
          // the row must read as “（六）其他处理”: 23 rows with lost labels are not a layout
          if (t3 && t3.confidence === 'high' && t3.layout === '2019' && single && /其他处理/.test(labelKey(single.labelText))) {
            const row = single;
            context.report({ messageId: 'table3', data, range: row?.labelRange ?? row?.range ?? t3.range });
          }
          const t2 = report.tables.table2;
          if (t2?.trialLayout) {
            const cell = t2.labelCells.find((c) => TRIAL_TABLE2.test(labelKey(c.text)));
            context.report({ messageId: 'table2', data: { ...data, label: cell?.text.replace(/\s+/g, '') ?? '试行格式栏目' }, range: cell?.range ?? t2.range });
          }
          for (const d of report.documentNumbers) {
            if (d.prefix.endsWith('国办公开办函') && d.year === 2019 && Number(d.serial) === 60) {
              context.report({ messageId: 'basis', data, range: d.range });
            }
          }
        }
        // the 2007 条例's template is outdated from 2020 on (2019 reports were allowed to use their own layout)
        if (year >= 2020) {
          for (let line = 1; line <= lines.lineCount; line++) {
            const [lineStart, lineEnd] = lines.lineRange(line);
            const lineText = text.slice(lineStart, lineEnd);
            const lead = lineText.length - lineText.trimStart().length;
            const m = PRE_2019_HEADING.exec(lineText.slice(lead));
            if (!m) continue;
            const markers = /^(#{1,6}\s*)?(\*\*)?\s*/.exec(m[0])?.[0].length ?? 0;
            const range: Range = [lineStart + lead + markers, lineStart + lead + m[0].length];
            if (report.prose.within([range[0], range[0] + 1]).value.length === 0) continue;
            const heading = text.slice(...range).replace(/\s+/g, '');
            context.report({ messageId: 'oldHeading', data: { ...data, heading }, range });
          }
        }
      },
    };
  },
};
