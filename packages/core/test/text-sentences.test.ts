import { describe, expect, it } from 'vitest';
import { CLAUSES, isBreak, pieceEnd, pieceStart, splitPieces } from '../src/text/sentences.js';

const texts = (text: string, options?: Parameters<typeof splitPieces>[1]) => splitPieces(text, options).map((p) => p.text);

describe('splitPieces: sentences', () => {
  it('splits at 。！？ and line breaks, keeping offsets into the text', () => {
    const text = '本年度收到申请5件。是否全部办结？已全部办结！\n下一步将继续做好工作';
    const pieces = splitPieces(text);
    expect(pieces.map((p) => p.text)).toEqual(['本年度收到申请5件', '是否全部办结', '已全部办结', '下一步将继续做好工作']);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(text[pieces[0].end]).toBe('。');
  });

  it('ASCII ! and ? count as their full-width forms', () => {
    expect(texts('已办结!是否公开?是')).toEqual(['已办结', '是否公开', '是']);
  });

  it('does not split a decimal, an ellipsis, a 文号 or book-title brackets', () => {
    expect(texts('增长1.5个百分点……依据国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》编制。')).toEqual([
      '增长1.5个百分点……依据国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》编制',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    const text = '群众评价“办事快。”「已办结。」随后公开。';
    expect(texts(text)).toEqual(['群众评价“办事快', '「已办结', '随后公开']);
    expect(pieceStart(text, text.indexOf('随后'))).toBe(text.indexOf('随后'));
  });

  it('leaves out empty pieces and reads \\r\\n as one break', () => {
    expect(texts('。。第一句。\r\n\r\n第二句')).toEqual(['第一句', '第二句']);
    expect(splitPieces('')).toEqual([]);
  });

  it('only 。 when exclamations and line breaks are turned off', () => {
    expect(texts('第一行\n第二行！仍是一句。下一句', { exclamations: false, lineBreaks: false })).toEqual(['第一行\n第二行！仍是一句', '下一句']);
  });
});

describe('splitPieces: clauses', () => {
  it('；(;) ends a clause with CLAUSES; ：and ，only when asked', () => {
    const text = '公开信息3条；答复申请2件;其中：全部办结，无结转';
    expect(texts(text)).toEqual([text]);
    expect(texts(text, CLAUSES)).toEqual(['公开信息3条', '答复申请2件', '其中：全部办结，无结转']);
    expect(texts(text, { ...CLAUSES, colons: true, commas: true })).toEqual(['公开信息3条', '答复申请2件', '其中', '全部办结', '无结转']);
  });
});

describe('pieceStart and pieceEnd', () => {
  const text = '上年结转1件。本年新收5件，已全部办结；无结转。';
  const at = text.indexOf('已全部');

  it('find the sentence or clause around an index', () => {
    expect(pieceStart(text, at)).toBe(text.indexOf('本年'));
    expect(pieceStart(text, at, CLAUSES)).toBe(text.indexOf('本年'));
    expect(pieceStart(text, at, { commas: true })).toBe(at);
    expect(pieceEnd(text, at)).toBe(text.lastIndexOf('。'));
    expect(pieceEnd(text, at, CLAUSES)).toBe(text.indexOf('；'));
  });

  it('stop at the ends of the text', () => {
    expect(pieceStart(text, 3)).toBe(0);
    expect(pieceStart('无句号', 99)).toBe(0);
    expect(pieceEnd('无句号', 0)).toBe(3);
    expect(pieceEnd(text, -4)).toBe(text.indexOf('。'));
  });

  it('an index among the closing quotes after a stop stays in the range', () => {
    const quoted = '说“好。”然后';
    expect(pieceStart(quoted, quoted.indexOf('”'))).toBe(quoted.indexOf('”'));
    expect(pieceStart(quoted, quoted.indexOf('然'))).toBe(quoted.indexOf('然'));
  });
});

describe('isBreak', () => {
  it('tells a stop under the options', () => {
    expect(isBreak('。')).toBe(true);
    expect(isBreak('\n')).toBe(true);
    expect(isBreak('\n', { lineBreaks: false })).toBe(false);
    expect(isBreak('；')).toBe(false);
    expect(isBreak('；', CLAUSES)).toBe(true);
    expect(isBreak(';', CLAUSES)).toBe(true);
    expect(isBreak('：', { colons: true })).toBe(true);
    expect(isBreak('，')).toBe(false);
    expect(isBreak('.')).toBe(false);
    expect(isBreak('…')).toBe(false);
    expect(isBreak(undefined)).toBe(false);
    expect(isBreak('')).toBe(false);
  });
});
