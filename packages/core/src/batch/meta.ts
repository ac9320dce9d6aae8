import type { RulesMeta } from '../types.js';

/** the batch view's page, shipped with core: docs/batch.md */
function docsUrl(anchor: string): string {
  return new URL(`../../docs/batch.md#${anchor}`, import.meta.url).href;
}

/** what formatters show for the batch view's findings (they are not rules of a pack: the batch stage makes them) */
export const BATCH_RULES_META: RulesMeta = {
  'national/expected-bodies': {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: '配置的 batch.expectedBodies 中应报送年度报告的机关，本次检查中没有它的报告',
      url: docsUrl('national-expected-bodies'),
      basis: ['《中华人民共和国政府信息公开条例》第四十九条、第五十条（年度报告的报送和公布）'],
      category: 'structure',
    },
  },
  'national/shared-text': {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: '报告的大部分句子（默认 60% 以上，本批报告普遍共有的句子不计）与同批另一机关的报告相同',
      url: docsUrl('national-shared-text'),
      basis: ['怀化市 2022 年通知：内容雷同将依条例第四十七条追责', '第三方评估把照抄其他单位的年报列为问题'],
      category: 'consistency',
    },
  },
  'national/peer-outlier': {
    type: 'suggestion',
    defaultSeverity: 'info',
    docs: {
      description: '表格主要数字为 0 或“/”，而同批同类机关的大多数报告有数（至少 5 份同类报告时）',
      url: docsUrl('national-peer-outlier'),
      basis: ['国办公开办函〔2021〕30号 表二、表三、表四'],
      category: 'consistency',
    },
  },
};
