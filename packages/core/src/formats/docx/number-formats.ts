/**
 * A list counter written the way Word writes it for a `w:numFmt` value
 * (ECMA-376 Part 1, 17.18.59 ST_NumberFormat). Formats a report never uses
 * fall back to decimal, as Word does for formats it cannot draw.
 */

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CIRCLED_IDEOGRAPHS = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十
 * (Word's chineseCounting; `legal` writes 壹贰叁… with 拾佰仟).
 */
function chineseCounting(n: number, legal = false): string {
  const digits = legal ? LEGAL_DIGITS : CHINESE_DIGITS;
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  if (n === 0) return digits[0];
  if (n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十一, not 一十一, when the number starts with the tens
    out += d === 1 && unit === units[1] && out === '' && !legal ? unit : digits[d] + unit;
  });
  return out;
}

/** 1 → a, 26 → z, 27 → aa, 28 → bb (Word repeats the letter) */
function letters(n: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** a symbol from a list for 1…length, the decimal number beyond it */
const fromList = (list: string, n: number) => ([...list][n - 1] ?? String(n));
/** a cycle (甲乙丙…癸甲…) */
const cycle = (list: string, n: number) => [...list][(((n - 1) % list.length) + list.length) % list.length];

const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The counter `n` in format `format`; '' for "none" and for bullets. */
export function formatCounter(n: number, format: string): string {
  if (n < 0) return String(n);
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return chineseCounting(n, true);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n === 0 ? '0' : cycle(HEAVENLY_STEMS, n);
    case 'ideographZodiac':
      return n === 0 ? '0' : cycle(EARTHLY_BRANCHES, n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return fromList(CIRCLED, n);
    case 'ideographEnclosedCircle':
      return fromList(CIRCLED_IDEOGRAPHS, n);
    case 'decimalEnclosedParen':
      return fromList(PARENTHESIZED, n);
    case 'decimalEnclosedFullstop':
      return fromList(FULL_STOP, n);
    case 'lowerLetter':
      return n === 0 ? '0' : letters(n, false);
    case 'upperLetter':
      return n === 0 ? '0' : letters(n, true);
    case 'lowerRoman':
      return n === 0 ? '0' : roman(n);
    case 'upperRoman':
      return n === 0 ? '0' : roman(n).toUpperCase();
    default:
      return String(n);
  }
}
