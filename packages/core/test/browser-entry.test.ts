/**
 * The browser entry (`@xxgk-lint/core/browser`) reaches no Node module: every
 * import it leads to, static or lazy, is walked here.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
/** packages that only work in Node */
const NODE_ONLY_PACKAGES = ['cosmiconfig', 'piscina'];

function reachable(entry: string): { files: Set<string>; nodeImports: string[] } {
  const files = new Set<string>();
  const nodeImports: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8').replace(/^\s*import type [^;]+;/gm, '').replace(/^\s*export type [^;]+;/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const specifier = m[1] ?? m[2];
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (specifier.startsWith('node:') || builtinModules.includes(specifier) || NODE_ONLY_PACKAGES.includes(specifier)) {
        nodeImports.push(`${path.relative(src, file)} → ${specifier}`);
      }
    }
  };
  visit(entry);
  return { files, nodeImports };
}

describe('the browser entry', () => {
  it('reaches the linter, the rules engine and every format, and no Node module', () => {
    const { files, nodeImports } = reachable(path.join(src, 'browser.ts'));
    const reached = [...files].map((f) => path.relative(src, f));
    expect(reached).toEqual(expect.arrayContaining(['api/held.ts', 'api/create.ts', 'engine/linter.ts', 'model/build.ts']));
    expect(nodeImports).toEqual([]);
  });

  it('the national rule pack, which the page bundles, reaches no Node module either', () => {
    expect(reachable(path.resolve(src, '../../rules-national/src/index.ts')).nodeImports).toEqual([]);
  });

  it('the Node entry does reach Node modules (the walk sees them)', () => {
    expect(reachable(path.join(src, 'index.ts')).nodeImports.length).toBeGreaterThan(0);
  });
});
