/** mammoth's zip reader (mammoth/lib/zipfile.js): mammoth ships typings for its entry point only */
declare module 'mammoth/lib/zipfile.js' {
  export function openArrayBuffer(data: Uint8Array): Promise<{
    exists(name: string): boolean;
    read(name: string, encoding?: string): Promise<string | Uint8Array>;
  }>;
}
