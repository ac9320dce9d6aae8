/**
 * The words of the national tables' headers and labels. A crawler that runs a
 * table's cells together leaves them side by side in the running text
 * ("本年度办理结果结果维持", "总计总计", "行政复议行政复议" from a merged header
 * cell copied once per column), so a repetition made of them is table debris,
 * not a slip of the pen.
 */
import { TABLE2_LABELS, TABLE3_COLUMN_LABELS, TABLE4_COLUMN_LABELS } from '@xxgk-lint/core';

const WORDS = new Set<string>([
  ...Object.values(TABLE2_LABELS),
  ...Object.values(TABLE3_COLUMN_LABELS),
  ...Object.values(TABLE4_COLUMN_LABELS),
  '结果', '维持', '纠正', '尚未审结', '审结', '行政复议', '复议', '行政诉讼', '诉讼', '起诉', '未经复议直接起诉', '复议后起诉',
  '本年', '上年', '件数', '数量', '总数', '金额', '单位', '万元', '信息内容', '申请人情况', '法人', '法人或其他组织', '其他组织',
  '制发', '废止', '现行有效', '本年制发', '本年废止', '处理决定', '本年新收', '上年结转', '结转', '办理结果',
  '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '新制作', '新公开', '本年新制作', '本年新公开',
  '对外公开总数量', '增减',
]);
const LONGEST = Math.max(...[...WORDS].map((w) => w.length));

/** the phrase is written entirely in table words ("结果", "结果维持", "总计") */
export function isTableWords(phrase: string): boolean {
  // reach[i]: phrase[0, i) splits into table words
  const reach = new Uint8Array(phrase.length + 1);
  reach[0] = 1;
  for (let i = 0; i < phrase.length; i++) {
    if (!reach[i]) continue;
    for (let len = 1; len <= LONGEST && i + len <= phrase.length; len++) {
      if (WORDS.has(phrase.slice(i, i + len))) reach[i + len] = 1;
    }
  }
  return reach[phrase.length] === 1;
}
