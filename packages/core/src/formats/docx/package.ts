import type { XmlTag } from './xml.js';
import { attributesOf, scanTags } from './xml.js';
import { ZipReader } from './zip-reader.js';

/**
 * The parts of a .docx package, read once with our own zip reader (zip-reader.ts: the declared
 * sizes checked before anything is inflated, each part counted while it inflates, so a zip bomb
 * is refused with a message and never fills memory), and handed to mammoth as the file it
 * reads — so mammoth reads the numbered document.xml and the zip is opened a single time.
 */

/** what mammoth's convertToHtml reads of its `{ file }` input (mammoth/lib/zipfile.js; write is for embedStyleMap only) */
export interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

/** bytes → base64 (mammoth reads images so), in slices small enough for String.fromCharCode */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** a part's bytes in the encoding mammoth asks for (none: the bytes) */
function encoded(bytes: Uint8Array, encoding?: string): string | Uint8Array {
  if (encoding === 'base64') return base64(bytes);
  return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';
const RELATIONSHIP_BASE = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

export class DocxPackage {
  /** parts replaced before mammoth reads them */
  private readonly replaced = new Map<string, string>();

  private constructor(private readonly zip: ZipReader) {}

  /** throws when the bytes are not a zip (ZipDamaged), an IngestError when it is a zip bomb */
  static open(bytes: Uint8Array): Promise<DocxPackage> {
    return Promise.resolve().then(() => new DocxPackage(new ZipReader(bytes)));
  }

  exists(name: string): boolean {
    return this.replaced.has(name) || this.zip.exists(name);
  }

  /** a part as text (UTF-8, as mammoth reads it), undefined when the package has none */
  async text(name: string): Promise<string | undefined> {
    const replaced = this.replaced.get(name);
    if (replaced !== undefined) return replaced;
    return this.zip.exists(name) ? new TextDecoder('utf-8').decode(await this.zip.read(name)) : undefined;
  }

  replace(name: string, text: string): void {
    this.replaced.set(name, text);
  }

  /** where the main document, its numbering and styles are: from the relationships, as mammoth finds them */
  async partPaths(): Promise<{ document: string; numbering: string; styles: string }> {
    const targets = (rels: string | undefined, base: string, types: readonly string[]) => {
      const found: string[] = [];
      if (!rels) return found;
      scanTags(rels, (tag: XmlTag) => {
        if (tag.kind === 'close' || !tag.name.endsWith('Relationship')) return;
        const a = attributesOf(rels, tag);
        const target = a.get('Target');
        if (target && types.includes(a.get('Type') ?? '') && a.get('TargetMode') !== 'External') found.push(joinPath(base, target));
      });
      return found.filter((t) => this.exists(t));
    };
    const document = targets(await this.text('_rels/.rels'), '', [OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT])[0] ?? 'word/document.xml';
    const slash = document.lastIndexOf('/');
    const dir = slash < 0 ? '' : document.slice(0, slash);
    const rels = await this.text(`${dir ? `${dir}/` : ''}_rels/${document.slice(slash + 1)}.rels`);
    const related = (name: string) =>
      targets(rels, dir, RELATIONSHIP_BASE.map((b) => b + name))[0] ?? `word/${name}.xml`;
    return { document, numbering: related('numbering'), styles: related('styles') };
  }

  /** the package as mammoth's `{ file }` input, with the replaced parts */
  forMammoth(): MammothZipFile {
    return {
      exists: (name) => this.exists(name),
      read: async (name, encoding) => {
        const replaced = this.replaced.get(name);
        if (replaced !== undefined) return encoding ? replaced : new TextEncoder().encode(replaced);
        if (!this.zip.exists(name)) throw new Error(`missing part ${name}`);
        return encoded(await this.zip.read(name), encoding);
      },
    };
  }
}

/** "word" + "../customXml/item.xml" → "customXml/item.xml"; a leading "/" is from the package root */
function joinPath(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
