/**
 * Declarative rules read from files on disk (Node): the docs page's URL is
 * resolved against the rule's file, and user regexes run under a time budget.
 */
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledDeclarative, SpecLocation } from './declarative/index.js';
import { compileDeclarative } from './declarative/index.js';
import { matchAllWithBudget } from './regex-budget.js';

/** a docs url relative to the rule file becomes a file:// URL; by default the rule file itself */
function docsUrlFor(file: string): (written: string | undefined) => string {
  return (written) => {
    if (written && /^[a-z][a-z0-9+.-]*:/i.test(written)) return written;
    return pathToFileURL(written ? resolve(dirname(file), written) : file).href;
  };
}

export function compileDeclarativeFile(raw: unknown, loc: SpecLocation, namespace?: string): CompiledDeclarative {
  return compileDeclarative(raw, loc, { namespace, docsUrl: docsUrlFor(loc.file), matcher: matchAllWithBudget });
}
