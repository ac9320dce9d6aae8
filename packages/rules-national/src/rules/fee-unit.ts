import type { BodyKind } from '@xxgk-lint/core';
import { defineRule, labelKey } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

interface Options {
  /** the largest plausible 行政事业性收费, in 万元, by kind of body */
  maxWanYuan: Record<BodyKind, number>;
}

const WHO: Record<BodyKind, string> = { township: '乡镇（街道）', department: '部门', government: '人民政府' };

/** 0.251 for 2510 元: trailing zeros dropped */
function toWanYuan(yuan: number): string {
  return String(Math.round((yuan / 10000) * 1e6) / 1e6);
}

export const feeUnit = defineRule<Options, 'yuan' | 'header' | 'large'>({
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    docs: {
      description: '表二“行政事业性收费”的本年收费金额以万元为单位：不写元，数额不能大得离谱',
      url: docsUrl('fee-unit'),
      basis: ['国办公开办函〔2021〕30号 表二：本年收费金额（单位：万元）'],
      category: 'arithmetic',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxWanYuan: {
          type: 'object',
          additionalProperties: false,
          description: '各类主体行政事业性收费金额的合理上限（万元），超过即提示可能把元填成了万元',
          properties: {
            township: { type: 'number', minimum: 0 },
            department: { type: 'number', minimum: 0 },
            government: { type: 'number', minimum: 0 },
          },
        },
      },
    },
    defaultOptions: { maxWanYuan: { township: 1000, department: 500000, government: 5000000 } },
    messages: {
      yuan: '表二“行政事业性收费”填的是“{{raw}}”：这一格的单位是万元，{{value}} 元应填 {{wan}}。',
      header: '表二收费金额的表头写成了“{{written}}”：国家格式的单位是万元（“本年收费金额（单位：万元）”），请按万元填报。',
      large: '表二“行政事业性收费”为 {{value}} 万元（即 {{yuan}} 元），对{{who}}而言过大：是否把元填成了万元？若以元计，应填 {{wan}}。',
    },
  },
  create(context) {
    const options = context.options;
    return {
      Report(report) {
        const t2 = report.tables.table2;
        // the copy may stop inside the fee cell
        if (!t2 || t2.truncated) return;
        const header = t2.labelCells.find((c) => /收费金额/.test(labelKey(c.text)) && /单位[:：]?元|[(（]元[)）]/.test(labelKey(c.text)));
        if (header) context.report({ messageId: 'header', data: { written: header.text.replace(/\s+/g, '') }, range: header.range });
        const cell = t2.rows.fee?.[0];
        if (!cell || cell.kind !== 'number' || cell.value === null) return;
        if (cell.unit === '元') {
          const wan = toWanYuan(cell.value);
          context.report({
            messageId: 'yuan',
            data: { raw: cell.raw, value: cell.value, wan },
            range: cell.range,
            suggest: [{ desc: `改为 ${wan}（万元）`, fix: (fixer) => fixer.replaceTextRange(cell.range, wan) }],
          });
          return;
        }
        if (header || cell.unit === '万元') return;
        const kind = report.metadata.bodyKind ?? 'government';
        const max = { ...{ township: 1000, department: 500000, government: 5000000 }, ...options.maxWanYuan }[kind];
        if (cell.value <= max) return;
        const wan = toWanYuan(cell.value);
        context.report({
          messageId: 'large',
          data: { value: cell.value, yuan: cell.value * 10000, who: WHO[kind], wan },
          range: cell.range,
          suggest: [{ desc: `按元换算为 ${wan}（万元）`, fix: (fixer) => fixer.replaceTextRange(cell.range, wan) }],
        });
      },
    };
  },
});
