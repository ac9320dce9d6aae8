import { lintText } from '@xxgk-lint/core';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { locate, report } from './helpers.js';

const lintAll = (code: string, filePath: string) =>
  lintText(code, {
    filePath,
    rules: Object.fromEntries(Object.entries(rules).map(([name, rule]) => [`national/${name}`, { rule, severity: 'error' as const, options: {} }])),
  }).messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);

describe('test helper report()', () => {
  it('is a clean report for the whole pack, as plain text', () => {
    expect(lintAll(report(), 'report.txt')).toEqual([]);
  });

  it('is a clean report for the whole pack, as Markdown', () => {
    expect(lintAll(report({ markdown: true }), 'x.md')).toEqual([]);
  });

  it('puts things on the lines the tests rely on', () => {
    const code = report();
    const line = (needle: string) => locate(code, needle).line;
    expect(line('一、总体情况')).toBe(7);
    expect(line('（一）主动公开')).toBe(11);
    expect(line('二、主动公开政府信息情况')).toBe(21);
    expect(line('规章\t')).toBe(25);
    expect(line('行政许可\t')).toBe(29);
    expect(line('行政处罚\t')).toBe(32);
    expect(line('三、收到和处理政府信息公开申请情况')).toBe(38);
    expect(line('（本列数据的勾稽关系')).toBe(40);
    expect(line('一、本年新收')).toBe(43);
    expect(line('（一）予以公开')).toBe(46);
    expect(line('1.本机关不掌握')).toBe(58);
    expect(line('（七）总计')).toBe(71);
    expect(line('四、结转下年度')).toBe(72);
    expect(line('四、政府信息公开行政复议')).toBe(74);
    expect(line('1\t0\t0\t0\t1\t0')).toBe(79);
    expect(line('五、存在的主要问题')).toBe(81);
    expect(line('六、其他需要报告的事项')).toBe(87);
    expect(line('未收取信息处理费')).toBe(89);
    const md = report({ markdown: true });
    expect(locate(md, '（七）总计').line).toBe(73);
    expect(locate(md, '## 六、').line).toBe(90);
  });

  it('changes exactly what it is asked to', () => {
    const a = report().split('\n');
    const b = report({ table3: { granted: [2, 1, 0, 0, 0, 0, 4] } }).split('\n');
    expect(a.length).toBe(b.length);
    expect(a.flatMap((l, i) => (l === b[i] ? [] : [i + 1]))).toEqual([46]);
  });
});
