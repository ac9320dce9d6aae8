import type { XmlTag } from './xml.js';
import { ElementStack, attributesOf, prefixesOf, scanTags } from './xml.js';

/** One level of a Word list (`w:lvl`). */
export interface ListLevel {
  start: number;
  /** `w:numFmt`: decimal, chineseCounting, bullet, none… */
  format: string;
  /** `w:lvlText`: "%1、", "（%2）", "%1.%2" */
  text: string;
  /** `w:lvlRestart` (1-based level after which this level starts again; 0 = never); absent: after any higher level */
  restart?: number;
  /** `w:pStyle`: the paragraph style this level belongs to */
  style?: string;
  /** `w:isLgl`: every level in the text written as decimal */
  legal: boolean;
  /** `w:suff`: what Word puts between the number and the text */
  suffix: 'tab' | 'space' | 'nothing';
}

export interface AbstractList {
  levels: (ListLevel | undefined)[];
  /** `w:numStyleLink`: the levels are those of the list behind this numbering style */
  styleLink?: string;
}

export interface ListInstance {
  abstractId: string;
  /** `w:lvlOverride` per level: a new start value, or a whole new level */
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractList>;
  /** `w:num` by numId */
  lists: Map<string, ListInstance>;
}

/** `w:numPr` as written: either part may be missing */
export interface NumberingReference {
  numId?: string;
  level?: number;
}

export interface ParagraphStyle {
  basedOn?: string;
  numbering?: NumberingReference;
}

export interface StyleDefinitions {
  paragraph: Map<string, ParagraphStyle>;
  /** the style of a paragraph that names none */
  defaultParagraph?: string;
  /** numbering styles (`w:type="numbering"`): the list a `w:numStyleLink` points to */
  numbering: Map<string, NumberingReference>;
}

export const MAX_LEVELS = 9;

const levelIndex = (value: string | undefined): number | undefined => {
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isInteger(n) && n >= 0 && n < MAX_LEVELS ? n : undefined;
};

const integer = (value: string | undefined): number | undefined => {
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isInteger(n) ? n : undefined;
};

/** `<w:isLgl/>` and `<w:isLgl w:val="1"/>` are on; "0", "false", "off" are off */
const isOn = (value: string | undefined) => value === undefined || !/^(0|false|off)$/i.test(value);

/** names of a part, written with the prefixes that part declares */
function namesOf(xml: string) {
  const { w, mc } = prefixesOf(xml);
  const n = (local: string) => `${w}:${local}`;
  return { n, val: n('val'), mc: (local: string) => `${mc}:${local}` };
}

function newLevel(): ListLevel {
  return { start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab' };
}

/** `word/numbering.xml` → the lists (abstractNum) and their instances (num). */
export function readNumbering(xml: string | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstracts: new Map(), lists: new Map() };
  if (!xml) return definitions;
  const { n, val, mc } = namesOf(xml);
  const stack = new ElementStack();
  let abstract: AbstractList | undefined;
  let list: ListInstance | undefined;
  let override: { start?: number; level?: ListLevel } | undefined;
  let level: ListLevel | undefined;

  const onElement = (tag: XmlTag) => {
    const name = tag.name;
    const parent = stack.at(0);
    const value = () => attributesOf(xml, tag).get(val);
    if (name === n('abstractNum')) {
      abstract = { levels: [] };
      const id = attributesOf(xml, tag).get(n('abstractNumId'));
      if (id !== undefined) definitions.abstracts.set(id, abstract);
    } else if (name === n('num')) {
      list = { abstractId: '', overrides: new Map() };
      const id = attributesOf(xml, tag).get(n('numId'));
      if (id !== undefined) definitions.lists.set(id, list);
    } else if (name === n('abstractNumId') && list && parent === n('num')) {
      list.abstractId = value() ?? '';
    } else if (name === n('lvlOverride') && list && parent === n('num')) {
      const index = levelIndex(attributesOf(xml, tag).get(n('ilvl')));
      override = index === undefined ? undefined : {};
      if (override) list.overrides.set(index!, override);
    } else if (name === n('startOverride') && override && parent === n('lvlOverride')) {
      override.start = integer(value());
    } else if (name === n('lvl')) {
      const index = levelIndex(attributesOf(xml, tag).get(n('ilvl'))) ?? 0;
      level = newLevel();
      if (parent === n('abstractNum') && abstract) abstract.levels[index] = level;
      else if (parent === n('lvlOverride') && override) override.level = level;
      else level = undefined;
    } else if (level && parent === n('lvl')) {
      readLevelProperty(level, name, value, n);
    } else if (level && name === n('numFmt') && (parent === mc('Choice') || parent === mc('Fallback')) && stack.at(2) === n('lvl')) {
      // Word 2010+ writes a "custom" format (01, 02…) in mc:Choice and a standard one in mc:Fallback
      const format = value();
      if (format && format !== 'custom') level.format = format;
    } else if (name === n('numStyleLink') && abstract && parent === n('abstractNum')) {
      abstract.styleLink = value();
    }
  };

  scanTags(xml, (tag) => {
    if (tag.kind === 'close') {
      if (tag.name === n('lvl')) level = undefined;
      else if (tag.name === n('lvlOverride')) override = undefined;
      else if (tag.name === n('abstractNum')) abstract = undefined;
      else if (tag.name === n('num')) list = undefined;
      stack.pop(tag.name);
      return;
    }
    onElement(tag);
    if (tag.kind === 'open') stack.push(tag.name);
    else if (tag.name === n('lvl')) level = undefined;
  });
  return definitions;
}

/** A property (a direct child) of the level being read. */
function readLevelProperty(level: ListLevel, name: string, value: () => string | undefined, n: (local: string) => string): void {
  if (name === n('start')) level.start = integer(value()) ?? level.start;
  else if (name === n('numFmt')) {
    const format = value();
    if (format && format !== 'custom') level.format = format;
  } else if (name === n('lvlText')) level.text = value() ?? '';
  else if (name === n('lvlRestart')) level.restart = integer(value());
  else if (name === n('pStyle')) level.style = value();
  else if (name === n('isLgl')) level.legal = isOn(value());
  else if (name === n('suff')) {
    const suffix = value();
    if (suffix === 'space' || suffix === 'nothing' || suffix === 'tab') level.suffix = suffix;
  }
}

/** `word/styles.xml` → paragraph styles (basedOn, numPr), the default one, numbering styles. */
export function readStyles(xml: string | undefined): StyleDefinitions {
  const styles: StyleDefinitions = { paragraph: new Map(), numbering: new Map() };
  if (!xml) return styles;
  const { n, val } = namesOf(xml);
  const stack = new ElementStack();
  let style: { type: string; id: string; def: ParagraphStyle } | undefined;
  scanTags(xml, (tag) => {
    if (tag.kind === 'close') {
      if (tag.name === n('style')) style = undefined;
      stack.pop(tag.name);
      return;
    }
    const parent = stack.at(0);
    if (tag.name === n('style')) {
      const a = attributesOf(xml, tag);
      const type = a.get(n('type')) ?? 'paragraph';
      const id = a.get(n('styleId'));
      style = id === undefined ? undefined : { type, id, def: {} };
      if (style?.type === 'paragraph') {
        styles.paragraph.set(style.id, style.def);
        if (a.has(n('default')) && isOn(a.get(n('default'))) && styles.defaultParagraph === undefined) styles.defaultParagraph = style.id;
      }
    } else if (style && tag.name === n('basedOn') && parent === n('style')) {
      style.def.basedOn = attributesOf(xml, tag).get(val);
    } else if (style && tag.name === n('numPr') && parent === n('pPr') && stack.at(1) === n('style')) {
      style.def.numbering = {};
      if (style.type === 'numbering') styles.numbering.set(style.id, style.def.numbering);
    } else if (style?.def.numbering && parent === n('numPr') && stack.at(2) === n('style')) {
      if (tag.name === n('numId')) style.def.numbering.numId = attributesOf(xml, tag).get(val);
      else if (tag.name === n('ilvl')) style.def.numbering.level = levelIndex(attributesOf(xml, tag).get(val));
    }
    if (tag.kind === 'open') stack.push(tag.name);
    else if (tag.name === n('style')) style = undefined;
  });
  return styles;
}
