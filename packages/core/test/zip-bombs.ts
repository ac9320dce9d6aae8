import { Buffer } from 'node:buffer';
import { DOCUMENT_HEAD, DOCUMENT_TAIL, docxOf as writeDocx } from '../../../scripts/zip-writer.mjs';

export function documentXml(body: string): Buffer {
  return Buffer.from(`${DOCUMENT_HEAD}${body}${DOCUMENT_TAIL}`);
}

/** a .docx whose document.xml is `document`, optionally declaring another size for it */
export async function docxOf(document: Buffer, declared?: number): Promise<Uint8Array> {
  return new Uint8Array(await writeDocx([document], declared));
}

/** document.xml of paragraphs of one repeated digit: ~`megabytes` MB that deflate ~1000:1 */
export function digitDocument(megabytes: number): Buffer {
  const paragraph = `<w:p><w:r><w:t>${'0'.repeat(1 << 20)}</w:t></w:r></w:p>`;
  return documentXml(paragraph.repeat(megabytes));
}
