import { describe, expect, it } from 'vitest';
import type { AnnualReport, Cell, Table3Row } from '../src/index.js';
import { labelKey, parseCell } from '../src/index.js';
import { REAL, SEEDS, loadFixture } from './fixtures.js';

/**
 * Cell-by-cell values of tables 二, 三, 四. The seeds' numbers are read from
 * the seed files; the real reports' numbers were read off the rendered PDF
 * pages (pdftoppm), not from the code's output.
 */

type T2 = {
  regulation: [number, number, number];
  normativeDocument: [number, number, number];
  license: number;
  penalty: number;
  enforcement: number;
  fee: number;
};
type Row7 = [number, number, number, number, number, number, number];
type Row5 = [number, number, number, number, number];
type T4 = { review: Row5; litigationDirect: Row5; litigationAfterReview: Row5 };

const ORDER_2021: Table3Row[] = [
  'new', 'carriedOver', 'granted', 'partlyGranted',
  'refused1', 'refused2', 'refused3', 'refused4', 'refused5', 'refused6', 'refused7', 'refused8',
  'unable1', 'unable2', 'unable3',
  'notProcessed1', 'notProcessed2', 'notProcessed3', 'notProcessed4', 'notProcessed5',
  'other1', 'other2', 'other3',
  'resultTotal', 'carriedForward',
];
const ORDER_2019: Table3Row[] = [
  'new', 'carriedOver', 'granted', 'partlyGranted',
  'refused1', 'refused2', 'refused3', 'refused4', 'refused5', 'refused6', 'refused7', 'refused8',
  'unable1', 'unable2', 'unable3',
  'notProcessed1', 'notProcessed2', 'notProcessed3', 'notProcessed4', 'notProcessed5',
  'otherSingle',
  'resultTotal', 'carriedForward',
];

const values = (cells: Cell[] | undefined) => cells?.map((c) => c.value);
const kinds = (cells: Cell[] | undefined) => cells?.map((c) => c.kind);

function expectTable2(report: AnnualReport, expected: T2) {
  const t2 = report.tables.table2;
  expect(t2?.confidence).toBe('high');
  expect(t2?.problems).toEqual([]);
  expect(values(t2?.rows.regulation)).toEqual(expected.regulation);
  expect(values(t2?.rows.normativeDocument)).toEqual(expected.normativeDocument);
  expect(values(t2?.rows.license)).toEqual([expected.license]);
  expect(values(t2?.rows.penalty)).toEqual([expected.penalty]);
  expect(values(t2?.rows.enforcement)).toEqual([expected.enforcement]);
  expect(values(t2?.rows.fee)).toEqual([expected.fee]);
  const all = Object.values(t2?.rows ?? {}).flat();
  expect(all).toHaveLength(10);
  expect(all.map((c) => c.kind)).toEqual(Array(10).fill('number'));
}

function expectTable3(report: AnnualReport, layout: '2021' | '2019', expected: Partial<Record<Table3Row, Row7>>) {
  const t3 = report.tables.table3;
  expect(t3?.confidence).toBe('high');
  expect(t3?.problems).toEqual([]);
  expect(t3?.layout).toBe(layout);
  const order = layout === '2021' ? ORDER_2021 : ORDER_2019;
  expect(t3?.order).toEqual(order);
  expect(Object.keys(expected).sort()).toEqual([...order].sort());
  for (const key of order) {
    expect({ row: key, values: values(t3?.rows[key]?.cells) }).toEqual({ row: key, values: expected[key] });
    expect(kinds(t3?.rows[key]?.cells)).toEqual(Array(7).fill('number'));
  }
}

function expectTable4(report: AnnualReport, expected: T4) {
  const t4 = report.tables.table4;
  expect(t4?.confidence).toBe('high');
  expect(t4?.problems).toEqual([]);
  expect(values(t4?.groups.review)).toEqual(expected.review);
  expect(values(t4?.groups.litigationDirect)).toEqual(expected.litigationDirect);
  expect(values(t4?.groups.litigationAfterReview)).toEqual(expected.litigationAfterReview);
  const all = [...(t4?.groups.review ?? []), ...(t4?.groups.litigationDirect ?? []), ...(t4?.groups.litigationAfterReview ?? [])];
  expect(all.map((c) => c.kind)).toEqual(Array(15).fill('number'));
}

const Z: Row7 = [0, 0, 0, 0, 0, 0, 0];
const Z5: Row5 = [0, 0, 0, 0, 0];
const ALL_ZERO_T2: T2 = { regulation: [0, 0, 0], normativeDocument: [0, 0, 0], license: 0, penalty: 0, enforcement: 0, fee: 0 };
const ALL_ZERO_T3_2021 = Object.fromEntries(ORDER_2021.map((k) => [k, Z])) as Record<Table3Row, Row7>;
const ALL_ZERO_T4: T4 = { review: Z5, litigationDirect: Z5, litigationAfterReview: Z5 };

describe('seed 000 (常乐镇 2022): tables garbled by extraction', () => {
  const { report } = loadFixture(SEEDS['000']);

  it('has no table 二 (it was lost in extraction)', () => {
    expect(report.tables.table2).toBeUndefined();
  });

  it('reads table 三 with low confidence: cut off after 16 data rows', () => {
    const t3 = report.tables.table3;
    expect(t3?.confidence).toBe('low');
    expect(t3?.problems.some((p) => p.includes('16') && p.includes('25'))).toBe(true);
  });

  it('reads table 四 with low confidence: the header is scrambled', () => {
    const t4 = report.tables.table4;
    expect(t4?.confidence).toBe('low');
    expect(t4?.problems.some((p) => p.includes('表头'))).toBe(true);
  });
});

describe('seed 001 (安居区某镇 2022): pipe rows broken across lines', () => {
  const { report } = loadFixture(SEEDS['001']);
  it('table 二', () => expectTable2(report, ALL_ZERO_T2));
  it('table 三', () => expectTable3(report, '2021', ALL_ZERO_T3_2021));
  it('table 四', () => expectTable4(report, ALL_ZERO_T4));
});

describe('seed 002 (上乐村镇 2023): tab-separated rows', () => {
  const { report } = loadFixture(SEEDS['002']);
  it('table 二', () => expectTable2(report, ALL_ZERO_T2));
  it('table 三', () => expectTable3(report, '2021', ALL_ZERO_T3_2021));
  it('table 四', () => expectTable4(report, ALL_ZERO_T4));
});

describe('seed 003 (城关镇 2021): tab-separated rows, table 三 split by a blank line', () => {
  const { report } = loadFixture(SEEDS['003']);
  it('table 二', () => expectTable2(report, ALL_ZERO_T2));
  it('table 三', () => {
    expectTable3(report, '2021', ALL_ZERO_T3_2021);
    expect(report.tables.table3?.nodes).toHaveLength(2);
  });
  it('table 四', () => expectTable4(report, ALL_ZERO_T4));
});

describe('seed 004 (盐锅峡镇 2022): "50（营业执照）"', () => {
  const { report } = loadFixture(SEEDS['004']);
  it('table 二', () => expectTable2(report, { ...ALL_ZERO_T2, license: 50 }));
  it('the 行政许可 cell keeps its note', () => {
    const [cell] = report.tables.table2?.rows.license ?? [];
    expect(cell).toMatchObject({ raw: '50（营业执照）', kind: 'number', value: 50, note: '（营业执照）' });
    expect(cell?.unit).toBeUndefined();
  });
  it('table 三', () => expectTable3(report, '2021', ALL_ZERO_T3_2021));
  it('table 四', () => expectTable4(report, ALL_ZERO_T4));
});

describe('淮安市洪泽区 2023 (PDF text layer, 2019 table-三 layout)', () => {
  const { report } = loadFixture(REAL.hongze2023);

  it('table 二 (PDF pp. 2–3)', () => {
    expectTable2(report, { regulation: [0, 0, 0], normativeDocument: [0, 5, 5], license: 550, penalty: 4119, enforcement: 195, fee: 7730.28 });
    expect(report.tables.table2?.rows.fee?.[0].raw).toBe('7730.28');
  });

  it('table 三 (PDF pp. 3–4): one （六）其他处理 row', () => {
    expectTable3(report, '2019', {
      new: [21, 0, 0, 0, 0, 0, 21],
      carriedOver: [0, 0, 0, 0, 0, 0, 0],
      granted: [0, 0, 0, 0, 0, 0, 0],
      partlyGranted: [4, 0, 0, 0, 0, 0, 4],
      refused1: [1, 0, 0, 0, 0, 0, 1],
      refused2: [0, 0, 0, 0, 0, 0, 0],
      refused3: [0, 0, 0, 0, 0, 0, 0],
      refused4: [0, 0, 0, 0, 0, 0, 0],
      refused5: [0, 0, 0, 0, 0, 0, 0],
      refused6: [1, 0, 0, 0, 0, 0, 1],
      refused7: [1, 0, 0, 0, 0, 0, 1],
      refused8: [0, 0, 0, 0, 0, 0, 0],
      unable1: [10, 0, 0, 0, 0, 0, 10],
      unable2: [3, 0, 0, 0, 0, 0, 3],
      unable3: [0, 0, 0, 0, 0, 0, 0],
      notProcessed1: [1, 0, 0, 0, 0, 0, 1],
      notProcessed2: [0, 0, 0, 0, 0, 0, 0],
      notProcessed3: [0, 0, 0, 0, 0, 0, 0],
      notProcessed4: [0, 0, 0, 0, 0, 0, 0],
      notProcessed5: [0, 0, 0, 0, 0, 0, 0],
      otherSingle: [0, 0, 0, 0, 0, 0, 0],
      resultTotal: [21, 0, 0, 0, 0, 0, 21],
      carriedForward: [0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('table 四 (PDF p. 4): both identities fail as printed', () => {
    expectTable4(report, {
      review: [10, 1, 0, 0, 0],
      litigationDirect: [0, 0, 0, 0, 0],
      litigationAfterReview: [5, 0, 0, 0, 0],
    });
  });
});

describe('淮安市洪泽区 2024 (PDF text layer, 2019 table-三 layout)', () => {
  const { report } = loadFixture(REAL.hongze2024);

  it('table 二 (PDF pp. 2–3)', () => {
    expectTable2(report, { regulation: [0, 0, 0], normativeDocument: [3, 0, 8], license: 9487, penalty: 2776, enforcement: 84, fee: 7545 });
  });

  it('table 三 (PDF pp. 3–4): one （六）其他处理 row', () => {
    expectTable3(report, '2019', {
      new: [95, 0, 0, 0, 0, 0, 95],
      carriedOver: [0, 0, 0, 0, 0, 0, 0],
      granted: [50, 0, 0, 0, 0, 0, 50],
      partlyGranted: [9, 0, 0, 0, 0, 0, 9],
      refused1: [0, 0, 0, 0, 0, 0, 0],
      refused2: [0, 0, 0, 0, 0, 0, 0],
      refused3: [1, 0, 0, 0, 0, 0, 1],
      refused4: [0, 0, 0, 0, 0, 0, 0],
      refused5: [0, 0, 0, 0, 0, 0, 0],
      refused6: [1, 0, 0, 0, 0, 0, 1],
      refused7: [1, 0, 0, 0, 0, 0, 1],
      refused8: [0, 0, 0, 0, 0, 0, 0],
      unable1: [31, 0, 0, 0, 0, 0, 31],
      unable2: [1, 0, 0, 0, 0, 0, 1],
      unable3: [0, 0, 0, 0, 0, 0, 0],
      notProcessed1: [1, 0, 0, 0, 0, 0, 1],
      notProcessed2: [0, 0, 0, 0, 0, 0, 0],
      notProcessed3: [0, 0, 0, 0, 0, 0, 0],
      notProcessed4: [0, 0, 0, 0, 0, 0, 0],
      notProcessed5: [0, 0, 0, 0, 0, 0, 0],
      otherSingle: [0, 0, 0, 0, 0, 0, 0],
      resultTotal: [95, 0, 0, 0, 0, 0, 95],
      carriedForward: [0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('table 四 (PDF p. 4)', () => {
    expectTable4(report, {
      review: [1, 1, 0, 0, 2],
      litigationDirect: [1, 0, 0, 0, 1],
      litigationAfterReview: [2, 0, 1, 0, 3],
    });
  });
});

describe('淮安市 2024 (PDF text layer, 2021 layout): the clean control', () => {
  const { report } = loadFixture(REAL.huaian2024);

  it('table 二 (PDF pp. 3–4)', () => {
    expectTable2(report, {
      regulation: [1, 0, 11],
      normativeDocument: [8, 26, 66],
      license: 447228,
      penalty: 3985758,
      enforcement: 88283,
      fee: 96171.6,
    });
  });

  it('table 三 (PDF pp. 4–5)', () => {
    expectTable3(report, '2021', {
      new: [3001, 53, 0, 0, 61, 4, 3119],
      carriedOver: [34, 0, 0, 0, 0, 0, 34],
      granted: [1288, 21, 0, 0, 50, 3, 1362],
      partlyGranted: [447, 7, 0, 0, 0, 0, 454],
      refused1: [2, 0, 0, 0, 0, 0, 2],
      refused2: [30, 1, 0, 0, 0, 0, 31],
      refused3: [5, 0, 0, 0, 0, 0, 5],
      refused4: [6, 0, 0, 0, 0, 0, 6],
      refused5: [7, 1, 0, 0, 0, 0, 8],
      refused6: [12, 0, 0, 0, 0, 0, 12],
      refused7: [9, 0, 0, 0, 0, 0, 9],
      refused8: [105, 0, 0, 0, 0, 0, 105],
      unable1: [746, 12, 0, 0, 10, 1, 769],
      unable2: [11, 0, 0, 0, 0, 0, 11],
      unable3: [1, 0, 0, 0, 0, 0, 1],
      notProcessed1: [56, 6, 0, 0, 0, 0, 62],
      notProcessed2: [25, 0, 0, 0, 0, 0, 25],
      notProcessed3: [0, 0, 0, 0, 0, 0, 0],
      notProcessed4: [0, 0, 0, 0, 0, 0, 0],
      notProcessed5: [1, 0, 0, 0, 0, 0, 1],
      other1: [67, 3, 0, 0, 1, 0, 71],
      other2: [6, 0, 0, 0, 0, 0, 6],
      other3: [108, 2, 0, 0, 0, 0, 110],
      resultTotal: [2932, 53, 0, 0, 61, 4, 3050],
      carriedForward: [103, 0, 0, 0, 0, 0, 103],
    });
  });

  it('table 四 (PDF p. 5)', () => {
    expectTable4(report, {
      review: [72, 64, 178, 37, 351],
      litigationDirect: [13, 4, 8, 1, 26],
      litigationAfterReview: [12, 1, 1, 6, 20],
    });
  });
});

describe('parseCell: what a cell can hold', () => {
  const cell = (raw: string) => {
    const parsed: Partial<Cell> = { ...parseCell(raw, [10, 10 + raw.length]) };
    delete parsed.range;
    return parsed;
  };

  it('numbers, with full-width digits, thousands separators, decimals', () => {
    expect(cell('0')).toEqual({ raw: '0', kind: 'number', value: 0 });
    expect(cell('  7 ')).toEqual({ raw: '7', kind: 'number', value: 7 });
    expect(cell('１２')).toEqual({ raw: '１２', kind: 'number', value: 12 });
    expect(cell('1,234')).toEqual({ raw: '1,234', kind: 'number', value: 1234 });
    expect(cell('96171.6')).toEqual({ raw: '96171.6', kind: 'number', value: 96171.6 });
  });

  it('units and notes are kept apart from the value', () => {
    expect(cell('251000元')).toEqual({ raw: '251000元', kind: 'number', value: 251000, unit: '元' });
    expect(cell('0.5万元')).toEqual({ raw: '0.5万元', kind: 'number', value: 0.5, unit: '万元' });
    expect(cell('5件')).toEqual({ raw: '5件', kind: 'number', value: 5, unit: '件' });
    expect(cell('50（营业执照）')).toEqual({ raw: '50（营业执照）', kind: 'number', value: 50, note: '（营业执照）' });
  });

  it('blank, placeholders and text', () => {
    expect(cell('')).toEqual({ raw: '', kind: 'blank', value: null });
    for (const p of ['/', '／', '—', '-', '无', '不适用']) expect(cell(p)).toEqual({ raw: p, kind: 'placeholder', value: null });
    expect(cell('约50')).toEqual({ raw: '约50', kind: 'text', value: null });
    expect(cell('本年处理决定数量')).toEqual({ raw: '本年处理决定数量', kind: 'text', value: null });
  });

  it('keeps the range it was given', () => {
    expect(parseCell('3', [40, 41]).range).toEqual([40, 41]);
  });
});

describe('labelKey: comparing labels', () => {
  it('drops whitespace, folds widths, treats 、 and ， alike', () => {
    expect(labelKey('（二）部分公开 (区分处理的, 只计这一情形、不计其他情形)')).toBe(labelKey('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
    expect(labelKey('商业\n企业')).toBe('商业企业');
    expect(labelKey('第二十条第（一）项')).toBe('第二十条第(一)项');
  });
});
