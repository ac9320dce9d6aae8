import { describe, expect, it } from 'vitest';
import {
  HAN_CLASS,
  isAsciiAlphanumeric,
  isAsciiDigit,
  isAsciiLetter,
  isChineseContext,
  isFullWidthDigit,
  isFullWidthPunctuation,
  isEastAsian,
  isGeneralPunctuation,
  isHan,
  isPrintableAscii,
  isWide,
  lastChar,
} from '../src/text/chars.js';

describe('character classes', () => {
  it('Han: unified, extension A, compatibility and astral ideographs', () => {
    for (const ch of ['中', '一', '龥', '鿿', '㐀', '䶵', '豈', '﨩', '𠀀', '𪚥']) expect(isHan(ch), ch).toBe(true);
    for (const ch of ['〇', '々', '。', '，', 'A', '1', '１', 'ア', ' ', '', undefined]) expect(isHan(ch), String(ch)).toBe(false);
  });

  it('full-width punctuation: CJK symbols, full-width forms and Chinese typography', () => {
    for (const ch of ['。', '，', '、', '《', '》', '〔', '〕', '「', '」', '（', '）', '：', '；', '！', '？', '“', '”', '‘', '’', '…', '—', '·', '　']) {
      expect(isFullWidthPunctuation(ch), ch).toBe(true);
    }
    for (const ch of [',', '.', '(', '中', '１', 'Ａ', undefined]) expect(isFullWidthPunctuation(ch), String(ch)).toBe(false);
  });

  it('Chinese context is Han or full-width punctuation', () => {
    expect(isChineseContext('中')).toBe(true);
    expect(isChineseContext('。')).toBe(true);
    expect(isChineseContext('〇')).toBe(true);
    expect(isChineseContext('a')).toBe(false);
    expect(isChineseContext(',')).toBe(false);
    expect(isChineseContext(undefined)).toBe(false);
  });

  it('ASCII letters and digits, full-width digits', () => {
    expect(['a', 'Z', 'q'].every(isAsciiLetter)).toBe(true);
    expect(['1', '中', 'Ａ', '@'].some(isAsciiLetter)).toBe(false);
    expect(['0', '9'].every(isAsciiDigit)).toBe(true);
    expect(['１', 'a', '.'].some(isAsciiDigit)).toBe(false);
    expect(['a', '7'].every(isAsciiAlphanumeric)).toBe(true);
    expect(isAsciiAlphanumeric('-')).toBe(false);
    expect(['０', '９'].every(isFullWidthDigit)).toBe(true);
    expect(['0', '〇', '九'].some(isFullWidthDigit)).toBe(false);
  });

  it('wide in layout: CJK, full-width forms, enclosed numbers', () => {
    for (const ch of ['中', '、', 'ア', '①', 'Ａ', '︰', '㈠']) expect(isWide(ch), ch).toBe(true);
    for (const ch of ['a', '1', ',', '“']) expect(isWide(ch), ch).toBe(false);
  });

  it('East Asian text: wide characters and the Chinese typography among them', () => {
    for (const ch of ['中', '。', 'Ａ', '①', '𠀀', '“', '”', '…', '—', '·']) expect(isEastAsian(ch), ch).toBe(true);
    for (const ch of ['a', '1', ',', '-', 'é', 'Ω', '\ue000', undefined]) expect(isEastAsian(ch), String(ch)).toBe(false);
  });

  it('printable ASCII and general punctuation', () => {
    for (const ch of ['!', 'a', 'Z', '0', '~']) expect(isPrintableAscii(ch), ch).toBe(true);
    for (const ch of [' ', '\n', '\x7f', '中', 'Ａ', undefined]) expect(isPrintableAscii(ch), String(ch)).toBe(false);
    for (const ch of ['‐', '–', '—', '“', '”', '•', '…', '‧']) expect(isGeneralPunctuation(ch), ch).toBe(true);
    for (const ch of ['-', '·', '‰', '。', undefined]) expect(isGeneralPunctuation(ch), String(ch)).toBe(false);
  });

  it('the last character of a text, a surrogate pair read whole', () => {
    expect(lastChar('一、')).toBe('、');
    expect(lastChar('第𠀀')).toBe('𠀀');
    expect(lastChar('\udc00')).toBe('\udc00');
    expect(lastChar('')).toBeUndefined();
  });

  it('HAN_CLASS agrees with isHan on the Basic Multilingual Plane', () => {
    const han = new RegExp(`^[${HAN_CLASS}]$`);
    for (const ch of ['中', '㐀', '豈', '〇', '。', 'a']) expect(han.test(ch), ch).toBe(isHan(ch));
  });
});
