// What an editor's main thread needs of core without loading the engine:
// the language server answers `initialize` and maps findings to diagnostics
// with these, while its lint worker loads the rest (issue 14: `--lsp` ready
// ≤ 150 ms). Only modules that import nothing heavy belong here.
import { markdown } from './formats/markdown/index.js';
import { text } from './formats/text/index.js';
import type { TextFormat } from './formats/registry.js';

export { DEFAULT_MAX_BYTES } from './formats/text/decode.js';
export { safeLinkUrl } from './report/links.js';
export type { TextFormat } from './formats/registry.js';

/** .md, .markdown, .txt, .text (the same list as the registry's TEXT_EXTENSIONS) */
export const TEXT_EXTENSIONS: readonly string[] = [...markdown.extensions, ...text.extensions];

/** .md/.markdown are Markdown, anything else plain text (as ingest's formatOf) */
export function formatOf(filePath: string): TextFormat {
  return /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'text';
}
