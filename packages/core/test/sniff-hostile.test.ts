import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../src/formats/html/charset.js';
import { sniffFormat } from '../src/formats/sniff.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('"%PDF-" near the start of a text file', () => {
  const prose = '某镇2024年政府信息公开工作年度报告\n\n附件格式：%PDF-1.4 版式文件，可在网站下载。\n';

  it('a .txt or .md with "%PDF-" a line down is text, not a broken PDF', () => {
    expect(sniffFormat(bytes(prose), '报告.txt')).toEqual({ format: 'text' });
    expect(sniffFormat(bytes(prose), '报告.md')).toEqual({ format: 'markdown' });
  });

  it('a .txt that starts with "%PDF-" is a PDF (misnamed)', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), '报告.txt')).toEqual({ format: 'pdf' });
  });

  it('a .pdf or an unnamed file with junk before "%PDF-" is still a PDF', () => {
    const junk = bytes('\r\n\r\n<!-- server -->\n%PDF-1.4\n1 0 obj\n');
    expect(sniffFormat(junk, '报告.pdf')).toEqual({ format: 'pdf' });
    expect(sniffFormat(junk, 'download')).toEqual({ format: 'pdf' });
  });
});

describe('a GBK page declared Big5', () => {
  const body =
    '<p>某镇人民政府2024年政府信息公开工作年度报告。本年度共收到政府信息公开申请10件，其中依申请公开的政府信息已按时答复。</p>' +
    '<p>根据《中华人民共和国政府信息公开条例》的要求，现将本行政机关2024年政府信息公开工作情况报告如下。</p>';
  const page = (charset: string) => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>年度报告</title></head><body>${body}</body></html>`;

  it('is read as GBK, not as Big5 garbage', () => {
    const decoded = decodeHtml(iconv.encode(page('big5'), 'gbk'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.html).toContain('本年度共收到政府信息公开申请10件');
  });

  it('a real Big5 page stays Big5', () => {
    const traditional = page('big5').replace('政府信息公开工作年度报告', '政府資訊公開工作年度報告').replace('收到政府信息公开申请', '收到政府資訊公開申請');
    const decoded = decodeHtml(iconv.encode(traditional, 'big5'));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.html).toContain('政府資訊公開工作年度報告');
  });
});
