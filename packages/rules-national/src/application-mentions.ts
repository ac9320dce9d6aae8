/**
 * Does the prose say anything about receiving applications for information?
 * Broad on purpose: any sentence with 申请 and a receipt word or a count
 * counts as a mention, so that a report is told only when it says nothing at all.
 */
import { splitPieces } from '@xxgk-lint/core';

/** part 三's title, also listed in preambles: names the topic, says nothing about this year's applications */
const TITLE_PHRASE = /收到和处理政府信息公开申请(的)?(情况)?/g;
const RECEIPT = /收到|受理|接收|新收|接到|收件|办理|答复|提出|处理|[未无没]|为零|(?<!\d)\d+\s*(件|条|个|宗|份|起|人次|次|[%％])/;

export function mentionsApplications(prose: string): boolean {
  return splitPieces(prose).some(({ text }) => {
    const sentence = text.replace(TITLE_PHRASE, '');
    return sentence.includes('申请') && RECEIPT.test(sentence);
  });
}
