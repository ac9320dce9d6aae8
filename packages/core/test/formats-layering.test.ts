import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers below the model: formats read files, ingest turns their text
 * into mdast, the vocabulary names the national format. None of them may
 * reach up into the model, and nothing a format needs may be Node-only (the
 * lint path runs in a browser too).
 */

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** every module specifier a file imports or re-exports, statically or with import() */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1] ?? m[2]);
  return found;
}

const offenders = (dirs: string[], bad: (specifier: string, file: string) => boolean) =>
  dirs
    .flatMap((dir) => sources(join(SRC, dir)))
    .flatMap((file) => specifiers(file).filter((s) => bad(s, file)).map((s) => `${relative(SRC, file)} → ${s}`));

const resolvesInto = (file: string, specifier: string, dir: string) =>
  specifier.startsWith('.') && relative(SRC, join(file, '..', specifier)).startsWith(`${dir}/`);

describe('layering below the model', () => {
  it('reads the imports it checks', () => {
    expect(specifiers(join(SRC, 'ingest/index.ts'))).toContain('./parse.js');
    expect(specifiers(join(SRC, 'formats/docx/index.ts'))).toContain('./convert.js');
  });

  it('formats, ingest and vocabulary import nothing from the model, the engine or the config', () => {
    const upward = ['model', 'engine', 'config', 'api', 'rules', 'testing'];
    expect(offenders(['formats', 'ingest', 'vocabulary'], (s, file) => upward.some((dir) => resolvesInto(file, s, dir)))).toEqual([]);
  });

  it('formats import nothing from ingest: ingest is built on them', () => {
    expect(offenders(['formats', 'vocabulary'], (s, file) => resolvesInto(file, s, 'ingest'))).toEqual([]);
  });

  it('nothing under formats, ingest or vocabulary imports node:*', () => {
    expect(offenders(['formats', 'ingest', 'vocabulary'], (s) => s.startsWith('node:') || ['fs', 'path', 'module', 'url'].includes(s))).toEqual([]);
  });

  it('mammoth and pdf.js are loaded only when a .docx or .pdf arrives', () => {
    const eager = offenders(['formats', 'ingest'], (s, file) => {
      if (!/^(mammoth|pdfjs-dist)/.test(s)) return false;
      const text = readFileSync(file, 'utf8');
      return new RegExp(`^import (?!type)[^\\n]*['"]${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`, 'm').test(text);
    });
    expect(eager).toEqual([]);
    // and the stage modules that use them are themselves imported with import()
    expect(offenders(['formats', 'ingest'], (s, file) => /(?:^|\/)(convert|read)\.js$/.test(s) && new RegExp(`^import [^\\n]*['"]${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`, 'm').test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
