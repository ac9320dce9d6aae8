import { isWide, lastChar } from '../../text/chars.js';
import { formatCounter } from './number-formats.js';
import type { ListLevel, NumberingDefinitions, NumberingReference, StyleDefinitions } from './list-definitions.js';
import { MAX_LEVELS, readNumbering, readStyles } from './list-definitions.js';
import { ElementStack, attributesOf, prefixesOf, scanTags } from './xml.js';

/**
 * Word's automatic list numbering, rendered as Word displays it. A clerk's
 * "一、总体情况" is often "总体情况" in document.xml with the "一、" only in
 * numbering.xml (`chineseCounting`, `%1、`), reached through the paragraph's
 * `w:numPr` or its style's; mammoth drops it. Here each numbered paragraph
 * gets its number written in front of its text, as a run of its own, so
 * everything after (mammoth, the text view, paragraph numbers in findings)
 * reads the paragraph as the reader sees it.
 */

const MAX_STYLE_DEPTH = 32;

interface Resolved {
  numId: string;
  /** the list whose counters advance (a numbering-style link followed) */
  abstractId: string;
  level: number;
  def: ListLevel;
}

/** The list, level and counters behind paragraphs' `w:numPr`, in document order. */
class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(
    private readonly numbering: NumberingDefinitions,
    private readonly styles: StyleDefinitions,
  ) {}

  /** the list instance's abstract list, through `w:numStyleLink` (each link followed once) */
  private abstractOf(numId: string): { abstractId: string } | undefined {
    const seen = new Set<string>();
    let id = numId;
    for (;;) {
      if (seen.has(id)) return undefined;
      seen.add(id);
      const list = this.numbering.lists.get(id);
      const abstract = list && this.numbering.abstracts.get(list.abstractId);
      if (!list || !abstract) return undefined;
      if (abstract.styleLink === undefined) return { abstractId: list.abstractId };
      const linked = this.styles.numbering.get(abstract.styleLink)?.numId;
      if (linked === undefined) return undefined;
      id = linked;
    }
  }

  /** the numPr a paragraph style gives, through its `basedOn` chain */
  private styleNumbering(styleId: string | undefined): NumberingReference | undefined {
    const seen = new Set<string>();
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < MAX_STYLE_DEPTH && !seen.has(id); depth++) {
      seen.add(id);
      const style = this.styles.paragraph.get(id);
      if (!style) return undefined;
      if (style.numbering?.numId !== undefined) return style.numbering;
      id = style.basedOn;
    }
    return undefined;
  }

  /** the level of the list that names this paragraph style (`w:lvl/w:pStyle`) */
  private levelForStyle(abstractId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    const levels = this.numbering.abstracts.get(abstractId)?.levels ?? [];
    const at = levels.findIndex((l) => l?.style === styleId);
    return at >= 0 ? at : undefined;
  }

  private levelOf(numId: string, abstractId: string, level: number): ListLevel | undefined {
    return this.numbering.lists.get(numId)?.overrides.get(level)?.level ?? this.numbering.abstracts.get(abstractId)?.levels[level];
  }

  /** what numbering a paragraph has: its own numPr first (numId 0 = none), then its style's */
  resolve(direct: NumberingReference, styleId: string | undefined): Resolved | undefined {
    const style = styleId ?? this.styles.defaultParagraph;
    const fromStyle = direct.numId === undefined ? this.styleNumbering(style) : undefined;
    const numId = direct.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const list = this.abstractOf(numId);
    if (!list) return undefined;
    const level = direct.level ?? fromStyle?.level ?? this.levelForStyle(list.abstractId, style) ?? 0;
    const def = this.levelOf(numId, list.abstractId, level);
    return def ? { numId, abstractId: list.abstractId, level, def } : undefined;
  }

  /**
   * Advance the counters for a numbered paragraph and return its number as
   * Word shows it ("一、", "（二）", "1.2"), with the space Word's tab or
   * space suffix stands for after a narrow character; '' for bullets.
   */
  next(item: Resolved): string {
    let values = this.counters.get(item.abstractId);
    if (!values) {
      values = [];
      this.counters.set(item.abstractId, values);
    }
    // a list instance that restarts numbering (`w:startOverride`) does so where it is first used
    if (!this.started.has(item.numId)) {
      this.started.add(item.numId);
      for (const [level, override] of this.numbering.lists.get(item.numId)?.overrides ?? []) {
        if (override.start !== undefined) values[level] = override.start - 1;
      }
    }
    const start = (level: number) => this.levelOf(item.numId, item.abstractId, level)?.start ?? 1;
    values[item.level] = (values[item.level] ?? start(item.level) - 1) + 1;
    for (let deeper = item.level + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = this.levelOf(item.numId, item.abstractId, deeper)?.restart ?? deeper;
      if (restart !== 0 && item.level < restart) values[deeper] = undefined;
    }
    if (item.def.format === 'bullet') return '';
    const label = item.def.text.replace(/%([1-9])/g, (_, k: string) => {
      const level = Number(k) - 1;
      const def = this.levelOf(item.numId, item.abstractId, level);
      const format = item.def.legal ? 'decimal' : (def?.format ?? 'decimal');
      return formatCounter(values[level] ?? start(level), format);
    });
    if (label.trim() === '') return '';
    // Word's gap after a wide "一、" or "（一）" is layout, not a space in the text
    return item.def.suffix === 'nothing' || isWide(lastChar(label)) ? label : `${label} `;
  }
}

interface OpenParagraph {
  /** the element depth inside the paragraph: its children are at this depth */
  depth: number;
  /** where the number goes: after `w:pPr`, else after the start tag */
  insertAt: number;
  numbering: NumberingReference;
  style?: string;
  /** the paragraph mark is a deleted revision: the paragraph merges into the next one */
  deleted: boolean;
  done: boolean;
}

export interface NumberedDocument {
  /** document.xml with each number written as a run at the start of its paragraph */
  xml: string;
  /** the numbers written, in document order, for tests and diagnostics */
  labels: string[];
}

interface Edit {
  at: number;
  text: string;
  /** how many characters of the original the text replaces (0: an insertion) */
  replaces: number;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * document.xml (with numbering.xml and styles.xml, when the file has them)
 * → document.xml with the list numbers written in. Paragraphs in table cells
 * are numbered like any other; those in an mc:Choice are skipped (mammoth
 * reads the mc:Fallback copy of a text box, and Word counts it once).
 */
export function numberParagraphs(documentXml: string, numberingXml?: string, stylesXml?: string): NumberedDocument {
  const numbering = readNumbering(numberingXml);
  if (numbering.lists.size === 0) return { xml: documentXml, labels: [] };
  const counters = new ListCounters(numbering, readStyles(stylesXml));
  const { w, mc } = prefixesOf(documentXml);
  const n = (local: string) => `${w}:${local}`;
  const [P, PPR, NUMPR, RPR, VAL] = [n('p'), n('pPr'), n('numPr'), n('rPr'), n('val')];
  const CHOICE = `${mc}:Choice`;
  const run = (label: string) => `<${w}:r><${w}:t xml:space="preserve">${escapeText(label)}</${w}:t></${w}:r>`;

  const stack = new ElementStack();
  const open: OpenParagraph[] = [];
  const edits: Edit[] = [];
  const labels: string[] = [];
  let choiceDepth = 0;

  /** the paragraph's properties are all read: number it */
  const finish = (p: OpenParagraph, edit: (label: string) => Edit = (label) => ({ at: p.insertAt, text: run(label), replaces: 0 })) => {
    if (p.done) return;
    p.done = true;
    if (p.deleted || choiceDepth > 0) return;
    const item = counters.resolve(p.numbering, p.style);
    if (!item) return;
    const label = counters.next(item);
    if (label === '') return;
    labels.push(label);
    edits.push(edit(label));
  };

  scanTags(documentXml, (tag) => {
    const { name, kind } = tag;
    const p = open[open.length - 1];
    // where the tag is relative to the innermost open paragraph
    const at = (k: number) => stack.at(k);
    const paragraphChild = p !== undefined && stack.depth === p.depth;
    const inPPr = p !== undefined && stack.depth === p.depth + 1 && at(0) === PPR;
    const inNumPr = p !== undefined && stack.depth === p.depth + 2 && at(0) === NUMPR && at(1) === PPR;
    const inMarkRPr = p !== undefined && stack.depth === p.depth + 2 && at(0) === RPR && at(1) === PPR;

    if (kind === 'close') {
      if (inPPr && name === PPR) {
        p.insertAt = tag.end;
        finish(p);
      }
      if (name === CHOICE && stack.pop(name) > 0) choiceDepth--;
      else stack.pop(name);
      // paragraphs closed here (or left open by a parent's closing tag)
      while (open.length > 0 && open[open.length - 1].depth > stack.depth) finish(open.pop()!);
      return;
    }

    if (paragraphChild && name !== PPR) finish(p);
    if (name === P) {
      const paragraph: OpenParagraph = { depth: stack.depth + 1, insertAt: tag.end, numbering: {}, deleted: false, done: false };
      if (kind === 'empty') {
        // <w:p/>: only a style can number it; written out open to hold the run
        const start = documentXml.slice(tag.start, tag.end - 2).trimEnd();
        finish(paragraph, (label) => ({ at: tag.start, text: `${start}>${run(label)}</${P}>`, replaces: tag.end - tag.start }));
        return;
      }
      open.push(paragraph);
    } else if (paragraphChild && name === PPR && kind === 'empty') {
      p.insertAt = tag.end;
      finish(p);
    } else if (inPPr && name === n('pStyle')) {
      p.style = attributesOf(documentXml, tag).get(VAL);
    } else if (inNumPr) {
      const value = attributesOf(documentXml, tag).get(VAL);
      if (name === n('numId')) p.numbering.numId = value;
      else if (name === n('ilvl')) {
        const level = value === undefined ? Number.NaN : Number.parseInt(value, 10);
        if (Number.isInteger(level) && level >= 0 && level < MAX_LEVELS) p.numbering.level = level;
      }
    } else if (inMarkRPr && name === n('del')) {
      p.deleted = true;
    }
    if (kind === 'open') {
      stack.push(name);
      if (name === CHOICE) choiceDepth++;
    }
  });
  while (open.length > 0) finish(open.pop()!);
  return { xml: applyEdits(documentXml, edits), labels };
}

/** the edits are in document order and do not overlap */
function applyEdits(xml: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return xml;
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits) {
    parts.push(xml.slice(from, edit.at), edit.text);
    from = edit.at + edit.replaces;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}
