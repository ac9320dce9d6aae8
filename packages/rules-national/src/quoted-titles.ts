/**
 * Titles quoted in 《》 in running text, each with a key that leaves out its
 * years ("关于做好2023年度……的通知" and "关于做好23年度……的通知" share one), so
 * that two citations of one document can be matched whatever year they write.
 */

export interface QuotedTitle {
  /** prose indices of the title's text, between 《 and 》 */
  start: number;
  end: number;
  key: string;
  /** it writes a year in four digits */
  fullYear: boolean;
}

/** a 《 still open this far on is not a title's */
const LONGEST_TITLE = 100;

export function titleKey(title: string): string {
  return title.replace(/[0-9]{2,4}(?=年)/g, '');
}

/** every 《…》 in the text, in order (innermost titles of nested marks) */
export function quotedTitles(text: string): QuotedTitle[] {
  const titles: QuotedTitle[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') open = i;
    else if (text[i] === '》' && open >= 0) {
      if (i - open <= LONGEST_TITLE) {
        const title = text.slice(open + 1, i);
        titles.push({ start: open + 1, end: i, key: titleKey(title), fullYear: /[0-9]{4}年/.test(title) });
      }
      open = -1;
    }
  }
  return titles;
}
