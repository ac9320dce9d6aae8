import { describe, expect, it } from 'vitest';
import { buildReportModel, ingestText } from '@xxgk-lint/core';
import { punctuationMarks } from '../src/punctuation-marks.js';

/** a context with a per-document cache that counts how often a value is computed */
function contextOf(text: string) {
  const annualReport = buildReportModel(ingestText(text, 'report.txt'));
  const values = new Map<string, unknown>();
  let computed = 0;
  return {
    annualReport,
    computed: () => computed,
    cache<T>(key: string, compute: () => T): T {
      if (!values.has(key)) {
        computed++;
        values.set(key, compute());
      }
      return values.get(key) as T;
    },
  };
}

describe('punctuationMarks: the marks both punctuation rules read, found in one walk', () => {
  it('lists the half-width , ; : ? ! ( ) and the paired marks, in prose order', () => {
    const context = contextOf('本机关(以下简称“本局”)共公开信息,其中:《条例》〔2021〕?好!（一）；');
    const { scan, at } = punctuationMarks(context);
    expect(at.map((i) => scan.prose.value[i]).join('')).toBe('(“”),:《》〔〕?!（）');
  });

  it('leaves out marks inside a URL', () => {
    const context = contextOf('网址为http://www.example.gov.cn/a,b?c=1 请查阅,谢谢');
    const { scan, at } = punctuationMarks(context);
    expect(at.map((i) => scan.prose.value[i]).join('')).toBe(',');
  });

  it('is computed once per document however many rules ask', () => {
    const context = contextOf('共公开信息,其中:规章(一)');
    const first = punctuationMarks(context);
    expect(punctuationMarks(context)).toBe(first);
    expect(context.computed()).toBe(1);
  });
});
