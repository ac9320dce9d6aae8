export const DOCUMENT_HEAD: string;
export const DOCUMENT_TAIL: string;
export function zipBytes(entries: { name: string; chunks: Iterable<Uint8Array>; declared?: number }[]): Promise<Buffer>;
export function docxOf(documentChunks: Iterable<Uint8Array>, declared?: number): Promise<Buffer>;
