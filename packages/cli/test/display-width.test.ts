import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/formatters/display-width.js';
import { seededRandom } from '../../../scripts/seeded-random.mjs';

/** the units displayWidth measures itself (its fast path); the rest go to string-width */
function fastUnits(): number[] {
  const units: number[] = [];
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0x3000, 0x3029],
    [0x3030, 0x303e],
    [0xff01, 0xff60],
    [0xffe0, 0xffe6],
  ];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) units.push(c);
  units.push(0xb7, 0xd7, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2139, 0x26a0, 0x2716);
  return units;
}

describe('displayWidth', () => {
  it('counts every unit of its fast path as string-width does', () => {
    const wrong = fastUnits().filter((c) => displayWidth(String.fromCharCode(c)) !== stringWidth(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it('agrees with string-width on generated text, with and without units outside the fast path', () => {
    const units = fastUnits();
    // outside the fast path: combining marks after a base, emoji and VS16, ESC colour codes, tab, surrogate pairs, Hangul jamo, halfwidth kana
    const others = ['\u0301', '\u302a', '\ufe0f', '\u20e3', '\u001b[31m', '\u001b[39m', '\t', '😀', '👍🏽', '\u1100\u1161', 'ﾊﾞ', '\u200b', '\u00e9', '\u2460', '\ud842\udfb7'];
    const next = seededRandom(14);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i++) {
        text += n % 2 === 0 || next() < 0.9 ? String.fromCharCode(units[Math.floor(next() * units.length)]) : others[Math.floor(next() * others.length)];
      }
      expect(displayWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
  });

  it('counts Chinese prose with its punctuation two columns a character, the marks one', () => {
    expect(displayWidth('第3页第9行：“政府信息公开”…—ab')).toBe(30);
    expect(displayWidth('')).toBe(0);
  });
});
