import { describe, expect, it } from 'vitest';
import { findSumClaims } from '../src/rules/narrative-sum.js';
import { findSumClaims as findSumClaimsBefore } from './reference/narrative-sum-before.js';
import { seededRandom } from '../../../scripts/seeded-random.mjs';

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];
const NAMES = ['', '自然人', '法人', '其他', '主动公开', '安全生产、应急管理类', '约', '合计', '共计', '近'];
const UNITS = ['条', '件', '条', '件', '个'];
const SEPARATORS = ['，', '、', '、', '；', ',', ''];
const ENDS = ['。', '。', '；', '\n', '', '，办结5件。'];
const NOISE = ['（', '）', '(', ')', '其中', '共', '。', '，', '余', '左右'];

/** a report-like sentence of "共N条，其中a条、b条……" claims, with the brackets, approximations and slips the finder must weigh */
function sentence(next: () => number): string {
  let text = '';
  const claims = 1 + Math.floor(next() * 3);
  for (let c = 0; c < claims; c++) {
    const unit = pick(next, UNITS);
    text += `${pick(next, ['共', '共', '约', ''])}${Math.floor(next() * 20)}${unit}${pick(next, ['，', '', ','])}其中${pick(next, ['', '，'])}`;
    const items = Math.floor(next() * 5);
    for (let i = 0; i < items; i++) {
      if (next() < 0.15) text += pick(next, NOISE);
      text += `${pick(next, NAMES)}${Math.floor(next() * 12)}${next() < 0.85 ? unit : pick(next, UNITS)}`;
      if (next() < 0.1) text += `（其中${pick(next, NAMES)}1${unit}、2${unit}）`;
      text += pick(next, SEPARATORS);
    }
    text += pick(next, ENDS);
  }
  return text;
}

describe('narrative-sum: the claims of a long sentence are read in linear time, the same as before', () => {
  it('finds exactly the claims the former finder found, on 5,000 generated texts', () => {
    const next = seededRandom(11);
    let withClaims = 0;
    for (let n = 0; n < 5000; n++) {
      const text = sentence(next);
      const claims = findSumClaims(text);
      expect(claims, text).toEqual(findSumClaimsBefore(text));
      if (claims.length > 0) withClaims++;
    }
    // the generated texts do hold claims (the comparison is not over empty lists only)
    expect(withClaims).toBeGreaterThan(500);
  });

  it('keeps the claims of report-like sentences', () => {
    const text = '全年共主动公开政府信息120条，其中政策文件40条、部门财务信息2条（其中部门预算1条、部门决算1条）、其他70条。共收到申请5件，其中自然人3件、法人1件，办结5件。';
    expect(findSumClaims(text)).toEqual(findSumClaimsBefore(text));
    expect(findSumClaims(text).map((c) => c.total)).toEqual([120, 5]);
  });

  it('reads "共1条，其中" repeated 50,000 times as 50,000 claims started, none of them a sum', () => {
    // no timing here: the bench (npm run bench:growth) measures growth; this pins what is found
    expect(findSumClaims(`${'共1条，其中'.repeat(50_000)}。`)).toEqual([]);
    const list = `共3条，其中${'1条，'.repeat(2_000)}1条。`;
    expect(findSumClaims(list)).toEqual(findSumClaimsBefore(list));
  });
});
