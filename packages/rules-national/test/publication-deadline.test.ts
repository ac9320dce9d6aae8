import { RuleTester } from '@xxgk-lint/core/testing';
import { publicationDeadline } from '../src/rules/publication-deadline.js';
import { BODY, OTHER, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const NO_SIGNATURE = '报告末尾没有落款日期，无法核对发布期限：如需核对，请在文末写明发布报告的机关名称和成文日期（如“某县某局 2024年1月20日”）。';
/** a crawler's header before the report, as 平潭综合实验区 pages were crawled (../shared/corpus/crawl/) */
const crawled = (body: string) => `标题: ${BODY}2023年政府信息公开工作年度报告\n发布时间: 2024-01-20 15:01\n栏目: 政府信息公开年报\n==================== 正文 ====================\n${body}`;

const signed = (date: string, body = BODY) => report({ title: [`${body}2023年政府信息公开工作年度报告`], signature: [body, date] });

tester.run('national/publication-deadline', publicationDeadline, {
  valid: [
    { name: '镇，1 月 20 日', code: report() },
    { name: '镇，1 月 31 日当天', code: signed('2024年1月31日') },
    { name: '县政府，3 月 31 日', code: signed('2024年3月31日', '平安县人民政府') },
    { name: '部门，1 月 31 日', code: signed('2024年1月31日', '平安县教育局') },
    { name: '镇，本地规定 2 月 20 日（选项）', code: signed('2024年2月20日'), options: { township: '02-20' } },
    { name: '没有落款，正文写了发布日期', code: report({ signature: null, contact: '发布日期：2024年1月20日' }) },
    { name: '落款只有日期', code: report({ signature: ['2024年1月20日'] }) },
    { name: '爬虫头部的发布时间之外，正文有落款', code: crawled(report()) },
    { name: '节选（只有第一部分）没有落款：缺的是后面，不提示', code: report({ order: [1], signature: null }) },
  ],
  invalid: [
    (() => {
      const code = report({ signature: null });
      return {
        name: '报告末尾没有落款（平潭综合实验区公安局 2022 年报告以“六、其他需要报告的事项……无收取信息处理费情况。”结束）',
        code,
        errors: [{ messageId: 'noSignature', message: NO_SIGNATURE, severity: 'info' as const, ...locate(code, OTHER[1]) }],
      };
    })(),
    (() => {
      const code = report({ signature: [BODY] });
      return { name: '落款只有机关名称，没有日期', code, errors: [{ messageId: 'noSignature', severity: 'info' as const, ...locate(code, BODY, 2) }] };
    })(),
    (() => {
      const code = crawled(report({ signature: null }));
      return {
        name: '爬虫头部的“发布时间”是网站的，不是报告的落款',
        code,
        errors: [{ messageId: 'noSignature', severity: 'info' as const, ...locate(code, OTHER[1]) }],
      };
    })(),
    (() => {
      const code = report({ signature: null, bodies: { 6: ['（一）本年度未收取信息处理费。（二）无其他需要报告的事项。'] } }).replace(/\n*$/, '\n\n-5-\n\n');
      return {
        name: '页脚页码不算正文：指向最后一句（一行写了几句时）',
        code,
        errors: [{ messageId: 'noSignature', severity: 'info' as const, ...locate(code, '（二）无其他需要报告的事项。') }],
      };
    })(),
    (() => {
      const code = signed('2024年2月21日');
      return {
        name: '镇，2 月 21 日（盐锅峡镇 2022 年报告落款 2023 年 2 月 21 日）',
        code,
        errors: [
          {
            messageId: 'late',
            message: '发布日期 2024年2月21日 晚于乡镇（街道）的发布期限 2024年1月31日（条例未规定乡镇的期限，默认同部门，可按本地规定调整）：请按期发布，或核对落款日期。',
            // no law or local rule sets this deadline: a warning, not an error
            severity: 'warn',
            ...locate(code, '2024年2月21日'),
          },
        ],
      };
    })(),
    (() => {
      const code = signed('2024年2月1日', '平安县教育局');
      return { name: '部门，2 月 1 日', code, errors: [{ message: /县级以上人民政府部门的发布期限 2024年1月31日（条例第四十九条第一款）/, ...locate(code, '2024年2月1日') }] };
    })(),
    (() => {
      const code = signed('2024年4月1日', '平安县人民政府');
      return { name: '县政府，4 月 1 日', code, errors: [{ message: /县级以上地方人民政府的发布期限 2024年3月31日（条例第四十九条第二款）/, ...locate(code, '2024年4月1日') }] };
    })(),
    (() => {
      const code = signed('2024年2月21日');
      return { name: '镇，本地规定 2 月 20 日', code, options: { township: '2-20' }, errors: [{ message: /发布期限 2024年2月20日（本地规定）/, severity: 'error', ...locate(code, '2024年2月21日') }] };
    })(),
  ],
});
