#!/usr/bin/env node
// xxgk-lint as one file (scripts/bundle-cli.mjs writes it as packages/cli/dist/xxgk-lint.mjs): this loader,
// then the whole CLI as a classic script inside the comment at the end of the file. The loader compiles that
// script with V8's code cache from <this file>.cache (written at build time by one run on a report, and
// rewritten after a run whose Node rejected it): the cache holds the bytecode of every function that run
// compiled, so a start neither parses 2 MB of JavaScript nor compiles the functions a lint needs (issue 14).
// A missing, stale or foreign cache only costs that time: the script is compiled from its source then.
import { Buffer } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

// as bin/xxgk-lint.js (issue 14: a batch's peak memory); set before the script is compiled, so the code cache
// is made and read under the same flags
v8.setFlagsFromString('--heap-growing-percent=30');

/** the hash of the embedded script, written in at build time: a cache made for another build is not used */
const BUILD = '__XXGK_BUILD__';
const START = '\n/*__XXGK_SCRIPT__\n';
const END = '\n__XXGK_SCRIPT__*/\n';

const file = fileURLToPath(import.meta.url);
const cacheFile = `${file}.cache`;
// the build writes the script in ASCII (\u escapes): latin1 reads it without decoding UTF-8
const source = readFileSync(file, 'latin1');
const from = source.indexOf(START);
const to = source.lastIndexOf(END);
if (from < 0 || to < from) throw new Error(`xxgk-lint：${file} 不完整（找不到内嵌的程序）：请重新运行 npm run bundle 或重新复制这个文件。`);
// inside a comment, */ is written *\0/ (the build checks the script has no NUL of its own)
const body = source.slice(from + START.length, to).replaceAll('*\0/', '*/');

// XXGK_LINT_CODE_CACHE=0: no cache read or written (to measure, or to rule it out)
const useCache = process.env.XXGK_LINT_CODE_CACHE !== '0';

/** the cache beside this file, if it was made for this build */
function readCache() {
  try {
    const bytes = readFileSync(cacheFile);
    return bytes.subarray(0, BUILD.length).toString('latin1') === BUILD ? bytes.subarray(BUILD.length) : undefined;
  } catch {
    return undefined; // none beside the file: compiled from source
  }
}

const cachedData = useCache ? readCache() : undefined;
const script = new vm.Script(body, { filename: file, cachedData });
// V8 takes a cache only from the same Node and the same V8 flags: rewritten by a plain `node xxgk-lint.mjs` run
// (no flags) that found none it could use, so runs with and without flags do not rewrite it in turn
const plainRun = process.execArgv.length === 0 && !process.env.NODE_OPTIONS;
if (useCache && isMainThread && plainRun && (cachedData === undefined || script.cachedDataRejected)) {
  // written as the process ends, when the run has compiled what a lint uses; through a temp file, so a
  // concurrent run reads the old cache or the new one, never half of one; a read-only install keeps none
  process.once('exit', () => {
    try {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([Buffer.from(BUILD, 'latin1'), script.createCachedData()]));
      renameSync(temp, cacheFile);
    } catch {
      // a cache is an optimisation
    }
  });
}
const run = script.runInThisContext();
const module = { exports: {} };
// the script's import() calls are this module's (a script from a code cache cannot import on Node 20): pdf.js, JS configs
run(createRequire(file), module, module.exports, file, path.dirname(file), import.meta.url, (specifier) => import(specifier));
