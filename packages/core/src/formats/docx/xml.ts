/**
 * A minimal, linear scan over the tags of an Office XML part (document.xml,
 * numbering.xml, styles.xml): element names, attributes and where each tag
 * is in the string. Text content is not read. A DOCTYPE is skipped, never
 * interpreted: no entity is expanded beyond the five predefined ones and
 * character references, so a crafted part cannot blow up.
 */

export interface XmlTag {
  kind: 'open' | 'close' | 'empty';
  /** the qualified name as written, e.g. "w:p" */
  name: string;
  /** offsets of the tag in the part: `xml.slice(start, end)` is `<…>` */
  start: number;
  end: number;
}

const NAME_END = /[\s/>]/;

function skipTo(xml: string, from: number, terminator: string): number {
  const at = xml.indexOf(terminator, from);
  return at < 0 ? xml.length : at + terminator.length;
}

/** the end of a DOCTYPE, past an internal subset in […] */
function skipDoctype(xml: string, from: number): number {
  let inSubset = false;
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') inSubset = true;
    else if (ch === ']') inSubset = false;
    else if (ch === '>' && !inSubset) return i + 1;
  }
  return xml.length;
}

/**
 * Calls `visit` for every element tag in document order (until it returns
 * true); comments, CDATA, PIs and DOCTYPE are skipped.
 */
export function scanTags(xml: string, visit: (tag: XmlTag) => boolean | void): void {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      i = skipTo(xml, lt + 4, '-->');
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      i = skipTo(xml, lt + 9, ']]>');
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      i = skipTo(xml, lt + 2, '?>');
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      i = skipDoctype(xml, lt + 2);
      continue;
    }
    // the tag's end: the first '>' outside a quoted attribute value
    let quote = '';
    let gt = -1;
    for (let k = lt + 1; k < xml.length; k++) {
      const ch = xml[k];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') {
        gt = k;
        break;
      }
    }
    if (gt < 0) return;
    const closing = xml[lt + 1] === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < gt && !NAME_END.test(xml[nameEnd])) nameEnd++;
    const name = xml.slice(nameStart, nameEnd);
    const kind = closing ? 'close' : xml[gt - 1] === '/' ? 'empty' : 'open';
    if (name && visit({ kind, name, start: lt, end: gt + 1 }) === true) return;
    i = gt + 1;
  }
}

const NAME_START = /[^\s=/"']/;
const ATTRIBUTE_NAME_END = /[\s=/"']/;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeValue(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return PREDEFINED[named];
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The attributes of a tag, values unescaped (one pass over the tag). */
export function attributesOf(xml: string, tag: XmlTag): Map<string, string> {
  const attributes = new Map<string, string>();
  const end = tag.end - 1;
  let i = tag.start + 1 + tag.name.length;
  while (i < end) {
    while (i < end && !NAME_START.test(xml[i])) i++;
    const nameStart = i;
    while (i < end && !ATTRIBUTE_NAME_END.test(xml[i])) i++;
    const name = xml.slice(nameStart, i);
    while (i < end && /\s/.test(xml[i])) i++;
    if (xml[i] !== '=') continue;
    i++;
    while (i < end && /\s/.test(xml[i])) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = xml.indexOf(quote, i + 1);
    if (close < 0 || close > end) break;
    if (name) attributes.set(name, unescapeValue(xml.slice(i + 1, close)));
    i = close + 1;
  }
  return attributes;
}

const WORDPROCESSING = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The prefixes a part uses for WordprocessingML and markup compatibility,
 * read from the namespace declarations of its root element ("w" and "mc"
 * when it declares none: Word and WPS always declare them there).
 */
export function prefixesOf(xml: string): { w: string; mc: string } {
  let root: XmlTag | undefined;
  scanTags(xml, (tag) => {
    if (tag.kind === 'close') return false;
    root = tag;
    return true;
  });
  const prefixes = { w: 'w', mc: 'mc' };
  if (!root) return prefixes;
  for (const [name, value] of attributesOf(xml, root)) {
    if (!name.startsWith('xmlns:')) continue;
    if (WORDPROCESSING.has(value)) prefixes.w = name.slice(6);
    else if (value === MARKUP_COMPATIBILITY) prefixes.mc = name.slice(6);
  }
  return prefixes;
}

/**
 * The open elements around the tag being visited, for a scan: `push`/`pop`
 * follow the tags; a stray closing tag is ignored, a missing one closes
 * with its parent.
 */
export class ElementStack {
  private readonly names: string[] = [];
  /** how many elements of each name are open: a stray closing tag costs nothing */
  private readonly open = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }

  /** the name `up` levels above the innermost open element (0 = innermost) */
  at(up: number): string | undefined {
    return this.names[this.names.length - 1 - up];
  }

  push(name: string): void {
    this.names.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }

  /** closes `name` and anything left open inside it; returns how many elements were closed */
  pop(name: string): number {
    if (!this.open.get(name)) return 0;
    let closed = 0;
    for (;;) {
      const top = this.names.pop() as string;
      this.open.set(top, (this.open.get(top) ?? 1) - 1);
      closed++;
      if (top === name) return closed;
    }
  }
}
