import type { NationalSpec } from './compile.js';
import { compileNational } from './compile.js';

export const governmentAccountabilitySpec: NationalSpec = {
  type: 'require-phrase',
  severity: 'warn',
  docs: {
    description: '人民政府（含乡镇）的报告写明工作考核、社会评议和责任追究结果情况',
    basis: [
      '《中华人民共和国政府信息公开条例》第五十条第（四）项：各级人民政府的年度报告还应当包括工作考核、社会评议和责任追究结果情况',
      '国办公开办函〔2021〕30号 一、总体情况（监督保障）',
    ],
    category: 'structure',
  },
  // 监督保障 in 一 or the problems in 五 (条例第五十条第（四）项) hold it: an excerpt without them can't be judged
  when: { bodyKind: ['government', 'township'], partsInFull: [1, 5] },
  regex: true,
  items: [
    { name: '工作考核', phrase: '考核' },
    { name: '社会评议', phrase: '评议' },
    { name: '责任追究', phrase: '责任追究|追责|问责' },
  ],
  missingItems: 'together',
  at: 1,
  messageId: 'missing',
  message: '人民政府的年度报告应写明工作考核、社会评议和责任追究结果情况，这份报告没有写到“{{items}}”：请在“监督保障”中补写（没有发生的也写明，如“全年未发生责任追究情况”）。',
};

export const governmentAccountability = compileNational('government-accountability', governmentAccountabilitySpec);
