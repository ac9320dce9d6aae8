/**
 * The big readers (pdf.js and its worker, mammoth) travel inside the page as
 * inert text and are evaluated here, in the lint worker, the first time a
 * .pdf or .docx needs them. The bundle's `import('mammoth')` and
 * `import('pdfjs-dist/…')` resolve to modules that call `loadLib`.
 */
import { decodeEmbedded } from './embed.js';
import type { LibBlobs } from './protocol.js';

declare const FileReaderSync: { new (): { readAsText(blob: Blob): string; readAsArrayBuffer(blob: Blob): ArrayBuffer } };

/** the global name each library's IIFE bundle assigns */
const GLOBAL_NAMES = { pdf: '__xxgkPdf', pdfWorker: 'pdfjsWorker', mammoth: '__xxgkMammoth' } as const;
export type LibName = keyof typeof GLOBAL_NAMES;

let blobs: LibBlobs | undefined;
const loaded = new Map<LibName, unknown>();

export function setLibBlobs(libs: LibBlobs): void {
  blobs = libs;
}

function readText(blob: Blob): string {
  return decodeEmbedded(new FileReaderSync().readAsText(blob));
}

/** evaluate an embedded library (synchronously: the worker reads its Blob with FileReaderSync) */
export function loadLib(name: LibName): unknown {
  if (loaded.has(name)) return loaded.get(name);
  if (!blobs) throw new Error('检查工具内部错误：库文件未就绪');
  if (name === 'pdf') {
    // pdf.js runs its worker code in this thread when it finds it here (the lint worker is the thread)
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = loadLib('pdfWorker');
  }
  const globalName = GLOBAL_NAMES[name];
  const value: unknown = new Function(`${readText(blobs[name])}\n;return ${globalName};`)();
  loaded.set(name, value);
  return value;
}

let cmaps: Record<string, string> | undefined;

/** a packed CMap (.bcmap) of pdf.js by file name, from the embedded set */
export function embeddedCMap(filename: string): Uint8Array | undefined {
  if (!blobs) return undefined;
  cmaps ??= JSON.parse(readText(blobs.cmaps)) as Record<string, string>;
  const base64 = cmaps[filename];
  if (base64 === undefined) return undefined;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
