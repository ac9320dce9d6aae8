/**
 * `batch:` of a config file: the batch view for reviewers (batch/), off
 * unless written. Checked with the rest of the config (config-schema.ts).
 */
import type { JsonSchema } from './option-schema.js';

const SHARE = (what: string): JsonSchema => ({ type: 'number', minimum: 0, maximum: 1, description: what, errorMessage: '应为 0 到 1 之间的数，如 0.6' });

export const BATCH_SCHEMA: JsonSchema = {
  type: 'object',
  description: '批量检查（审核者用）：应报送的机关、报告之间的文字雷同、同类机关中的异常数字',
  additionalProperties: false,
  properties: {
    expectedBodies: {
      type: 'array',
      description: '应报送年度报告的机关名称（如本县各乡镇、部门）：本次检查中没有报告的，逐个列出',
      items: { type: 'string', minLength: 2, errorMessage: '应为机关名称，如 “和顺镇人民政府”' },
      errorMessage: { type: '应为机关名称的列表' },
    },
    sharedText: {
      description: '报告的大部分句子与另一机关的报告相同时提示：true，或 {threshold: 0.6, minSentences: 10}',
      anyOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            threshold: SHARE('相同句子所占比例的下限（默认 0.6）'),
            minSentences: { type: 'integer', minimum: 1, description: '句子少于这个数的报告不比较（默认 10）', errorMessage: '应为正整数' },
          },
        },
      ],
      errorMessage: '应为 true、false，或 {threshold: 0.6, minSentences: 10}',
    },
    peerOutliers: {
      description: '某项数字为 0 或 “/”，而同类机关的大多数报告有数时提示：true，或 {minPeers: 5, share: 0.8}',
      anyOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            minPeers: { type: 'integer', minimum: 1, description: '至少要有这么多份同类报告才比较（默认 5）', errorMessage: '应为正整数' },
            share: SHARE('同类报告中有数的比例下限（默认 0.8）'),
          },
        },
      ],
      errorMessage: '应为 true、false，或 {minPeers: 5, share: 0.8}',
    },
  },
  errorMessage: {
    type: '应为对象，如 {expectedBodies: [和顺镇人民政府], sharedText: true}',
    additionalProperties: '不是 batch 的配置项（可用：expectedBodies、sharedText、peerOutliers）',
  },
};
