import type { AnnualReport, NormalizedText, Range, Rule } from '@xxgk-lint/core';
import { chineseNumeral, chineseNumeralValue, inChrome, isBreak } from '@xxgk-lint/core';
import { docsUrl } from '../docs.js';

/** Markdown markers and indentation before a line's text */
const MARKERS = /^(?:#{1,6}[ \t]+|>[ \t]*|\*\*|__|[ \t\u3000]+)*/;
/** "二、主动公开", "（三）政府信息管理", "1.信息发布情况" at the start of a line */
const TOP = /^([一二三四五六七八九十]{1,2})[ \t]*、[ \t]*(\S[^\n]*)/;
const SECOND = /^[（(][ \t]*[一二三四五六七八九十]{1,2}[ \t]*[）)]/;
const THIRD = /^([0-9]{1,2})[ \t]*[.．、](?![0-9])[ \t]*\S/;
/** table labels that a PDF text layer leaves outside the tables ("一、本年新收政府信息公开申请数量") */
/** the numbered items of table 三 ("1.属于国家秘密"), when a PDF text layer leaves them outside the table */
const TABLE_ITEMS = /国家秘密|禁止公开|三安全一稳定|第三方合法权益|内部事务|过程性信息|执法案卷|查询事项|不掌握|另行制作|补正后|信访举报|重复申请|公开出版物|大量反复|重新出具|不补正|缴纳费用|^[0-9]{1,2}[ \t]*[.．、][ \t]*其他[ \t]*$/;
const TABLE_WORDS = /数量|结转|办理结果|予以公开|部分公开|不予|无法提供|不予处理|其他处理|总计|合计|国家秘密|第二十条|本年制发|处理决定/;
/**
 * the five topics of 一、总体情况 (国办公开办函〔2021〕30号), short as a sub-heading
 * writes them: "主动公开", "依申请公开情况", "政府信息公开平台建设。"
 */
const OVERVIEW_TOPIC = /^(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|(?:政府信息公开)?监督保障)(?:工作)?(?:情况)?(?:[。.：:]|$)/;

/** the characters MARKERS can start with: a line starting otherwise has no marker */
const MARKER_START = new Set([...'#>*_ \t\u3000'].map((c) => c.charCodeAt(0)));

/** body.trim() === '', without trimming a line that starts with a printable ASCII or a CJK character */
function isBlank(body: string): boolean {
  const first = body.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x3001 && first <= 0xfefe)) return false;
  return body.trim() === '';
}

const NUMERAL_CODES = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** the first character of a line TOP, SECOND, THIRD or 附件/附表 may match */
function mayBeNumbered(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x28 || code === 0xff08 || code === 0x9644 || NUMERAL_CODES.has(code);
}

/** the offset is a character of the running text (not of a table, a code span…) */
function inProse(prose: NormalizedText, offset: number): boolean {
  const i = prose.indexFrom(offset);
  return i < prose.map.length && prose.map[i] === offset;
}

interface NumberedLine {
  /** 0: a line "附件：…" (what follows is a list of attachments, not the part's sub-levels) */
  level: 0 | 1 | 2 | 3;
  /** 一、 → 1 (level 1), 1. → 1 (level 3); level 2 is not read */
  value: number;
  written: string;
  title: string;
  /** the numbering as written ("二、", "1.") */
  range: Range;
  at: number;
}

/**
 * The numbered lines that start a paragraph in the running text, in order.
 * A crawler's flattened page has none (its numbering is not on lines of its
 * own): it is not judged.
 */
function numberedLines(text: string, report: AnnualReport, lineCount: number, lineRange: (line: number) => [number, number]): NumberedLine[] {
  const out: NumberedLine[] = [];
  const tables = Object.values(report.tables).map((t) => t.range);
  const headings = new Set(report.parts.map((p) => p.heading.range[0]));
  /** the last line that was not blank, untrimmed (trimmed only when a numbered line asks for it) */
  let previousBody = '';
  let blank = true;
  for (let line = 1; line <= lineCount; line++) {
    const [start, end] = lineRange(line);
    const raw = text.slice(start, end);
    const lead = MARKER_START.has(raw.charCodeAt(0)) ? (MARKERS.exec(raw)?.[0].length ?? 0) : 0;
    const at = start + lead;
    const rest = raw.slice(lead);
    const last = rest.charCodeAt(rest.length - 1);
    const body = last === 0x2a || last === 0x5f ? rest.replace(/[*_]+$/, '') : rest;
    const afterBlank = blank;
    blank = isBlank(body);
    if (blank) continue;
    const beforeBody = previousBody;
    previousBody = body;
    // only a line starting 一…十, （, (, a digit or 附 can be numbered: the others need no more reading
    if (!mayBeNumbered(body.charCodeAt(0))) continue;
    const before = beforeBody.trim();
    // a plain-text "1. " is read as a list item, its number as the list's marker: test the text after it
    const textAt = at + (/^[0-9]{1,2}[.．][ \t]+/.exec(body)?.[0].length ?? 0);
    if (!inProse(report.prose, textAt) || inChrome(report.chrome, at) || inChrome(tables, at)) continue;
    // a paragraph starts here: a part heading, or the line before was blank, ended a sentence or was a heading
    const paragraph = headings.has(at) || afterBlank || isBreak(before.at(-1), { semicolons: true, colons: true }) || before.length <= 25;
    if (!paragraph) continue;
    let m = TOP.exec(body);
    if (m) {
      if (TABLE_WORDS.test(m[2])) continue;
      const numberEnd = body.indexOf('、') + 1;
      out.push({ level: 1, value: chineseNumeralValue(m[1]) ?? 0, written: `${m[1]}、`, title: m[2].trim(), range: [at, at + numberEnd], at });
      continue;
    }
    if (/^附[件表]/.test(body)) {
      out.push({ level: 0, value: 0, written: '', title: '', range: [at, at], at });
      continue;
    }
    if (SECOND.test(body)) {
      out.push({ level: 2, value: 0, written: '', title: '', range: [at, at], at });
      continue;
    }
    m = THIRD.exec(body);
    if (m && !TABLE_ITEMS.test(body) && !/\d[ \t]+\d[ \t]+\d/.test(body)) {
      const numberEnd = /^[0-9]{1,2}[ \t]*[.．、]/.exec(body)![0].length;
      out.push({ level: 3, value: Number(m[1]), written: body.slice(0, numberEnd).trim(), title: '', range: [at, at + numberEnd], at });
    }
  }
  return out;
}

export const numberingSequence: Rule = {
  meta: {
    type: 'layout',
    defaultSeverity: 'warn',
    docs: {
      description: '各部分标题“一、”至“六、”依次编号，不中途从“一、”重新编起；总体情况的五个方面写作“（一）”至“（五）”；“一、”之下先用“（一）”再用“1.”',
      url: docsUrl('numbering-sequence'),
      basis: ['GB/T 9704—2012《党政机关公文格式》7.3.3 正文（结构层次序数依次用“一、”“（一）”“1.”“（1）”）', '国办公开办函〔2021〕30号（总体情况的五个方面是第一部分之下的内容）'],
      category: 'writing',
    },
    messages: {
      restart:
        '“{{written}}{{title}}”又从“{{written}}”编起，而前面已编到“{{previous}}、”：第一层序号“一、”至“六、”只用于六个部分。这是“{{part}}”之下的一层，请改为“（一）”“（二）”……',
      overviewTopic:
        '“{{written}}{{title}}”是“一、总体情况”之下的一个方面，却用了第一层序号“{{written}}”：请改为“（{{expected}}）”，第一层序号只用于六个部分。',
      skipped:
        '“{{written}}”直接写在“{{part}}”之下，中间没有“（一）”这一层：请改为“（一）”“（二）”……，或在前面加上“（一）”一层（GB/T 9704—2012 7.3.3：一、（一）1.（1）依次使用）。',
    },
  },
  create(context) {
    return {
      Report(report) {
        // only where the parts were read from heading lines of their own: elsewhere the lines are not the report's
        // (more than twelve parts is not the six parts of a report, each once or twice)
        if (report.parts.length < 3 || report.parts.length > 12 || report.parts.some((p) => p.found !== 'heading')) return;
        const { text, lines } = context.sourceCode;
        const numbered = numberedLines(text, report, lines.lineCount, (line) => lines.lineRange(line));
        const partHeadings = new Set(report.parts.map((p) => p.heading.range[0]));
        const partAt = (offset: number) => {
          let found: (typeof report.parts)[number] | undefined;
          for (const p of report.parts) if (p.range[0] <= offset) found = p;
          return found;
        };
        const restarted = new Set<number>();
        let highest = 0;
        let overviewOpen = false;
        let topicCount = 0;
        for (const line of numbered) {
          if (line.level === 2 && overviewOpen) topicCount++;
          if (line.level !== 1) continue;
          const isPart = partHeadings.has(line.at);
          const part = partAt(line.at);
          const topic = OVERVIEW_TOPIC.test(line.title.replace(/\s+/g, ''));
          // the model reads "二、主动公开" as part 二 when the real part 二 comes again later
          const twice = isPart && part && report.parts.filter((p) => p.number === part.number).length > 1 && part.heading.range[0] === line.at;
          if (isPart && part && !(overviewOpen && topic && twice)) {
            overviewOpen = part.number === 1;
            topicCount = 0;
            highest = Math.max(highest, line.value);
            continue;
          }
          // "二、主动公开" under 一、总体情况, before the second part
          if (overviewOpen && topic) {
            topicCount++;
            context.report({
              messageId: 'overviewTopic',
              data: { written: line.written, title: line.title.split(/[。：:]/)[0], expected: chineseNumeral(topicCount) },
              range: line.range,
            });
            continue;
          }
          if (highest >= 2 && line.value <= highest && part && line.value === 1) {
            const title = line.title.split(/[。：:，,]/)[0].slice(0, 20);
            context.report({
              messageId: 'restart',
              data: { written: line.written, title, previous: chineseNumeral(highest), part: `${chineseNumeral(part.number)}、${part.heading.title}` },
              range: line.range,
            });
            restarted.add(part.number);
          }
        }
        // 1. straight under a part with no （一） before it (only in the parts of running text: 一、五、六)
        const seenInPart = new Map<number, { second: boolean; first?: NumberedLine; count: number; closed?: boolean }>();
        for (const line of numbered) {
          const part = partAt(line.at);
          if (!part || ![1, 5, 6].includes(part.number) || restarted.has(part.number)) continue;
          if (line.level === 1) {
            if (partHeadings.has(line.at)) seenInPart.set(part.number, { second: false, count: 0 });
            continue;
          }
          const state = seenInPart.get(part.number);
          if (!state || state.closed) continue;
          if (line.level === 0) state.closed = true;
          else if (line.level === 2) state.second = true;
          else if (!state.second) {
            if (state.count === 0 && line.value === 1) state.first = line;
            if (state.first && line.value === state.count + 1) state.count++;
          }
        }
        for (const [number, state] of seenInPart) {
          // a list of at least two (1. 2.) with no （一） anywhere in the part before it
          if (!state.first || state.count < 2) continue;
          const part = report.part(number as 1 | 5 | 6)!;
          context.report({
            messageId: 'skipped',
            data: { written: state.first.written, part: `${chineseNumeral(number)}、${part.heading.title}` },
            range: state.first.range,
          });
        }
      },
    };
  },
};
