/**
 * The source tree's import graph has no cycle: the flow runs one way
 * (formats → text view → model → engine → rules → formatters), and within a
 * package no module imports one that imports it back. Type-only imports
 * count too: a cycle of types is still two modules that must change together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** workspace package name → its src folder */
function workspaceSources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of readdirSync(path.join(repo, 'packages'))) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(repo, 'packages', dir, 'package.json'), 'utf8')) as { name: string };
      out.set(pkg.name, path.join(repo, 'packages', dir, 'src'));
    } catch {
      // not a package
    }
  }
  return out;
}

function importGraph(): Map<string, string[]> {
  const packages = workspaceSources();
  const files = [...packages.values()].flatMap((src) => {
    try {
      return sourceFiles(src);
    } catch {
      return [];
    }
  });
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const edges: string[] = [];
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = m[1] ?? m[2];
      let target: string | undefined;
      if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
      else {
        // a workspace package's entry (index.ts), or one of its subpaths ("@xxgk-lint/core/browser")
        for (const [name, src] of packages) {
          if (specifier === name) target = path.join(src, 'index.ts');
          else if (specifier.startsWith(`${name}/`)) target = path.join(src, `${specifier.slice(name.length + 1)}.ts`);
        }
        if (target && !known.has(target)) target = target.replace(/\.ts$/, '/index.ts');
      }
      if (target && known.has(target)) edges.push(target);
    }
    graph.set(file, edges);
  }
  return graph;
}

/** strongly connected components with more than one module (or a module importing itself): Tarjan's algorithm */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.map((f) => path.relative(repo, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return out;
}

describe('the import graph', () => {
  it('has no cycle', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('the check finds a cycle when there is one', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(cycles(graph)).toHaveLength(1);
  });
});
