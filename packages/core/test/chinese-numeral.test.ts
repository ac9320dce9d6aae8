import { describe, expect, it } from 'vitest';
import { chineseNumeral, chineseNumeralValue } from '@xxgk-lint/core';

describe('chineseNumeralValue: the one reading of 一 … 九十九 (part headings, numbering, declarative scopes)', () => {
  it('reads units, tens and teens', () => {
    expect(['一', '六', '十', '十二', '二十', '二十一', '九十九'].map(chineseNumeralValue)).toEqual([1, 6, 10, 12, 20, 21, 99]);
  });
  it('is the inverse of chineseNumeral for 1–10', () => {
    for (let n = 1; n <= 10; n++) expect(chineseNumeralValue(chineseNumeral(n))).toBe(n);
  });
  it('gives undefined for what is not one numeral', () => {
    expect(['', undefined, '一二', '十十', '零', 'a'].map(chineseNumeralValue)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
