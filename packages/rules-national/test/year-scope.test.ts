/**
 * Reports for 2019 and 2020 follow the trial format 国办公开办函〔2019〕60号,
 * which is right for those years (domain.md §1, §3): what 〔2021〕30号 and
 * 国办函〔2020〕109号 (in force 2021-01-01) added is not asked of them. The
 * same text dated 2021 is judged as before. Each valid case was a finding.
 */
import { RuleTester } from '@xxgk-lint/core/testing';
import { feePlausibility } from '../src/rules/fee-plausibility.js';
import { feeStatement } from '../src/rules/fee-statement.js';
import { legalCitation } from '../src/rules/legal-citation.js';
import { overviewTopics } from '../src/declarative/overview-topics.js';
import { partHeading } from '../src/rules/part-heading.js';
import { partSixItems } from '../src/declarative/part-six-items.js';
import { reconciliationNote } from '../src/rules/reconciliation-note.js';
import { tableShape } from '../src/rules/table-shape.js';
import { FEE, OVERVIEW, locate } from './helpers.js';
import { TRIAL_TABLE2, reportOfYear, trialTable3 } from './scope-helpers.js';

const tester = new RuleTester({ requirePositions: true });

const noFee = { fee: null };
const noFee2021 = reportOfYear(2021, noFee);
tester.run('national/fee-statement', feeStatement, {
  valid: [
    { name: '2019 年度：第六部分没有信息处理费一项（试行格式）', code: reportOfYear(2019, noFee) },
    { name: '2020 年度', code: reportOfYear(2020, noFee) },
    { name: '2020 年度，第六部分只写“无”（平潭市场监管局 2019 年报告的写法）', code: reportOfYear(2020, { bodies: { 6: ['无其他需要报告事项。'] } }) },
  ],
  invalid: [
    {
      name: '2021 年度起须说明',
      code: noFee2021,
      errors: [{ messageId: 'missing', ...locate(noFee2021, '六、其他需要报告的事项') }],
    },
  ],
});

const fifteen = { fee: '（一）本年度收取信息处理费15元。' };
const fifteen2021 = reportOfYear(2021, fifteen);
tester.run('national/fee-plausibility', feePlausibility, {
  valid: [{ name: '2020 年度：109号文的收费标准尚未施行', code: reportOfYear(2020, fifteen) }],
  invalid: [{ name: '2021 年度按 109号文的标准', code: fifteen2021, errors: [{ messageId: 'notMultiple', ...locate(fifteen2021, '15元') }] }],
});

const twoTopics = (year: number) => ({ bodies: { 1: OVERVIEW.slice(0, 3).map((l) => l.replace('2023', String(year))) } });
const topics2021 = reportOfYear(2021, twoTopics(2021));
tester.run('national/overview-topics', overviewTopics, {
  valid: [{ name: '2019 年度：五个方面是 30号格式的写法', code: reportOfYear(2019, twoTopics(2019)) }],
  invalid: [
    {
      name: '2021 年度：缺三个方面',
      code: topics2021,
      errors: ['政府信息管理', '政府信息公开平台建设', '监督保障'].map((topic) => ({ messageId: 'missing', message: new RegExp(`“${topic}”方面`), ...locate(topics2021, '一、总体情况') })),
    },
  ],
});

const feeOnly = { bodies: { 6: [FEE] } };
const feeOnly2021 = reportOfYear(2021, feeOnly);
tester.run('national/part-six-items', partSixItems, {
  valid: [{ name: '2020 年度的镇政府报告', code: reportOfYear(2020, feeOnly) }],
  invalid: [{ name: '2021 年度的镇政府报告', code: feeOnly2021, errors: Array.from({ length: 3 }, () => ({ messageId: 'missing', ...locate(feeOnly2021, '六、其他需要报告的事项') })) }],
});

// pinned: these rules already read the trial format right for 2019 and 2020
const trial = { bodies: { 2: TRIAL_TABLE2, 3: trialTable3() } };
const noNote2020 = reportOfYear(2020, { bodies: { 3: trialTable3().map((l) => l.replace('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '')) } });
tester.run('national/table-shape', tableShape, {
  valid: [{ name: '2020 年度，试行格式的表二和 23 行的表三', code: reportOfYear(2020, trial) }],
  invalid: [],
});
tester.run('national/reconciliation-note', reconciliationNote, {
  valid: [{ name: '2020 年度，试行格式的表三带勾稽关系说明', code: reportOfYear(2020, trial) }],
  invalid: [
    {
      name: '2020 年度的表三也应有说明（试行格式同样印有）',
      code: noNote2020,
      errors: [{ messageId: 'missing', ...locate(noNote2020, '\t申请人情况\t\t\t\t\t\t') }],
    },
  ],
});
tester.run('national/part-heading', partHeading, {
  valid: [{ name: '2019 年度：试行格式的六个标题与 30号格式相同', code: reportOfYear(2019, trial) }],
  invalid: [],
});
tester.run('national/legal-citation', legalCitation, {
  valid: [{ name: '2020 年度引用试行格式 国办公开办函〔2019〕60号', code: reportOfYear(2020) }],
  invalid: [],
});
