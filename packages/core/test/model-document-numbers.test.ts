import { describe, expect, it } from 'vitest';
import { buildReportModel, ingestText } from '../src/index.js';
import { SEEDS, loadFixture } from './fixtures.js';

function numbers(text: string, file = 'report.txt') {
  const ingested = ingestText(text, file);
  return { text, found: buildReportModel(ingested).documentNumbers };
}

describe('文号 in the prose', () => {
  it('reads a canonical 文号: issuer, year, serial, ranges', () => {
    const { text, found } = numbers('依据《格式》（国办公开办函〔2021〕30号）编制。\n');
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d).toMatchObject({ text: '国办公开办函〔2021〕30号', year: 2021, serial: '30', open: '〔', close: '〕', ordinal: false, canonical: true });
    expect(d.prefix.endsWith('国办公开办函')).toBe(true);
    expect(text.slice(...d.numberRange)).toBe('〔2021〕30号');
    expect(text.slice(...d.range).endsWith('国办公开办函〔2021〕30号')).toBe(true);
  });

  it('seed 003: a missing opening bracket and spaces from extraction', () => {
    const { ingested, report } = loadFixture(SEEDS['003']);
    const [d] = report.documentNumbers;
    expect(d).toMatchObject({ text: '国办公开办函2021]30号', year: 2021, serial: '30', open: '', close: ']', canonical: false });
    // the space between the issuer's code and the year belongs to the part to rewrite
    expect(ingested.text.slice(...d.numberRange)).toBe(' 2021]30 号');
  });

  it('seed 002: spaces alone do not make a 文号 non-canonical', () => {
    const { ingested, report } = loadFixture(SEEDS['002']);
    expect(report.documentNumbers.map((d) => [d.text, d.canonical])).toEqual([['国办函〔2020〕109号', true]]);
    expect(ingested.text.slice(...report.documentNumbers[0].numberRange)).toBe('〔2020〕109 号');
  });

  it.each([
    ['国办函(2020)109号', '(', ')', false, '109'],
    ['国办函（2020）109号', '（', '）', false, '109'],
    ['国办函[2020]109号', '[', ']', false, '109'],
    ['国办函【2020】109号', '【', '】', false, '109'],
    ['国办函［2020］109号', '［', '］', false, '109'],
    ['国办函﹝2020﹞109号', '﹝', '﹞', false, '109'],
    ['国办函〔2020〕第109号', '〔', '〕', true, '109'],
    ['川办发〔2014〕096号', '〔', '〕', false, '096'],
    ['国办函〔2020109号', '〔', '', false, '109'],
  ] as const)('%s: brackets, 第 and leading zeros as written', (written, open, close, ordinal, serial) => {
    const { found } = numbers(`按照${written}执行。\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ year: written.includes('2014') ? 2014 : 2020, open, close, ordinal, serial, canonical: false });
  });

  it.each([
    ['a year and a serial without brackets', '国办函2020109号文件'],
    ['a date', '2021年3月30号召开会议'],
    ['a court case number: the bracket comes first', '（2021）苏0812行初30号判决'],
    ['a year after 截至', '截至(2021)30号'],
    ['a decree number without a year', '国务院令第711号'],
  ])('%s is not a 文号', (_name, written) => {
    expect(numbers(`${written}。\n`).found).toEqual([]);
  });

  it('a 文号 inside a table is not prose', () => {
    const table = '| 文件 | 文号 |\n| --- | --- |\n| 通知 | 国办函(2020)109号 |\n';
    expect(numbers(`一、总体情况\n\n${table}`, 'x.md').found).toEqual([]);
  });
});
