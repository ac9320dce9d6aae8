import type { AnnualReport } from '@xxgk-lint/core';
import { defineRule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

type Authority = 'auto' | 'yes' | 'no';

/**
 * Who cannot make 规章 (立法法: 国务院部门, 省级和设区的市、自治州人民政府 can):
 * a township, a local department, a county-level government. A "…市人民政府"
 * may be a county-level city: not judged.
 */
function cannotMakeRegulations(report: AnnualReport): string | null {
  const { bodyKind, body } = report.metadata;
  if (bodyKind === 'township') return '乡镇（街道）';
  if (bodyKind === 'department') {
    if (body && /^(国家|中华人民共和国|国务院|中国)|部$/.test(body)) return null;
    return '部门';
  }
  if (bodyKind === 'government' && body && /(县|区|旗|特区|林区)人民政府$/.test(body) && !/自治区人民政府$/.test(body)) return '县级人民政府';
  return null;
}

export const regulationAuthority = defineRule<{ authority: Authority }, 'nonZero'>({
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '没有规章制定权的机关（乡镇、部门、县级政府）表二“规章”行应为 0',
      url: docsUrl('regulation-authority'),
      basis: ['《中华人民共和国立法法》第九十一条、第九十三条（规章由国务院部门和省、自治区、直辖市及设区的市、自治州的人民政府制定）'],
      category: 'arithmetic',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        authority: { type: 'string', enum: ['auto', 'yes', 'no'], description: '本机关能否制定规章：auto 按主体名称判断，yes 能，no 不能' },
      },
    },
    defaultOptions: { authority: 'auto' },
    messages: {
      nonZero: '{{who}}没有制定规章的权限（规章只由国务院部门和省级、设区的市级人民政府制定），表二“规章”行却填了 {{values}}：本机关没有规章的请填 0。',
    },
  },
  create(context) {
    const { authority } = context.options;
    return {
      Report(report) {
        if (authority === 'yes') return;
        const who = authority === 'no' ? '本机关' : cannotMakeRegulations(report);
        if (!who) return;
        const cells = report.tables.table2?.rows.regulation;
        if (!cells) return;
        const nonZero = cells.filter((c) => c.value !== null && c.value > 0);
        if (nonZero.length === 0) return;
        context.report({
          messageId: 'nonZero',
          data: { who, values: cells.map((c) => c.raw || '空').join('、') },
          range: [nonZero[0].range[0], nonZero[nonZero.length - 1].range[1]],
        });
      },
    };
  },
});
