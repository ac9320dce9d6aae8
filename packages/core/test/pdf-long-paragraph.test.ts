// Issue 11 item 2: a PDF paragraph of 140,000 characters is reflowed without a stack overflow (no push(...) of its characters).
import { describe, expect, it } from 'vitest';
import { reflow } from '../src/formats/pdf/reflow.js';
import type { PageLine } from '../src/formats/pdf/types.js';

const line = (index: number, text: string, x1 = 500): PageLine => ({ page: 1, index, y: 800 - index * 20, fs: 12, x0: 72, x1, text, gapped: false, footer: false });

describe('PDF reflow of one very long paragraph', () => {
  it('joins 140,000 characters of one line with their page, line and column for each', () => {
    const long = '年'.repeat(140_000);
    const view = reflow([[line(1, '某某县2023年政府信息公开工作年度报告'), line(2, long)]]);
    expect(view.text.includes(long)).toBe(true);
    expect(view.page.length).toBe(view.text.length);
    const at = view.text.indexOf(long);
    expect([view.page[at + 139_999], view.line[at + 139_999], view.column[at + 139_999]]).toEqual([1, 2, 140_000]);
  });
});
