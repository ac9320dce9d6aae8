/**
 * Rules that judge the whole report stay quiet about what an excerpt leaves
 * out (report.excerpt, set by the model: these texts end with the copy's
 * marker, as the web excerpts in shared/corpus do), and still judge what it
 * gives. Each valid case here was a finding before.
 */
import { RuleTester } from '@xxgk-lint/core/testing';
import { contactInfo } from '../src/rules/contact-info.js';
import { declaredPartCount } from '../src/rules/declared-part-count.js';
import { feeStatement } from '../src/rules/fee-statement.js';
import { governmentAccountability } from '../src/declarative/government-accountability.js';
import { improvementMeasures } from '../src/rules/improvement-measures.js';
import { overviewTopics } from '../src/declarative/overview-topics.js';
import { feeUnit } from '../src/rules/fee-unit.js';
import { partHeading } from '../src/rules/part-heading.js';
import { tableShape } from '../src/rules/table-shape.js';
import { OVERVIEW, locate, report } from './helpers.js';
import { cutInTable3, excerpt } from './scope-helpers.js';

const tester = new RuleTester({ requirePositions: true });

const TITLE = '平安县和顺镇人民政府2023年政府信息公开工作年度报告';
const at = (code: string, needle: string) => locate(code, needle);

/** part 一 without （五）监督保障: no 监督/考核/评议/追究 anywhere */
const noOversight = { bodies: { 1: OVERVIEW.slice(0, 5) } };

const fivePartsWhole = report({ order: [1, 2, 3, 4, 5] });
tester.run('national/fee-statement', feeStatement, {
  valid: [
    { name: '节选到第三部分：第六部分不在节选里', code: excerpt([1, 2, 3]) },
    { name: '节选到第五部分', code: excerpt([1, 2, 3, 4, 5]) },
  ],
  invalid: [
    {
      name: '同样五个部分、有落款的全文：仍报全文没有说明',
      code: fivePartsWhole,
      errors: [{ messageId: 'missingNoPart', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

const noContactWhole = report({ contact: null, order: [1, 2, 3, 4, 5] });
tester.run('national/contact-info', contactInfo, {
  valid: [{ name: '节选没有第六部分：联系方式可能写在第六部分或文末', code: excerpt([1, 2, 3], { contact: null }) }],
  invalid: [
    {
      name: '同样没有第六部分的全文（有落款）：照常提示',
      code: noContactWhole,
      errors: [{ messageId: 'missing', ...at(noContactWhole, TITLE) }],
    },
  ],
});

const oversightInThree = excerpt([1, 2, 3], noOversight);
tester.run('national/overview-topics', overviewTopics, {
  valid: [{ name: '节选在第一部分中间结束：看不到第一部分全文', code: excerpt([1], noOversight) }],
  invalid: [
    {
      name: '节选延续到第三部分（如吉林长春某局）：第一部分是完整的，照常检查',
      code: oversightInThree,
      errors: [{ messageId: 'missing', message: /“监督保障”方面/, ...at(oversightInThree, '一、总体情况') }],
    },
  ],
});

const accountabilityWhole = report(noOversight);
tester.run('national/government-accountability', governmentAccountability, {
  valid: [
    { name: '镇政府报告的节选，到第三部分为止：第五部分不在节选里', code: excerpt([1, 2, 3], noOversight) },
    { name: '节选在第五部分中间结束', code: excerpt([1, 2, 3, 4, 5], noOversight) },
    { name: '节选在第一部分中间结束', code: excerpt([1], noOversight) },
  ],
  invalid: [
    {
      name: '全文没有写考核、评议、追责',
      code: accountabilityWhole,
      errors: [{ messageId: 'missing', message: /“工作考核”“社会评议”“责任追究”/, ...at(accountabilityWhole, '一、总体情况') }],
    },
  ],
});

const FIVE = '本报告共分五个部分。本报告统计期限为2023年1月1日至12月31日。';
const fiveDeclaredWhole = report({ preamble: FIVE });
const shortList = excerpt([1, 2, 3], { preamble: '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况六部分组成。' });
tester.run('national/declared-part-count', declaredPartCount, {
  valid: [{ name: '节选只有三个部分：不与前言的部分数比', code: excerpt([1, 2, 3], { preamble: FIVE }) }],
  invalid: [
    {
      name: '全文六个部分，前言说五个',
      code: fiveDeclaredWhole,
      errors: [{ messageId: 'present', message: '前言说报告由五部分组成，正文实际有6个部分：请核对前言或正文。', ...at(fiveDeclaredWhole, '五个部分') }],
    },
    {
      name: '节选里前言自己列出的部分数不符：照常提示',
      code: shortList,
      errors: [{ messageId: 'listed', message: /只列出了3个部分/, ...at(shortList, '六部分组成') }],
    },
  ],
});

const problemsOnly = { bodies: { 5: ['存在的主要问题：一是部分信息公开不够及时；二是政策解读形式较为单一。'] } };
const problemsOnlyWhole = report(problemsOnly);
tester.run('national/improvement-measures', improvementMeasures, {
  valid: [{ name: '节选在第五部分中间结束：改进措施可能在后面', code: excerpt([1, 2, 3, 4, 5], problemsOnly) }],
  invalid: [
    {
      name: '全文第五部分只写了问题',
      code: problemsOnlyWhole,
      errors: [{ messageId: 'noMeasures', ...at(problemsOnlyWhole, '五、存在的主要问题及改进情况') }],
    },
  ],
});

const CUT_HEADING = '二、行政机关主动公开政府';
const headingWithTable = excerpt([1, 2, 3], { headings: { 2: CUT_HEADING } });
tester.run('national/part-heading', partHeading, {
  valid: [
    {
      name: '节选停在第二部分标题之后（如瓯海区审计局）：标题可能被截断',
      code: excerpt([1, 2], { headings: { 2: CUT_HEADING }, bodies: { 2: [] } }),
    },
  ],
  invalid: [
    {
      name: '同一标题后面还有表格：标题是完整的，照常提示',
      code: headingWithTable,
      errors: [{ messageId: 'nonCanonical', ...at(headingWithTable, '行政机关主动公开政府') }],
      output: headingWithTable.replace(CUT_HEADING, '二、主动公开政府信息情况'),
    },
  ],
});

const droppedRow = report({ dropTable3Rows: ['refused8'] });
tester.run('national/table-shape', tableShape, {
  valid: [
    { name: '节选在表三“3.其他”一行之后结束：缺的两行是节选截掉的', code: cutInTable3('3.其他') },
  ],
  invalid: [
    {
      name: '全文的表三少了一行：照常提示',
      code: droppedRow,
      // the finding covers the row before the missing one
      errors: [{ messageId: 'table3Missing', message: /“8\.属于行政查询事项”/, ...locate(droppedRow, '1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1') }],
    },
  ],
});

/** the copy stops at table 二's fee cell: 1500 may be the start of a longer figure */
const cutFee = `${report({ order: [1, 2], signature: null, table2: { fee: [1500] } })}[…excerpt ends here…]\n`;
const wholeFee = report({ table2: { fee: [1500] } });
tester.run('national/fee-unit', feeUnit, {
  valid: [{ name: '节选在表二收费金额一格结束', code: cutFee }],
  invalid: [
    {
      name: '全文：镇的收费 1500 万元过大，照常提示',
      code: wholeFee,
      errors: [{ messageId: 'large', ...locate(wholeFee, '1500') }],
      output: null,
    },
  ],
});
