import type { AnnualReport } from '@xxgk-lint/core';
import { defineRule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

interface Options {
  /** 乡镇（街道）与县直部门：县级汇总发布的截止日 */
  countyLevel: string;
  /** 市直部门 */
  cityDepartment: string;
}

const MMDD = /^(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])$/;

function deadlineFor(report: AnnualReport, options: Options): { mmdd: string; who: string } | null {
  const { bodyKind, body } = report.metadata;
  if (bodyKind === 'township') return { mmdd: options.countyLevel, who: '乡镇（街道）' };
  if (bodyKind !== 'department') return null;
  if (body && /[县区]/.test(body)) return { mmdd: options.countyLevel, who: '县直部门' };
  return { mmdd: options.cityDepartment, who: '市直部门' };
}

export const publicationDeadline = defineRule<Options, 'late'>({
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: '怀化市：市直部门 1 月 28 日前、县直部门和乡镇（街道）2 月 20 日前发布年度报告',
      url: docsUrl('hunan-huaihua', 'publication-deadline'),
      basis: ['怀化市 2022 年关于做好 2021 年度政府信息公开工作年度报告的通知（市直 1 月 26 日报送、1 月 28 日发布；县市区汇总县直和乡镇（街道）报告 2 月 20 日前发布）'],
      category: 'consistency',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        countyLevel: { type: 'string', description: '县直部门和乡镇（街道）的截止日，MM-DD' },
        cityDepartment: { type: 'string', description: '市直部门的截止日，MM-DD' },
      },
    },
    defaultOptions: { countyLevel: '02-20', cityDepartment: '01-28' },
    messages: {
      late: '落款日期 {{date}} 晚于怀化市对{{who}}规定的发布截止日 {{deadline}}：请按期发布，或核对落款日期。',
    },
  },
  create(context) {
    const options = context.options;
    return {
      Report(report) {
        const date = report.metadata.publicationDate;
        const year = report.metadata.year;
        const deadline = deadlineFor(report, options);
        if (!date || !year || !deadline || !MMDD.test(deadline.mmdd)) return;
        const [month, day] = deadline.mmdd.split('-').map(Number);
        const published = date.year * 10000 + date.month * 100 + date.day;
        const limit = (year + 1) * 10000 + month * 100 + day;
        if (published <= limit) return;
        context.report({
          messageId: 'late',
          data: { date: `${date.year}年${date.month}月${date.day}日`, who: deadline.who, deadline: `${year + 1}年${month}月${day}日` },
          range: date.range,
        });
      },
    };
  },
});
