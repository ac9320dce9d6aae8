/**
 * The inputs the fuzzer mutates: every report of the corpus (.txt, .md, .pdf)
 * and of the format fixtures (.docx, .html, .pdf), read once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type SeedFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface Seed {
  /** the path relative to test/fixtures, which names the seed in a recipe */
  name: string;
  format: SeedFormat;
  bytes: Uint8Array;
}

export const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const FORMAT_OF: Record<string, SeedFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.html': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function load(): Seed[] {
  const files = [...walk(path.join(fixtures, 'corpus')), ...walk(path.join(fixtures, 'formats'))];
  return files
    .filter((file) => FORMAT_OF[path.extname(file)] && path.basename(file) !== 'README.md')
    .map((file) => ({
      name: path.relative(fixtures, file).split(path.sep).join('/'),
      format: FORMAT_OF[path.extname(file)]!,
      bytes: new Uint8Array(readFileSync(file)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const seeds: readonly Seed[] = load();

export function seedNamed(name: string): Seed {
  const seed = seeds.find((s) => s.name === name);
  if (!seed) throw new Error(`no fuzz seed named ${name}`);
  return seed;
}
