import { createRequire } from 'node:module';
import type stringWidthFn from 'string-width';

/**
 * string-width, loaded on first use: its module creates an Intl.Segmenter and
 * its first call compiles Unicode-property regexes, ~10–25 ms of a one-report
 * run that prints only Chinese and ASCII (issue 14, start-up). Node ≥ 20.19
 * requires an ES module synchronously; the bundle (scripts/bundle-cli.mjs)
 * replaces this module with a bundled require, initialised just as lazily.
 */
export function loadStringWidth(): typeof stringWidthFn {
  const require = createRequire(import.meta.url);
  return (require('string-width') as { default: typeof stringWidthFn }).default;
}
