import type MammothModule from 'mammoth';
import { numberParagraphs } from './numbering.js';
import { DocxPackage } from './package.js';
import { IngestError } from '../errors.js';
import { htmlToView } from '../html/view.js';
import type { TextView } from '../text-view.js';

const DAMAGED =
  'Word 文件（.docx）已损坏或不完整，无法打开：请在 Word 或 WPS 中打开确认，重新“另存为” .docx（不设密码）后再检查；也可以提供 PDF 或 .txt。';

/** Word's "Title" style is the report's title; headings as mammoth maps them. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh"];

type Mammoth = typeof MammothModule;

let mammothModule: Promise<Mammoth> | undefined;

/** mammoth is loaded on first use, so text files don't pay for it. */
function loadMammoth(): Promise<Mammoth> {
  mammothModule ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth);
  return mammothModule;
}

/**
 * The package with Word's automatic list numbers ("一、", "（一）") written
 * into document.xml, as Word displays them (docx-numbering.ts).
 */
async function numberedPackage(bytes: Uint8Array): Promise<DocxPackage> {
  const docx = await DocxPackage.open(bytes);
  const paths = await docx.partPaths();
  const document = await docx.text(paths.document);
  if (document !== undefined) {
    const numbering = await docx.text(paths.numbering);
    if (numbering !== undefined) docx.replace(paths.document, numberParagraphs(document, numbering, await docx.text(paths.styles)).xml);
  }
  return docx;
}

/**
 * .docx → HTML (mammoth: paragraphs, headings, tables with merged cells as
 * rowspan/colspan) → the same text view as a web page. List numbers are
 * written in first; images are dropped.
 */
export async function docxToView(bytes: Uint8Array): Promise<{ view: TextView; warnings: string[] }> {
  const mammoth = await loadMammoth();
  let result: Awaited<ReturnType<Mammoth['convertToHtml']>>;
  try {
    const docx = await numberedPackage(bytes);
    // mammoth reads a `{ file }` input as its own opened zip (mammoth/lib/unzip.js); its typings list only path and buffer
    const input = { file: docx.forMammoth() } as unknown as Parameters<Mammoth['convertToHtml']>[0];
    result = await mammoth.convertToHtml(
      input,
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    // a zip bomb says so (zip-limits.ts)
    if (error instanceof IngestError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    if (/main document part|word\/document\.xml/i.test(detail)) {
      throw new IngestError('这个 .docx 文件里没有 Word 正文（可能是其他软件生成的压缩包）：请在 Word 或 WPS 中打开，重新“另存为” .docx 后再检查。');
    }
    throw new IngestError(DAMAGED);
  }
  const view = htmlToView(result.value, { wholeDocument: true });
  for (const t of view.tables) t.kind = 'docx';
  return { view, warnings: result.messages.map((m) => m.message) };
}
