import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatCounter } from '../src/formats/docx/number-formats.js';
import { numberParagraphs } from '../src/formats/docx/numbering.js';
import { ingestAny, lintAny } from '../src/index.js';
import { rules } from './formats-fixtures.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

type Lvl = { ilvl: number; fmt?: string; text: string; start?: number; restart?: number; style?: string; suff?: string; legal?: boolean };

const lvl = (l: Lvl) =>
  `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt ?? 'chineseCounting'}"/>` +
  `${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.style ? `<w:pStyle w:val="${l.style}"/>` : ''}` +
  `${l.legal ? '<w:isLgl/>' : ''}${l.suff ? `<w:suff w:val="${l.suff}"/>` : ''}<w:lvlText w:val="${l.text}"/><w:pPr><w:ind w:left="0"/></w:pPr></w:lvl>`;

/** the report's list: 一、 / （一） / 1. */
const REPORT_LEVELS: Lvl[] = [
  { ilvl: 0, text: '%1、', suff: 'nothing' },
  { ilvl: 1, text: '（%2）', suff: 'nothing' },
  { ilvl: 2, fmt: 'decimal', text: '%3.' },
];

function numberingXml(abstracts: Record<string, Lvl[]>, nums: Record<string, { abstract: string; overrides?: Record<number, number> }>): string {
  const a = Object.entries(abstracts).map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels.map(lvl).join('')}</w:abstractNum>`);
  const n = Object.entries(nums).map(
    ([id, num]) =>
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${num.abstract}"/>${Object.entries(num.overrides ?? {})
        .map(([l, s]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${s}"/></w:lvlOverride>`)
        .join('')}</w:num>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${a.join('')}${n.join('')}</w:numbering>`;
}

type Para = string | { text: string; num?: [numId: string, ilvl?: number]; style?: string };

const paragraph = (p: Para) => {
  const { text, num, style } = typeof p === 'string' ? { text: p, num: undefined, style: undefined } : p;
  const numPr = num ? `<w:numPr>${num[1] !== undefined ? `<w:ilvl w:val="${num[1]}"/>` : ''}<w:numId w:val="${num[0]}"/></w:numPr>` : '';
  const pPr = style || numPr ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t>${text}</w:t></w:r></w:p>`;
};

const documentXml = (paragraphs: Para[], extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${MC}><w:body>${paragraphs.map(paragraph).join('')}${extra}</w:body></w:document>`;

/** the paragraphs' text after numbering (runs joined, one string per paragraph) */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

const REPORT = numberingXml({ 10: REPORT_LEVELS }, { 1: { abstract: '10' } });

describe('list counters', () => {
  it('levels count on, a lower level starts again under each higher one', () => {
    const doc = documentXml([
      { text: '总体情况', num: ['1', 0] },
      { text: '主动公开情况', num: ['1', 1] },
      { text: '公文制发', num: ['1', 2] },
      { text: '重点领域', num: ['1', 2] },
      '正文段落不编号。',
      { text: '依申请公开情况', num: ['1', 1] },
      { text: '主动公开政府信息情况', num: ['1', 0] },
      { text: '存在的问题', num: ['1', 1] },
    ]);
    expect(texts(numberParagraphs(doc, REPORT).xml)).toEqual([
      '一、总体情况',
      '（一）主动公开情况',
      '1. 公文制发',
      '2. 重点领域',
      '正文段落不编号。',
      '（二）依申请公开情况',
      '二、主动公开政府信息情况',
      '（一）存在的问题',
    ]);
  });

  it('w:start, and w:lvlRestart 0: a level that never starts again', () => {
    const numbering = numberingXml(
      { 1: [{ ilvl: 0, text: '%1、', start: 3, suff: 'nothing' }, { ilvl: 1, fmt: 'decimal', text: '%2）', restart: 0, suff: 'nothing' }] },
      { 5: { abstract: '1' } },
    );
    const doc = documentXml([
      { text: 'a', num: ['5', 0] },
      { text: 'b', num: ['5', 1] },
      { text: 'c', num: ['5', 0] },
      { text: 'd', num: ['5', 1] },
    ]);
    expect(texts(numberParagraphs(doc, numbering).xml)).toEqual(['三、a', '1）b', '四、c', '2）d']);
  });

  it('w:startOverride starts a list instance again where it is first used; another instance of the same list continues it', () => {
    const numbering = numberingXml({ 1: REPORT_LEVELS }, { 1: { abstract: '1' }, 2: { abstract: '1' }, 3: { abstract: '1', overrides: { 0: 1 } } });
    const doc = documentXml([
      { text: 'a', num: ['1', 0] },
      { text: 'b', num: ['1', 0] },
      { text: 'c', num: ['2', 0] },
      { text: 'd', num: ['3', 0] },
      { text: 'e', num: ['3', 0] },
    ]);
    expect(texts(numberParagraphs(doc, numbering).xml)).toEqual(['一、a', '二、b', '三、c', '一、d', '二、e']);
  });

  it('"%1.%2" writes the levels above; w:isLgl writes them all in decimal', () => {
    const numbering = numberingXml(
      {
        1: [{ ilvl: 0, text: '%1、', suff: 'nothing' }, { ilvl: 1, text: '%1.%2', suff: 'space' }],
        2: [{ ilvl: 0, text: '第%1章', suff: 'nothing' }, { ilvl: 1, text: '%1.%2', legal: true, suff: 'space' }],
      },
      { 1: { abstract: '1' }, 2: { abstract: '2' } },
    );
    const doc = documentXml([
      { text: 'a', num: ['1', 0] },
      { text: 'b', num: ['1', 1] },
      { text: 'c', num: ['2', 0] },
      { text: 'd', num: ['2', 0] },
      { text: 'e', num: ['2', 1] },
    ]);
    expect(texts(numberParagraphs(doc, numbering).xml)).toEqual(['一、a', '一.一b', '第一章c', '第二章d', '2.1 e']);
  });

  it('numbering from the paragraph style, through basedOn, with the level from w:ilvl or from the level naming the style (WPS ids "1", "2")', () => {
    const numbering = numberingXml(
      { 1: [{ ilvl: 0, text: '%1、', suff: 'nothing', style: '1' }, { ilvl: 1, text: '（%2）', suff: 'nothing', style: '2' }] },
      { 7: { abstract: '1' } },
    );
    const styles =
      `<w:styles ${W}>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>' +
      '</w:styles>';
    const doc = documentXml([
      { text: '总体情况', style: '1' },
      { text: '主动公开', style: '2' },
      { text: '依申请公开', style: '2' },
      { text: '正文', style: 'a' },
      { text: '主动公开政府信息情况', style: 'MyHeading' },
      { text: '不编号的标题', style: '1', num: ['0'] },
      { text: '收到和处理', style: '1' },
    ]);
    expect(texts(numberParagraphs(doc, numbering, styles).xml)).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '（二）依申请公开',
      '正文',
      '二、主动公开政府信息情况',
      '不编号的标题',
      '三、收到和处理',
    ]);
  });

  it('numId 0, an unknown numId and a paragraph with no numbering are left as they are', () => {
    const doc = documentXml([{ text: 'a', num: ['0', 0] }, { text: 'b', num: ['99', 0] }, 'c']);
    const numbered = numberParagraphs(doc, REPORT);
    expect(numbered.xml).toBe(doc);
    expect(numbered.labels).toEqual([]);
  });

  it('bullets show nothing and count nothing in the text; the numbered items around them count on', () => {
    const numbering = numberingXml(
      { 1: [{ ilvl: 0, text: '%1、', suff: 'nothing' }, { ilvl: 1, fmt: 'bullet', text: '●' }] },
      { 1: { abstract: '1' } },
    );
    const doc = documentXml([
      { text: 'a', num: ['1', 0] },
      { text: '要点', num: ['1', 1] },
      { text: 'b', num: ['1', 0] },
    ]);
    expect(texts(numberParagraphs(doc, numbering).xml)).toEqual(['一、a', '要点', '二、b']);
  });

  it('a file without numbering.xml (or with an empty one) is read as it is', () => {
    const doc = documentXml([{ text: 'a', num: ['1', 0] }]);
    expect(numberParagraphs(doc, undefined).xml).toBe(doc);
    expect(numberParagraphs(doc, `<w:numbering ${W}/>`).xml).toBe(doc);
  });

  it('Word’s tab or space after the number is a space after a narrow character, nothing after "、" or "）"', () => {
    const numbering = numberingXml(
      { 1: [{ ilvl: 0, text: '%1、' }, { ilvl: 1, fmt: 'decimal', text: '%2.' }, { ilvl: 2, fmt: 'decimal', text: '%3', suff: 'nothing' }] },
      { 1: { abstract: '1' } },
    );
    const doc = documentXml([
      { text: 'a', num: ['1', 0] },
      { text: 'b', num: ['1', 1] },
      { text: 'c', num: ['1', 2] },
    ]);
    expect(texts(numberParagraphs(doc, numbering).xml)).toEqual(['一、a', '1. b', '1c']);
  });

  it('paragraphs in table cells are numbered; a text box’s mc:Choice copy is not counted twice', () => {
    const cell = (p: Para) => `<w:tc>${paragraph(p)}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell({ text: '属于国家秘密', num: ['1', 2] })}${cell('0')}</w:tr><w:tr>${cell({ text: '其他', num: ['1', 2] })}${cell('0')}</w:tr></w:tbl>`;
    const box = (p: Para) => `<w:txbxContent>${paragraph(p)}</w:txbxContent>`;
    const alternate = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box({ text: '框', num: ['1', 0] })}</mc:Choice><mc:Fallback>${box({ text: '框', num: ['1', 0] })}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const doc = documentXml([{ text: '收到和处理', num: ['1', 0] }, { text: '办理结果', num: ['1', 1] }], table + alternate + paragraph({ text: '后面', num: ['1', 0] }));
    const numbered = numberParagraphs(doc, REPORT);
    expect(numbered.labels).toEqual(['一、', '（一）', '1. ', '2. ', '二、', '三、']);
    expect(texts(numbered.xml)).toEqual(['一、收到和处理', '（一）办理结果', '1. 属于国家秘密', '0', '2. 其他', '0', '框', '二、框', '三、后面']);
  });

  it('the number goes after w:pPr, in a run of its own; the rest of the paragraph is untouched', () => {
    const doc = documentXml([{ text: '总体情况', num: ['1', 0] }]);
    const { xml } = numberParagraphs(doc, REPORT);
    expect(xml).toContain('</w:numPr></w:pPr><w:r><w:t xml:space="preserve">一、</w:t></w:r><w:r><w:t>总体情况</w:t></w:r></w:p>');
    expect(xml.replace('<w:r><w:t xml:space="preserve">一、</w:t></w:r>', '')).toBe(doc);
  });

  it('other prefixes, a numFmt in mc:AlternateContent, a tracked pPr change and a deleted paragraph mark', () => {
    const numbering =
      '<x:numbering xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<x:abstractNum x:abstractNumId="0"><x:lvl x:ilvl="0"><x:start x:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><x:numFmt x:val="custom" x:format="01, 02, 03, ..."/></mc:Choice>' +
      '<mc:Fallback><x:numFmt x:val="decimalZero"/></mc:Fallback></mc:AlternateContent><x:lvlText x:val="%1."/></x:lvl></x:abstractNum>' +
      '<x:num x:numId="1"><x:abstractNumId x:val="0"/></x:num></x:numbering>';
    const p = (inner: string) => `<x:p>${inner}<x:r><x:t>文字</x:t></x:r></x:p>`;
    const doc =
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
      p('<x:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr></x:pPr>') +
      // the numPr inside pPrChange is the old formatting, not this paragraph's
      p('<x:pPr><x:pPrChange x:id="1"><x:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr></x:pPr></x:pPrChange></x:pPr>') +
      p('<x:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr><x:rPr><x:del x:id="2"/></x:rPr></x:pPr>') +
      p('<x:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr></x:pPr>') +
      '</x:body></x:document>';
    const numbered = numberParagraphs(doc, numbering);
    expect(numbered.labels).toEqual(['01. ', '02. ']);
    expect(numbered.xml).toContain('<x:r><x:t xml:space="preserve">01. </x:t></x:r>');
  });

  it('a DOCTYPE’s entities are never expanded, and broken XML does not throw', () => {
    const bomb = '<!DOCTYPE w:document [<!ENTITY a "一、"><!ENTITY b "&a;&a;&a;&a;">]>';
    const doc = bomb + documentXml([{ text: '&b;', num: ['1', 0] }]).replace(/^<\?xml[^>]*>/, '');
    expect(numberParagraphs(doc, REPORT).labels).toEqual(['一、']);
    expect(() => numberParagraphs('<w:p><w:pPr><w:numPr><w:numId w:val="1"', REPORT)).not.toThrow();
    expect(() => numberParagraphs('</w:p></w:p><w:p><w:pPr></w:p>', REPORT)).not.toThrow();
  });

  it('is linear: 40 000 numbered paragraphs in well under a second', () => {
    const paragraphs: Para[] = [];
    for (let i = 0; i < 20000; i++) paragraphs.push({ text: '标题', num: ['1', 0] }, { text: '小标题', num: ['1', 1] });
    const started = performance.now();
    const { labels } = numberParagraphs(documentXml(paragraphs), REPORT);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(labels.length).toBe(40000);
    expect(labels[39999]).toBe('（一）');
  });
});

describe('number formats', () => {
  it('Chinese counting as Word writes it', () => {
    const values = [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 111, 1000, 1001, 1010];
    expect(values.map((n) => formatCounter(n, 'chineseCounting'))).toEqual([
      '一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一百一十一', '一千', '一千零一', '一千零一十',
    ]);
    expect(formatCounter(12, 'chineseCountingThousand')).toBe('十二');
    expect(formatCounter(12, 'japaneseCounting')).toBe('十二');
    expect(formatCounter(13, 'chineseLegalSimplified')).toBe('壹拾叁');
  });

  it('甲乙丙, circled numbers, letters, roman numerals, full-width digits, none and bullets', () => {
    expect([1, 2, 3, 10, 11].map((n) => formatCounter(n, 'ideographTraditional'))).toEqual(['甲', '乙', '丙', '癸', '甲']);
    expect(formatCounter(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatCounter(21, 'decimalEnclosedCircle')).toBe('21');
    expect(formatCounter(2, 'ideographEnclosedCircle')).toBe('㈡');
    expect(formatCounter(3, 'decimalEnclosedParen')).toBe('⑶');
    expect([1, 26, 27, 28].map((n) => formatCounter(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
    expect(formatCounter(3, 'upperLetter')).toBe('C');
    expect(formatCounter(14, 'upperRoman')).toBe('XIV');
    expect(formatCounter(1999, 'lowerRoman')).toBe('mcmxcix');
    expect(formatCounter(12, 'decimalFullWidth')).toBe('１２');
    expect(formatCounter(5, 'decimalZero')).toBe('05');
    expect(formatCounter(3, 'none')).toBe('');
    expect(formatCounter(3, 'bullet')).toBe('');
    expect(formatCounter(7, 'someFormatWordAddsLater')).toBe('7');
  });
});

describe('Word files with automatic numbering, through mammoth', () => {
  const LIST = 'parts';
  const numbered = (text: string, level: number) => new Paragraph({ numbering: { reference: LIST, level }, children: [new TextRun(text)] });

  async function numberedDocx(): Promise<Uint8Array> {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: LIST,
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: '某镇人民政府2023年政府信息公开工作年度报告', bold: true })] }),
            numbered('总体情况', 0),
            new Paragraph('本年度工作正常。'),
            numbered('主动公开政府信息情况', 0),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [numbered('属于国家秘密', 2)] }), new TableCell({ children: [new Paragraph('0')] })] }),
                new TableRow({ children: [new TableCell({ children: [numbered('其他法律行政法规禁止公开', 2)] }), new TableCell({ children: [new Paragraph('0')] })] }),
              ],
            }),
            numbered('依申请公开情况', 0),
            new Paragraph('本年度未收到申请。'),
            numbered('政府信息公开行政复议、行政诉讼情况', 0),
            numbered('存在的主要问题及改进情况', 0),
            numbered('其他需要报告的事项', 0),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  const file = numberedDocx();

  it('the text view shows the numbers Word shows, in paragraphs and table cells', async () => {
    const ingested = await ingestAny(await file, '报告.docx');
    const lines = ingested.text.split('\n').filter((l) => l.trim());
    expect(lines).toEqual([
      '某镇人民政府2023年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度工作正常。',
      '二、主动公开政府信息情况',
      '1. 属于国家秘密\t0',
      '2. 其他法律行政法规禁止公开\t0',
      '三、依申请公开情况',
      '本年度未收到申请。',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('a finding on a numbered heading names its paragraph; the number itself is at the paragraph’s start', async () => {
    const ingested = await ingestAny(await file, '报告.docx');
    // paragraphs: 1 title, 2 一、, 3 body, 4 二、, 5–6 the table rows, 7 三、…
    const at = ingested.text.indexOf('三、依申请');
    expect(ingested.toOriginal!(at)).toMatchObject({ line: 7, column: 1 });
    const result = await lintAny(await file, { filePath: '报告.docx', rules });
    const heading = result.messages.find((m) => m.ruleId === 'national/part-heading');
    expect(heading).toBeDefined();
    expect(heading!.message).toContain('依申请公开情况');
    expect(heading!).toMatchObject({ line: 7, column: 3 });
    const cell = ingested.toOriginal!(ingested.text.indexOf('2. 其他'));
    expect(cell).toMatchObject({ line: 6, cell: { table: 1, row: 2, column: 1 } });
  });
});
