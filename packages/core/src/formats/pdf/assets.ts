/**
 * Where pdf.js finds its CMaps (Chinese fonts need them) and standard fonts:
 * a directory path in Node, a URL in a browser, each ending in "/". Node
 * finds the installed pdfjs-dist by itself; a browser page says where it
 * serves those folders with `setPdfAssets`.
 */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

let configured: PdfAssets | undefined;

/** For a front end that serves pdf.js's cmaps/ and standard_fonts/ itself (a browser page). */
export function setPdfAssets(assets: PdfAssets): void {
  configured = assets;
}

interface NodeProcess {
  getBuiltinModule?(id: string): unknown;
}

interface NodePath {
  dirname(p: string): string;
  join(...p: string[]): string;
  sep: string;
}

interface NodeModule {
  createRequire(from: string): { resolve(id: string): string };
}

/**
 * The folders of the pdfjs-dist Node resolves from here. Node's modules are
 * reached through `process.getBuiltinModule` (as pdf.js itself does), so
 * nothing here is a `node:` import a browser bundle would have to resolve.
 */
function installedAssets(): PdfAssets {
  const node = (globalThis as { process?: NodeProcess }).process;
  if (!node?.getBuiltinModule) {
    throw new Error('读取 PDF 需要 pdf.js 的 cmaps 和 standard_fonts 目录：在浏览器中请先调用 setPdfAssets({ cMapUrl, standardFontDataUrl })。');
  }
  const path = node.getBuiltinModule('path') as NodePath;
  const { createRequire } = node.getBuiltinModule('module') as NodeModule;
  const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${path.join(dir, 'cmaps')}${path.sep}`, standardFontDataUrl: `${path.join(dir, 'standard_fonts')}${path.sep}` };
}

export function pdfAssets(): PdfAssets {
  configured ??= installedAssets();
  return configured;
}
