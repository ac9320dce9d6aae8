import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError, LineIndex, buildReportModel, declaredCharset, decodeHtml, ingestAny, ingestBytes, lintAny } from '../src/index.js';
import { bytesOf, formatFile, rules } from './formats-fixtures.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** a government page: chrome around an article box, the title above it */
function page(article: string, { head = '<meta charset="utf-8">', title = '某镇人民政府2023年政府信息公开工作年度报告' } = {}): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    `<head>${head}<title>${title}_某县人民政府</title>`,
    '<script>var s = "一、总体情况 二、主动公开政府信息情况";</script><style>p{margin:0}</style></head>',
    '<body>',
    '<div class="header"><div class="logo">某县人民政府</div><ul class="nav"><li>首页</li><li>政务公开</li><li>政府信息公开年度报告</li></ul></div>',
    '<div class="breadcrumb">当前位置：首页 &gt; 政府信息公开</div>',
    `<div class="main"><h1 class="title">${title}</h1><div class="info">发布日期：2024-01-20</div>`,
    '<div id="zoom">',
    article,
    '</div></div>',
    '<div class="sidebar"><h3>相关文章</h3><ul><li>2022年政府信息公开工作年度报告</li></ul></div>',
    '<div class="footer">主办：某县人民政府办公室 电话：0000-12345678 地址：人民路1号</div>',
    '<script>document.write("六、其他需要报告的事项");</script>',
    '</body></html>',
  ].join('\n');
}

const TABLE3_HEAD = [
  '<table border="1">',
  '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
  '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
  '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
  '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>',
  '<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>',
  '<tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>',
  '</table>',
].join('\n');

describe('HTML: encodings', () => {
  it('reads <meta charset>, <meta http-equiv> and <?xml encoding?>', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="GB2312"></head>'))).toBe('gb2312');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'))).toBe('gbk');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="GB18030"?><html>'))).toBe('gb18030');
    expect(declaredCharset(utf8('<html><body>无声明</body></html>'))).toBeUndefined();
  });

  const text = page('<p>一、总体情况</p><p>本年度主动公开政府信息“一百二十条”。</p>');

  it.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gbk'],
    ['<meta charset="gb18030">', 'gb18030'],
  ])('decodes a page declared %s as GB18030 (a superset of GBK/GB2312)', (head) => {
    const html = page('<p>一、总体情况</p><p>本年度主动公开政府信息“一百二十条”。</p>', { head });
    const decoded = decodeHtml(new Uint8Array(iconv.encode(html, 'gbk')));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.html).toBe(html);
  });

  it('decodes UTF-8 with and without a BOM, and a GBK page without a declaration', () => {
    expect(decodeHtml(utf8(text)).html).toBe(text);
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])).html).toBe(text);
    const undeclared = text.replace('<meta charset="utf-8">', '');
    expect(decodeHtml(new Uint8Array(iconv.encode(undeclared, 'gbk')))).toEqual({ html: undeclared, encoding: 'gb18030' });
  });

  it('a page declared UTF-8 that is GBK, and a page declared GBK that is UTF-8, are still read', () => {
    const gbkBytes = new Uint8Array(iconv.encode(text, 'gbk'));
    expect(decodeHtml(gbkBytes).html).toBe(text);
    const declaredGbk = text.replace('utf-8', 'gbk');
    expect(decodeHtml(utf8(declaredGbk))).toEqual({ html: declaredGbk, encoding: 'utf-8' });
  });

  it('Big5 when declared', () => {
    const html = '<html><head><meta charset="big5"></head><body><p>一、總體情況</p><p>本年度主動公開政府資訊一百二十條。</p></body></html>';
    expect(decodeHtml(new Uint8Array(iconv.encode(html, 'big5')))).toEqual({ html, encoding: 'big5' });
  });

  it('the GBK fixtures decode and lint like their UTF-8 twins would', async () => {
    for (const name of ['seed-002.html', 'seed-004.html']) {
      const bytes = bytesOf(formatFile(name));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const ingested = await ingestAny(bytes, name);
      expect(ingested.encoding).toBe('gb18030');
      expect(buildReportModel(ingested).parts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });
});

describe('HTML: the article body', () => {
  const article = [
    '<p style="text-indent:2em">根据条例编制本报告。</p>',
    '<p><b>一、总体情况</b></p>',
    '<p>&nbsp;&nbsp;本年度主动公开&ldquo;政府信息&rdquo;120条。</p>',
    '<p><strong>六、其他需要报告的事项</strong></p>',
    '<p>本年度未收取信息处理费。</p>',
  ].join('\n');
  const ingested = ingestBytes(utf8(page(article)), 'report.html');

  it('keeps the article and its title, drops navigation, header, footer, sidebar and scripts', () => {
    expect(ingested.format).toBe('html');
    expect(ingested.text).toBe(
      [
        '某镇人民政府2023年政府信息公开工作年度报告',
        '根据条例编制本报告。',
        '一、总体情况',
        '本年度主动公开“政府信息”120条。',
        '六、其他需要报告的事项',
        '本年度未收取信息处理费。',
      ].join('\n\n') + '\n',
    );
    expect(ingested.text).not.toContain('首页');
    expect(ingested.text).not.toContain('0000-12345678');
    expect(ingested.text).not.toContain('document.write');
  });

  it('a line break in the source is no space next to Chinese text, and a space between Latin words', () => {
    const text = ingestBytes(utf8(page('<p>本年度主动公开“政府\n信息”\nABC\nDEF等……\n2023年共120条。</p>')), 'x.html').text;
    expect(text).toContain('本年度主动公开“政府信息”ABC DEF等……2023年共120条。');
  });

  it('positions are line and column in the HTML source, entities included', () => {
    const html = page(article);
    const source = new LineIndex(html);
    for (const needle of ['一、总体情况', '120条', '六、其他需要报告的事项', '某镇人民政府2023年']) {
      const at = ingested.text.indexOf(needle);
      const expected = source.locate(html.indexOf(needle, html.indexOf('<h1')));
      expect(ingested.toOriginal?.(at), needle).toEqual(expected);
    }
    // “ is &ldquo; in the source: the quote maps to the entity, the text after it to its own place
    const quote = ingested.text.indexOf('“');
    expect(ingested.toOriginal?.(quote)).toEqual(source.locate(html.indexOf('&ldquo;')));
    expect(ingested.toOriginal?.(quote + 1)).toEqual(source.locate(html.indexOf('政府信息&rdquo;')));
  });

  it('a finding on a web page has the HTML line and column; range and source stay in the text view', async () => {
    const html = page(article.replace('一、总体情况', '一、基本情况'));
    const result = await lintAny(utf8(html), { filePath: 'report.html', rules });
    const heading = result.messages.find((m) => m.ruleId === 'national/part-heading');
    expect(heading).toBeDefined();
    // the finding covers the heading's wording, after "一、"
    expect(result.source?.slice(heading!.range[0], heading!.range[1])).toBe('基本情况');
    const source = new LineIndex(html);
    const expected = source.locate(html.indexOf('基本情况'));
    expect([heading!.line, heading!.column]).toEqual([expected.line, expected.column]);
    expect(result.source?.slice(heading!.range[0], heading!.range[1])).toContain('基本情况');
    expect(heading!.fix).toBeUndefined();
  });

  it('without a known content box, the element holding the paragraphs is taken', () => {
    const html = [
      '<html><body><div class="top"><a>首页</a><a>政务公开</a><a>办事服务</a></div>',
      '<div class="wrap"><div class="l"><p>某县2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度主动公开政府信息一百二十条，依申请公开三条。</p></div>',
      '<div class="r"><p>友情链接</p></div></div>',
      '<div class="bottom">版权所有 电话：0000-1234567</div></body></html>',
    ].join('');
    const text = ingestBytes(utf8(html), 'x.html').text;
    expect(text).toContain('一、总体情况');
    expect(text).not.toContain('友情链接');
    expect(text).not.toContain('版权所有');
  });

  it('an ASP.NET page (everything inside <form>) and an <article> with its own <header> keep their text', () => {
    const aspx = `<html><body><form id="form1" method="post"><div class="nav">首页</div><div id="zoom">${article}</div><input type="hidden" value="一、总体情况"></form></body></html>`;
    const text = ingestBytes(utf8(aspx), 'x.aspx.html').text;
    expect(text).toContain('一、总体情况\n\n本年度主动公开“政府信息”120条。');
    expect(text).not.toContain('首页');
    const html5 = `<html><body><header><nav>首页</nav></header><main><article><header><h1>某县2023年政府信息公开工作年度报告</h1></header>${article}</article></main><footer>版权所有</footer></body></html>`;
    const view = ingestBytes(utf8(html5), 'x.html').text;
    expect(view.startsWith('某县2023年政府信息公开工作年度报告\n\n根据条例编制本报告。')).toBe(true);
    expect(view).not.toContain('首页');
    expect(view).not.toContain('版权所有');
  });

  it('a .doc that is really a web page, and a .txt that starts with <!DOCTYPE html>, are read as HTML', async () => {
    const html = page(article);
    expect((await ingestAny(utf8(html), '报告.doc')).format).toBe('html');
    expect((await ingestAny(utf8(html), '报告.txt')).format).toBe('html');
  });
});

describe('HTML: tables', () => {
  const ingested = ingestBytes(utf8(page(`<p>三、收到和处理政府信息公开申请情况</p>\n${TABLE3_HEAD}`)), 't.html');

  it('rowspan and colspan are expanded into a grid before labels are matched: a label sits in its first slot', () => {
    const rows = ingested.text.split('\n').filter((l) => l.includes('\t'));
    expect(rows.map((r) => r.split('\t'))).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''],
      ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
      ['一、本年新收政府信息公开申请数量', '', '', '3', '1', '0', '0', '0', '0', '4'],
      ['三、本年度办理结果', '（一）予以公开', '', '2', '1', '0', '0', '0', '0', '3'],
      ['', '（三）不予公开', '1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1'],
    ]);
  });

  it('the table is one mdast table whose cells point into the text view', () => {
    const tables = ingested.ast.children.filter((n) => n.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0] as { children: { children: { position?: { start: { offset?: number }; end: { offset?: number } } }[] }[] };
    const cell = table.children[3].children[3];
    expect(ingested.text.slice(cell.position?.start.offset, cell.position?.end.offset)).toBe('3');
    expect(table.children[0].children).toHaveLength(10);
  });

  it('a one-cell layout table around the article is read as paragraphs', () => {
    const html = page('<table width="100%"><tr><td><p>一、总体情况</p><p>本年度工作正常。</p></td></tr></table>');
    const text = ingestBytes(utf8(html), 'x.html').text;
    expect(text).toContain('一、总体情况\n\n本年度工作正常。');
    expect(text).not.toContain('\t');
  });
});

describe('HTML: pages that cannot be checked', () => {
  it('a 20 MB page gives a clear message at once, without parsing it', async () => {
    const filler = '<p>本年度主动公开政府信息一百二十条。</p>\n'.repeat(Math.ceil((21 * 1024 * 1024) / 60));
    const bytes = utf8(page(filler));
    expect(bytes.length).toBeGreaterThan(20 * 1024 * 1024);
    const started = performance.now();
    const result = await lintAny(bytes, { filePath: 'big.html', rules });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true });
    expect(result.messages[0].message).toMatch(/^网页文件过大（2\d\.\d MB，上限 10 MB）/);
  });

  it('a page with no text in its body', async () => {
    const error = await ingestAny(utf8('<html><body><script>var a=1</script><img src="a.png"></body></html>'), 'x.html').catch((e) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toContain('网页里没有找到正文文字');
  });

  it('an empty .html file', async () => {
    const error = await ingestAny(new Uint8Array(0), 'x.html').catch((e) => e);
    expect((error as IngestError).message).toContain('文件是空的');
  });
});
