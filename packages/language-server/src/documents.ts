import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXT_EXTENSIONS, formatOf } from '@xxgk-lint/core/editor';
import type { TextFormat } from '@xxgk-lint/core/editor';

/** The language ids the server lints (what VS Code calls Markdown and plain text). */
const LANGUAGE_IDS = ['markdown', 'plaintext'];

/** Where an open document is, for config discovery, and how core should read it. */
export interface LintTarget {
  /** the file on disk (or a stand-in in the workspace for an unsaved document): config is found from here */
  filePath: string;
  /** how core reads it: the editor's language, not the file name */
  format: TextFormat;
}

/**
 * The lint target of a document, or null for one the server leaves alone.
 * The editor's language id decides the format, so a Markdown file without the
 * .md extension is still read as Markdown.
 */
export function targetOf(uri: string, languageId: string, workspaceRoot: string): LintTarget | null {
  let filePath: string;
  if (uri.startsWith('file:')) {
    try {
      filePath = fileURLToPath(uri);
    } catch {
      return null;
    }
  } else {
    // untitled:Untitled-1 and the like: found as if it were in the workspace
    const name = decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, '')).split(/[/\\]/).pop() || 'untitled';
    filePath = path.join(workspaceRoot, name);
  }
  const known = TEXT_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
  if (!LANGUAGE_IDS.includes(languageId) && !known) return null;
  const format: TextFormat =
    languageId === 'markdown' ? 'markdown' : languageId === 'plaintext' ? 'text' : formatOf(filePath);
  return { filePath, format };
}
