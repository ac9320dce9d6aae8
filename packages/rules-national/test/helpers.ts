/**
 * A complete, valid national-format annual report (国办公开办函〔2021〕30号),
 * built line by line, with parameters to change one thing at a time: a test's
 * invalid case differs from its valid case by exactly the defect under test.
 *
 * Plain text (report.txt) by default, tables tab-separated as Word/WPS copy
 * them; `markdown: true` gives `#`/`##` headings and GFM tables (lint it with
 * filePath 'x.md').
 *
 * Lines of the default plain-text report, as the tests' positions use them
 * (helpers.test.ts pins them):
 *   1 title · 3 preamble · 5 contact · 7 一、 · 11 （一）主动公开…156条 ·
 *   21 二、 · 23–36 table 二 (25 规章, 29 行政许可, 32 行政处罚) ·
 *   38 三、 · 40–72 table 三 (40–42 header, 43 一, 46 （一）, 58 （四）1, 71 （七）总计, 72 四) ·
 *   74 四、 · 76–79 table 四 (79 data) · 81 五、 · 87 六、 · 89 fee sentence · 95–96 signature.
 * Markdown adds a delimiter row to each table: table 三's （七）总计 is line 73, 六、 line 90.
 */

import type { Table2Row as T2Row, Table3Row } from '@xxgk-lint/core';

/** the rows of the 2021 layout (the 2019 single （六） row is not built here) */
export type T3Row = Exclude<Table3Row, 'otherSingle'>;
export type { T2Row };

export type PartNo = 1 | 2 | 3 | 4 | 5 | 6;
export type Cells = (string | number)[];

export const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;

export const HEADINGS: Record<PartNo, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};


export const TABLE2_DEFAULT: Record<T2Row, Cells> = {
  regulation: [0, 0, 0],
  normativeDocument: [2, 0, 5],
  license: [36],
  penalty: [12],
  enforcement: [0],
  fee: [0],
};


const Z: Cells = [0, 0, 0, 0, 0, 0, 0];

/**
 * Balanced figures: 一+二 = 6+1 = 7 = （七）6 + 四 1; every row's 总计 is the
 * sum of its six applicant columns; （七） is the sum of the result items.
 */
export const TABLE3_DEFAULT: Record<T3Row, Cells> = {
  new: [5, 1, 0, 0, 0, 0, 6],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [2, 1, 0, 0, 0, 0, 3],
  partlyGranted: [1, 0, 0, 0, 0, 0, 1],
  refused1: Z, refused2: Z, refused3: Z,
  refused4: [1, 0, 0, 0, 0, 0, 1],
  refused5: Z, refused6: Z, refused7: Z, refused8: Z,
  unable1: [1, 0, 0, 0, 0, 0, 1],
  unable2: Z, unable3: Z,
  notProcessed1: Z, notProcessed2: Z, notProcessed3: Z, notProcessed4: Z, notProcessed5: Z,
  other1: Z, other2: Z, other3: Z,
  resultTotal: [5, 1, 0, 0, 0, 0, 6],
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
};

/** 复议 1 维持 = 1; 直接起诉 1 尚未审结 = 1; 复议后起诉 0 */
export const TABLE4_DEFAULT: Cells = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];

type Row = string[];

function table2Rows(values: Record<T2Row, Cells>): Row[] {
  const one = (label: string, v: Cells): Row => [label, String(v[0] ?? ''), '', ''];
  const three = (label: string, v: Cells): Row => [label, ...[0, 1, 2].map((i) => String(v[i] ?? ''))];
  return [
    ['第二十条第（一）项', '', '', ''],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    three('规章', values.regulation),
    three('行政规范性文件', values.normativeDocument),
    ['第二十条第（五）项', '', '', ''],
    ['信息内容', '本年处理决定数量', '', ''],
    one('行政许可', values.license),
    ['第二十条第（六）项', '', '', ''],
    ['信息内容', '本年处理决定数量', '', ''],
    one('行政处罚', values.penalty),
    one('行政强制', values.enforcement),
    ['第二十条第（八）项', '', '', ''],
    ['信息内容', '本年收费金额（单位：万元）', '', ''],
    one('行政事业性收费', values.fee),
  ];
}

/** label of each data row of table 三, as the national format prints it */
export const TABLE3_LABELS: [T3Row, string][] = [
  ['new', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '（一）予以公开'],
  ['partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['refused1', '1.属于国家秘密'],
  ['refused2', '2.其他法律行政法规禁止公开'],
  ['refused3', '3.危及“三安全一稳定”'],
  ['refused4', '4.保护第三方合法权益'],
  ['refused5', '5.属于三类内部事务信息'],
  ['refused6', '6.属于四类过程性信息'],
  ['refused7', '7.属于行政执法案卷'],
  ['refused8', '8.属于行政查询事项'],
  ['unable1', '1.本机关不掌握相关政府信息'],
  ['unable2', '2.没有现成信息需要另行制作'],
  ['unable3', '3.补正后申请内容仍不明确'],
  ['notProcessed1', '1.信访举报投诉类申请'],
  ['notProcessed2', '2.重复申请'],
  ['notProcessed3', '3.要求提供公开出版物'],
  ['notProcessed4', '4.无正当理由大量反复申请'],
  ['notProcessed5', '5.要求行政机关确认或重新出具已获取信息'],
  ['other1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other3', '3.其他'],
  ['resultTotal', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
];

/** group labels printed above the first row of each group (no numbers of their own) */
const TABLE3_GROUPS: Partial<Record<T3Row, string>> = {
  granted: '三、本年度办理结果',
  refused1: '（三）不予公开',
  unable1: '（四）无法提供',
  notProcessed1: '（五）不予处理',
  other1: '（六）其他处理',
};

const blank = (n: number): string[] => Array.from({ length: n }, () => '');

function table3Rows(values: Record<T3Row, Cells>, drop: T3Row[]): Row[] {
  const rows: Row[] = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', ...blank(6)],
    ['', '自然人', '法人或其他组织', ...blank(4), '总计'],
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ];
  for (const [key, label] of TABLE3_LABELS) {
    const group = TABLE3_GROUPS[key];
    if (group) rows.push([group, ...blank(7)]);
    if (drop.includes(key)) continue;
    rows.push([label, ...values[key].map(String)]);
  }
  return rows;
}

function table4Rows(values: Cells): Row[] {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    ['行政复议', ...blank(4), '行政诉讼', ...blank(9)],
    [...blank(5), '未经复议直接起诉', ...blank(4), '复议后起诉', ...blank(4)],
    [...heads, ...heads, ...heads],
    values.map(String),
  ];
}

function tsv(rows: Row[]): string[] {
  return rows.map((r) => r.join('\t'));
}

function gfm(rows: Row[]): string[] {
  const line = (r: Row) => `| ${r.join(' | ')} |`;
  return [line(rows[0]), `|${rows[0].map(() => ' --- ').join('|')}|`, ...rows.slice(1).map(line)];
}

export const BODY = '平安县和顺镇人民政府';
export const YEAR = 2023;

export const PREAMBLE =
  '本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告统计期限为2023年1月1日至12月31日。';

export const CONTACT = '如对本报告有疑问，请联系和顺镇党政办公室（地址：平安县和顺镇人民路8号，电话：0531-87654321）。';

export const OVERVIEW = [
  '2023年，和顺镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
  '（一）主动公开。全年主动公开政府信息156条，其中政府网站98条、政务新媒体40条、公开栏等其他渠道18条。',
  '（二）依申请公开。全年新收政府信息公开申请6件，上年结转1件，均在法定期限内答复。',
  '（三）政府信息管理。建立信息发布前保密审查制度，全年清理规范性文件7件。',
  '（四）政府信息公开平台建设。及时更新镇政府信息公开专栏和公开栏，确保信息准确、及时。',
  '（五）监督保障。将政务公开工作纳入年度工作考核，开展社会评议，全年未发生责任追究情况。',
];

export const IMPROVEMENT = [
  '存在的主要问题：一是部分信息公开不够及时；二是政策解读形式较为单一。',
  '改进措施：一是建立信息发布台账，每月核对更新情况；二是采用图解、问答等方式开展政策解读。',
];

export const FEE = '（一）本年度未收取信息处理费。';

export const OTHER = [
  '（二）认真落实上级年度政务公开工作要点，按期完成各项任务，创新开展图解式政策解读。',
  '（三）本年度无人大代表建议和政协提案办理事项。',
];

export interface ReportOptions {
  /** title lines; null = no title. Default: one line "{body}{year}年政府信息公开工作年度报告" */
  title?: string[] | null;
  /** the paragraph after the title; null drops it */
  preamble?: string | null;
  /** the contact sentence after the preamble; null drops it */
  contact?: string | null;
  /** parts in the order written; leave one out to drop it, repeat one to duplicate it */
  order?: PartNo[];
  /** heading lines as written, e.g. { 3: '三、依申请公开情况' }; default "{numeral}、{canonical}" */
  headings?: Partial<Record<PartNo, string>>;
  /**
   * replace a part's body (lines under its heading). Bodies of 二/三/四 and bodies
   * holding table lines are written line by line as given; other lines become
   * paragraphs separated by blank lines.
   */
  bodies?: Partial<Record<PartNo, string[]>>;
  /** table cells as written (numbers or text) */
  table2?: Partial<Record<T2Row, Cells>>;
  table3?: Partial<Record<T3Row, Cells>>;
  /** leave these data rows out of table 三 */
  dropTable3Rows?: T3Row[];
  table4?: Cells;
  /** the 信息处理费 sentence in 六 */
  fee?: string | null;
  /** the signature block at the end; null drops it */
  signature?: string[] | null;
  /** Markdown: `#` title, `##` part headings, GFM tables */
  markdown?: boolean;
}

/** the lines of one table as report() writes it (to move a table elsewhere, or lint it alone) */
export function tableLines(kind: 'table2' | 'table3' | 'table4', options: ReportOptions = {}): string[] {
  const table = options.markdown ? gfm : tsv;
  if (kind === 'table2') return table(table2Rows({ ...TABLE2_DEFAULT, ...options.table2 }));
  if (kind === 'table3') return table(table3Rows({ ...TABLE3_DEFAULT, ...options.table3 }, options.dropTable3Rows ?? []));
  return table(table4Rows(options.table4 ?? TABLE4_DEFAULT));
}

/** heading of part n as the default report writes it (without markdown markers) */
export function heading(n: PartNo): string {
  return `${NUMERALS[n - 1]}、${HEADINGS[n]}`;
}

export function report(options: ReportOptions = {}): string {
  const md = options.markdown ?? false;
  const lines: string[] = [];
  const title = options.title === undefined ? [`${BODY}${YEAR}年政府信息公开工作年度报告`] : options.title;
  if (title) {
    lines.push(...(md ? title.map((t, i) => (i === 0 ? `# ${t}` : t)) : title), '');
  }
  const preamble = options.preamble === undefined ? PREAMBLE : options.preamble;
  if (preamble !== null) lines.push(preamble, '');
  const contact = options.contact === undefined ? CONTACT : options.contact;
  if (contact !== null) lines.push(contact, '');

  const fee = options.fee === undefined ? FEE : options.fee;
  const defaultBodies: Record<PartNo, string[]> = {
    1: OVERVIEW,
    2: tableLines('table2', options),
    3: tableLines('table3', options),
    4: tableLines('table4', options),
    5: IMPROVEMENT,
    6: [...(fee === null ? [] : [fee]), ...OTHER],
  };
  for (const n of options.order ?? [1, 2, 3, 4, 5, 6]) {
    const h = options.headings?.[n] ?? heading(n);
    lines.push(md ? `## ${h}` : h, '');
    const body = options.bodies?.[n] ?? defaultBodies[n];
    // the bodies of 二/三/四 (tables) and any body holding table lines are written as given;
    // prose paragraphs are separated by blank lines
    if ((n >= 2 && n <= 4) || body.some((l) => l.includes('\t') || l.startsWith('|'))) lines.push(...body, '');
    else for (const p of body) lines.push(p, '');
  }
  const signature = options.signature === undefined ? [BODY, '2024年1月20日'] : options.signature;
  if (signature) lines.push(...signature, '');
  return lines.join('\n');
}

/** 1-based line/column of the nth (1-based) occurrence of needle: for working out expected positions */
export function locate(code: string, needle: string, nth = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = code.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” 第 ${nth} 次出现找不到`);
  }
  const pos = (offset: number) => {
    const before = code.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  const s = pos(at);
  const e = pos(at + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** like locate(), for needle inside the first occurrence of a longer, unique context */
export function locateIn(code: string, context: string, needle: string): { line: number; column: number; endLine: number; endColumn: number } {
  const at = code.indexOf(context);
  if (at < 0) throw new Error(`“${context}” 找不到`);
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`“${needle}” 不在 “${context}” 里`);
  const pos = (offset: number) => {
    const before = code.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  const s = pos(at + inner);
  const e = pos(at + inner + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
