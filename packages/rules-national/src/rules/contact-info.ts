import type { Rule } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';
import { givenInFull } from '../util.js';

/** 0531-87654321, 0531 87654321 (PDF text), （0531）87654321, 13912345678, or a number after 电话： */
const PHONE = /(?<!\d)(0\d{2,3}[-－— ]?\d{7,8}|[(（]0\d{2,3}[)）]\d{7,8}|1[3-9]\d{9}|\d{3,4}[-－—]\d{7,8})(?!\d)|(电话|热线|联系方式)[:：]?\d{5,}/;
const ADDRESS = /地址[:：]|通讯地址|办公地址|邮编[:：]?\d{6}|(路|街|大道|道)\d+号/;
/** an address exists (.test): one from inside a run of local-part characters means one from the run's start, so only starts are tried */
const EMAIL = /(?<![A-Za-z0-9._-])[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
const WEBSITE = /https?:\/\/|www\.[A-Za-z0-9-]+\./i;

export const contactInfo: Rule = {
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '报告写明联系方式：电话，以及地址、电子邮箱或网址之一',
      url: docsUrl('contact-info'),
      basis: ['通行做法：报告开头或结尾写明联系机构、地址、电话、邮箱（domain.md §4）'],
      category: 'contact',
    },
    messages: {
      missing: '报告没有写明{{missing}}：请在开头或结尾写明联系电话，以及地址、电子邮箱或网址，方便公众咨询。',
    },
  },
  create(context) {
    return {
      Report(report) {
        // contact details often stand in 六 or at the end, which an excerpt leaves out
        if (!givenInFull(report, 6)) return;
        const text = report.prose.value;
        const missing: string[] = [];
        if (!PHONE.test(text)) missing.push('联系电话');
        if (!ADDRESS.test(text) && !EMAIL.test(text) && !WEBSITE.test(text)) missing.push('地址、电子邮箱或网址');
        if (missing.length === 0) return;
        const title = report.metadata.title;
        context.report({ messageId: 'missing', data: { missing: missing.join('和') }, range: title ? title.range : [0, 0] });
      },
    };
  },
};
