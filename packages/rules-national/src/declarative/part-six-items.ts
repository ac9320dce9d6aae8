import type { NationalSpec } from './compile.js';
import { compileNational } from './compile.js';

export const partSixItemsSpec: NationalSpec = {
  type: 'require-phrase',
  severity: 'off',
  docs: {
    description: '人民政府报告的第六部分写明政务公开工作要点落实、人大代表建议和政协提案办理结果公开、工作创新情况',
    basis: ['国办公开办函〔2021〕30号 六、其他需要报告的事项（各级人民政府还应报告的事项；原文待核，见 domain.md §2.2）'],
    category: 'structure',
  },
  part: 6,
  when: { bodyKind: ['government', 'township'], hasParts: [6], yearFrom: 2021 },
  regex: true,
  items: [
    { name: '年度政务公开工作要点落实情况', phrase: '要点' },
    { name: '人大代表建议和政协提案办理结果公开情况', phrase: '人大代表建议|人大建议|政协(委员)?提案|建议提案|建议和提案|建议、提案|议案提案' },
    { name: '年度政务公开工作创新情况', phrase: '创新' },
  ],
  messageId: 'missing',
  message: '人民政府报告的第六部分应写明“{{item}}”：没有的也请写明（如“本年度未承办人大代表建议和政协提案”）。',
};

export const partSixItems = compileNational('part-six-items', partSixItemsSpec);
