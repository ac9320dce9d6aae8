/**
 * The page targets Chromium 109 (Windows 7's last Chrome; 360/QQ browsers
 * are built on it or older). esbuild lowers syntax to that target but not
 * the library: this checks that our own code (the page and the lint worker)
 * calls no built-in added after Chrome 109. pdf.js ships as its legacy
 * build, which carries its own polyfills, and is left out of the check.
 * Chromium 109 itself cannot be installed here; this is the check that can.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePage, pageFile } from './support/build.js';

/** built-ins newer than Chrome 109, with the version that added each */
const NEWER_THAN_109: [RegExp, string][] = [
  [/\.toSorted\(/, 'Array.prototype.toSorted (Chrome 110)'],
  [/\.toReversed\(/, 'Array.prototype.toReversed (Chrome 110)'],
  [/\.toSpliced\(/, 'Array.prototype.toSpliced (Chrome 110)'],
  [/\.isWellFormed\(|\.toWellFormed\(/, 'String.prototype.isWellFormed (Chrome 111)'],
  [/Object\.groupBy\(|Map\.groupBy\(/, 'Object.groupBy (Chrome 117)'],
  [/Promise\.withResolvers\(/, 'Promise.withResolvers (Chrome 119)'],
  [/Array\.fromAsync\(/, 'Array.fromAsync (Chrome 121)'],
  [/\.(?:union|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(new Set/, 'Set methods (Chrome 122)'],
  [/Iterator\.from\(|\.values\(\)\.(?:map|filter|take|drop)\(/, 'iterator helpers (Chrome 122)'],
  [/\bRegExp\.escape\(/, 'RegExp.escape (Chrome 136)'],
];

/** the page's own scripts: every <script> except the embedded libraries (id="lib-…") */
function ownScripts(html: string): string {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  return scripts.filter(([, attrs]) => !/id="lib-/.test(attrs)).map(([, , body]) => body).join('\n');
}

describe('the page for Chromium 109', () => {
  beforeAll(() => ensurePage(), 300_000);

  it('our own code calls no built-in newer than Chrome 109', () => {
    const code = ownScripts(readFileSync(pageFile, 'utf8'));
    expect(code.length).toBeGreaterThan(100_000);
    expect(NEWER_THAN_109.filter(([pattern]) => pattern.test(code)).map(([, name]) => name)).toEqual([]);
  });

  it('the check sees such a call when there is one', () => {
    const page = '<script>const a = [3, 1].toSorted();</script><script type="text/plain" id="lib-pdf">Promise.withResolvers()</script>';
    expect(NEWER_THAN_109.filter(([pattern]) => pattern.test(ownScripts(page))).map(([, name]) => name)).toEqual(['Array.prototype.toSorted (Chrome 110)']);
  });
});
