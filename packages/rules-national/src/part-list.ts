import type { PartNumber } from '@xxgk-lint/core';
import { PART_TITLES, PART_TITLE_VARIANTS, labelKey, partOfTitle } from '@xxgk-lint/core';

/** one part title in a preamble's list, at [start, end) of the list's text */
export interface ListedTitle {
  number: PartNumber;
  title: string;
  start: number;
  end: number;
}

/** between two titles: "、" "，" "；", "以及", and "和/及/与" right before the last item (其他…) */
const SEPARATOR = /[、，,；;]|以及|(?:和|及|与)(?=其[他它])/g;
const EDGE_LEAD = /^[“”"'‘’《》（(和及与]+/;
const TRAIL_MARKS = '“”"\'‘’《》）)';
/**
 * The length of the piece's trailing quotes and brackets, with one "等"/"共"
 * among them: the longest suffix of the form marks* (等|共)? marks*, read
 * backwards once (the pattern /[…]*(?:等|共)?[…]*$/ re-read a long run of
 * marks from each of its characters).
 */
export function trailLength(raw: string): number {
  let i = raw.length;
  while (i > 0 && TRAIL_MARKS.includes(raw[i - 1])) i--;
  if (i > 0 && (raw[i - 1] === '等' || raw[i - 1] === '共')) {
    i--;
    while (i > 0 && TRAIL_MARKS.includes(raw[i - 1])) i--;
  }
  return raw.length - i;
}
/** what a writer puts before a title without changing which part it names */
const PREFIX = /^(?:政府信息公开|信息公开|行政机关)(?:工作)?/;

/**
 * The old 条例 (2007) wording of 四, 第三十二条: still written in 2019–2020
 * preambles (平潭市场监管局 2019), the same part in the statute's words.
 */
const STATUTORY_TITLES: Partial<Record<PartNumber, string[]>> = {
  4: ['因政府信息公开申请行政复议、提起行政诉讼的情况'],
};

function numberOf(title: string): PartNumber | null {
  return partOfTitle(title) ?? partOfTitle(labelKey(title).replace(PREFIX, ''));
}

/**
 * The titles of a list like "总体情况、主动公开政府信息情况、……以及其他需要报告的事项".
 * A title cut in two by its own "、" ("政府信息公开行政复议、行政诉讼情况")
 * is joined again: neighbouring pieces that name the same part are one title.
 */
export function listedTitles(list: string): ListedTitle[] {
  const pieces: { start: number; end: number; number: PartNumber | null }[] = [];
  const push = (from: number, to: number) => {
    const raw = list.slice(from, to);
    const lead = EDGE_LEAD.exec(raw)?.[0].length ?? 0;
    const trail = trailLength(raw.slice(lead));
    const start = from + lead;
    const end = Math.max(start, to - trail);
    if (end > start) pieces.push({ start, end, number: numberOf(list.slice(start, end)) });
  };
  let last = 0;
  for (const m of list.matchAll(SEPARATOR)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, list.length);

  const titles: ListedTitle[] = [];
  for (const piece of pieces) {
    if (piece.number === null) continue;
    const previous = titles[titles.length - 1];
    if (previous && previous.number === piece.number && previous.end <= piece.start && list.slice(previous.end, piece.start).length <= 1) {
      previous.end = piece.end;
      previous.title = list.slice(previous.start, previous.end);
      continue;
    }
    titles.push({ number: piece.number, title: list.slice(piece.start, piece.end), start: piece.start, end: piece.end });
  }
  return titles;
}

/**
 * The words that tell a title apart: "的", the conjunction between two
 * items (和、与、及) and a leading "政府信息公开（工作）" or "行政机关" are
 * left out, 其它 is 其他. "存在主要问题和改进情况" is the canonical 五;
 * "其他报告的事项" (需要 lost) is not the canonical 六.
 */
function looseKey(title: string): string {
  return labelKey(title)
    .replace(/其它/g, '其他')
    .replace(/的/g, '')
    .replace(/[和与及]/g, ',')
    .replace(PREFIX, '');
}

/** a listed title is the part's canonical title, an accepted variant or the statute's wording, up to looseKey */
export function titleAccepted(number: PartNumber, title: string): boolean {
  const key = looseKey(title);
  return [PART_TITLES[number], ...PART_TITLE_VARIANTS[number], ...(STATUTORY_TITLES[number] ?? [])].some((t) => looseKey(t) === key);
}
