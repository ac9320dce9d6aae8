import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '@xxgk-lint/core/browser';
import { changeWords, fixedFileName } from '../src/changes.js';
import { decodeEmbedded, encodeEmbedded } from '../src/embed.js';
import { groupByPart, partStarts } from '../src/group.js';
import { markdownToHtml } from '../src/markdown.js';

const message = (range: [number, number], where: string, ruleId: string | null = 'national/x'): LintMessage => ({
  ruleId, severity: 2, message: 'm', line: 1, column: 1, xxgkSeverity: 'error', range, where,
});

describe('the change list for Word', () => {
  const source = '依据国办公开办函2021]30 号文件';
  it('a fix that replaces a 文号 says what to write instead', () => {
    const from = source.indexOf('2021]');
    const to = source.indexOf('号') + 1;
    expect(changeWords('第12段', source, { range: [from, to], text: '〔2021〕30号' })).toBe('第12段：把“2021]30 号”改为“〔2021〕30号”');
  });
  it('a one-character fix is shown with the characters around it', () => {
    const text = '条例》(以下简称';
    expect(changeWords('第2段', text, { range: [3, 4], text: '（' })).toBe('第2段：把“例》(以下”改为“例》（以下”');
  });
  it('an insertion and a deletion', () => {
    expect(changeWords('第3行', '', { range: [0, 0], text: '。' })).toBe('第3行：插入“。”');
    expect(changeWords('第4段', '  ', { range: [0, 2], text: '' })).toBe('第4段：删去“  ”');
  });
  it('the fixed file keeps the name and the extension', () => {
    expect(fixedFileName('报告.txt')).toBe('报告（已修正）.txt');
    expect(fixedFileName('a.b.md')).toBe('a.b（已修正）.md');
    expect(fixedFileName('README')).toBe('README（已修正）');
  });
});

describe('findings by part', () => {
  const source = ['某镇2023年政府信息公开工作年度报告', '一、总体情况', '文字', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '一、问题', '六、其他需要报告的事项'].join('\n');
  const at = (s: string) => source.indexOf(s);
  it('a part heading at a line start opens the part; a list numbered again inside 五 does not', () => {
    expect(partStarts(source).map((s) => s.key)).toEqual(['一', '二', '三', '五', '六']);
  });
  it('table cells go to their table, the rest to the part they are in, the title to 其他', () => {
    const result = {
      filePath: 'a.txt', source, suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, infoCount: 0,
      fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
      messages: [
        message([0, 3], '第1行'),
        message([at('文字'), at('文字') + 2], '第3行'),
        message([at('三、'), at('三、') + 1], '表三“本年新收政府信息公开申请数量”行“自然人”列'),
        message([at('三、'), at('三、') + 1], '第20行（表四）'),
        message([at('一、问题'), at('一、问题') + 2], '第7行'),
        message([0, 0], '整个文件', null),
      ],
    } as LintResult;
    expect(groupByPart(result).map((g) => [g.key, g.messages.length])).toEqual([['一', 1], ['表三', 1], ['表四', 1], ['五', 1], ['其他', 2]]);
  });
});

describe('embedded text and docs pages', () => {
  it('"</script" and "<!--" never appear in embedded text, and decode back', () => {
    const code = 'a = "</script>"; b = "<!-- x"; c = "</SCRIPT"';
    const encoded = encodeEmbedded(code);
    expect(/<\/script|<!--/i.test(encoded)).toBe(false);
    expect(decodeEmbedded(encoded)).toBe(code);
    expect(() => encodeEmbedded('\uE000')).toThrow();
  });
  it('a docs page: headings, lists, code, escaped, links without their address', () => {
    const html = markdownToHtml('# national/x\n\n## 为什么\n\n说明<b>与</b>`代码`，见[文档](https://example.org)。\n\n- 一\n- 二\n\n```text\n<六>\n```');
    expect(html).toBe(
      '<h2>national/x</h2>\n<h3>为什么</h3>\n<p>说明&lt;b&gt;与&lt;/b&gt;<code>代码</code>，见文档。</p>\n<ul><li>一</li><li>二</li></ul>\n<pre><code>&lt;六&gt;</code></pre>',
    );
  });
});
