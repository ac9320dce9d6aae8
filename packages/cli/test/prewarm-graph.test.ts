import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * bin runs batch/prewarm.ts first thing so that a batch's first worker loads
 * the linter while the main thread does (issue 14). That holds only while
 * prewarm's own imports stay light: core (and the rule packs) loaded first
 * would start the worker ~300 ms late. Checked on the source: the modules
 * prewarm.ts reaches through value imports (not `import type`).
 */

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gm;

function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('what bin loads before it starts the first worker', () => {
  it('prewarm.ts reaches node built-ins and budget-limits only', () => {
    const { files, packages } = reached(path.join(SRC, 'batch/prewarm.ts'));
    expect([...packages].filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect([...files].map((f) => path.relative(SRC, f)).sort()).toEqual(['batch/budget-limits.ts', 'batch/prewarm.ts']);
  });

  it('the check sees a value import of core (budget.ts has one)', () => {
    expect(reached(path.join(SRC, 'batch/budget.ts')).packages).toContain('@xxgk-lint/core');
  });
});
