import { describe, expect, it } from 'vitest';
import { completionClaims, statedCarriedForward } from '../src/completion-claims.js';

const LEAD = '全年收到政府信息公开申请5件，';
const quotes = (sentence: string) => completionClaims(`${LEAD}${sentence}。`).map((c) => c.quote);

describe('completionClaims', () => {
  it.each(['所有申请均已办理完毕', '全部办结', '均已按要求办理完成', '均已办结', '已全部答复', '均在法定期限内办结', '都已处理完毕'])('“%s” says every application was completed', (claim) => {
    expect(quotes(claim)).toEqual([claim]);
  });

  it.each(['均在规定时限内答复', '均已在法定期限内予以答复', '均已按期答复', '办结率100%', '已办结3件'])('“%s” is about timeliness or a count, not a claim that none is left', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each(['均未办结', '尚未全部办结', '除1件结转下年度办理外其余均已办结', '均已办结，仍有1件结转至下一年度'])('“%s” is not a claim of completion', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('completion of something else (复议, 建议提案, 留言) is not counted; nor is a claim with no application in sight', () => {
    expect(completionClaims('政府信息公开行政复议申请1件，均已办结。')).toEqual([]);
    expect(completionClaims('人大代表建议和政协提案均已办结。')).toEqual([]);
    expect(completionClaims('收到网民留言30条，均已办结。')).toEqual([]);
    expect(completionClaims('全年工作任务均已办结。')).toEqual([]);
  });

  it('the subject may be named in an earlier sentence of the paragraph', () => {
    const text = '全年共办理政府信息公开申请21件。其中，网络申请14件，书面申请7件。所有申请均按时办结。';
    expect(completionClaims(text)).toEqual([{ index: text.indexOf('均按时办结'), length: 5, quote: '所有申请均按时办结' }]);
  });
});

describe('statedCarriedForward', () => {
  it('reads “结转下年度继续办理1件” and “1件结转至下一年度”, not 上年结转 or 0', () => {
    expect(statedCarriedForward('结转下年度继续办理1件。')?.count).toBe(1);
    expect(statedCarriedForward('另有2件结转至下一年度办理。')?.count).toBe(2);
    expect(statedCarriedForward('上年结转1件。')).toBeNull();
    expect(statedCarriedForward('结转下年度0件。')).toBeNull();
  });
});
