import type { LintMessage, LintResult, RulesMeta } from '@xxgk-lint/core';
import { paragraphOf, SEVERITY_NAMES } from '@xxgk-lint/core';
import type { Blob } from 'node:buffer';
import type { Stream } from 'node:stream';
import type { Feature, Row, Sheet } from 'write-excel-file/node';
import { displayPath, excerptOf } from './common.js';

/** each column of 问题清单: its header, its width in characters, and its cell for a finding */
interface Column {
  header: string;
  width: number;
  cell(result: LintResult, m: LintMessage, shown: string, rulesMeta: RulesMeta): string | number | undefined;
}

/** what write-excel-file/node takes as a file's content (its own type is not exported) */
type FileContent = Stream | Buffer | Blob;

const FINDING_COLUMNS: Column[] = [
  { header: '文件', width: 36, cell: (_r, _m, shown) => shown },
  { header: '主体', width: 18, cell: (r) => r.report?.body },
  { header: '年度', width: 6, cell: (r) => r.report?.year },
  { header: '规则', width: 30, cell: (_r, m) => m.ruleId ?? '（读取）' },
  { header: '规则名称', width: 28, cell: (_r, m, _s, meta) => (m.ruleId === null ? '读取文件' : meta[m.ruleId]?.docs.description || m.ruleId) },
  { header: '级别', width: 6, cell: (_r, m) => SEVERITY_NAMES[m.xxgkSeverity] },
  { header: '位置', width: 28, cell: (_r, m) => m.where },
  { header: '页', width: 5, cell: (_r, m) => m.page },
  { header: '段', width: 5, cell: (r, m) => paragraphOf(r.filePath, m) },
  { header: '行', width: 6, cell: (_r, m) => m.line },
  { header: '列', width: 6, cell: (_r, m) => m.column },
  { header: '原文摘录', width: 40, cell: (r, m) => excerptOf(r, m) },
  { header: '说明', width: 80, cell: (_r, m) => m.message },
];

const SUMMARY_HEADER = ['文件', '主体', '年度', '错误', '警告', '提示', '结论'];
const SUMMARY_WIDTHS = [36, 18, 6, 6, 6, 6, 10];

function unreadable(r: LintResult): boolean {
  return r.messages.some((m) => m.fatal && m.ruleId === null);
}

/** 通过 (no error), 不通过 (errors), 未能检查 (the file could not be read or checked to the end) */
function verdict(r: LintResult): string {
  if (unreadable(r)) return '未能检查';
  return r.errorCount > 0 ? '不通过' : '通过';
}

const header = (labels: string[]): Row => labels.map((value) => ({ value, fontWeight: 'bold', backgroundColor: '#E8EEF4' }));

function findingRows(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string): Row[] {
  const rows: Row[] = [header(FINDING_COLUMNS.map((c) => c.header))];
  for (const r of results) {
    const shown = displayPath(r.filePath, cwd);
    for (const m of r.messages) rows.push(FINDING_COLUMNS.map((c) => c.cell(r, m, shown, rulesMeta) ?? null));
  }
  return rows;
}

function summaryRows(results: readonly LintResult[], cwd: string): Row[] {
  const rows: Row[] = [header(SUMMARY_HEADER)];
  for (const r of results) {
    rows.push([displayPath(r.filePath, cwd), r.report?.body ?? null, r.report?.year ?? null, r.errorCount, r.warningCount, r.infoCount, verdict(r)]);
  }
  return rows;
}

/** the column letters of a 1-based column number (1 → A, 27 → AA) */
function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** the header and rows of a sheet, e.g. A1:M9 */
function sheetRange(sheet: Sheet<FileContent>): string {
  return `A1:${columnLetters(sheet.data[0].length)}${sheet.data.length}`;
}

/**
 * An autofilter over each sheet's header and rows (write-excel-file has none
 * built in): `<autoFilter ref="A1:M9"/>` right after `</sheetData>`, where
 * the schema puts it when the sheet has no protection or scenarios, and the
 * hidden name _xlnm._FilterDatabase that Excel writes with it (LibreOffice
 * shows the filter only with the name).
 */
function autoFilter(sheets: Sheet<FileContent>[]): Feature<FileContent> {
  const names = sheets
    .map((sheet, i) => {
      const [from, to] = sheetRange(sheet).split(':').map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheet.sheet}'!${from}:${to}</definedName>`;
    })
    .join('');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml, _options, { sheetIndex }) {
            return xml.includes('<autoFilter') ? xml : xml.replace('</sheetData>', `</sheetData><autoFilter ref="${sheetRange(sheets[sheetIndex])}"/>`);
          },
        },
        'xl/workbook.xml': {
          transform(xml) {
            if (xml.includes('_xlnm._FilterDatabase')) return xml;
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
            if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${names}</definedNames>`);
            return xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}

/**
 * The findings as an Excel workbook: sheet 问题清单 (one row per finding,
 * with its place in words, page, paragraph and the quoted words) and sheet
 * 报告汇总 (one row per report with its counts and 通过/不通过), each with a
 * frozen bold header, column widths and an autofilter. A real .xlsx, so
 * Excel and WPS open it with a double click and no import dialog. The
 * library is loaded only when this format is asked for.
 */
export async function formatXlsx(results: readonly LintResult[], rulesMeta: RulesMeta, cwd: string): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const sheets: Sheet<FileContent>[] = [
    { sheet: '问题清单', data: findingRows(results, rulesMeta, cwd), columns: FINDING_COLUMNS.map((c) => ({ width: c.width })), stickyRowsCount: 1 },
    { sheet: '报告汇总', data: summaryRows(results, cwd), columns: SUMMARY_WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
  ];
  const buffer = await writeXlsxFile(sheets, { fontFamily: '等线', fontSize: 11, features: [autoFilter(sheets)] }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
