#!/usr/bin/env node
// `npm run bundle`: the CLI as one file, packages/cli/dist/xxgk-lint.mjs, for machines that have only Node
// (issue 14 start-up, issue 15 item 8): `node xxgk-lint.mjs 报告.txt`. Run `tsc -b` first (it starts from
// the packages' dist/). The file is also its own lint-worker script. pdf.js stays outside (it loads its
// worker and CMaps from its package folder): .pdf needs `npm install pdfjs-dist` beside the file; every
// other format and the national rules are inside. `--lsp` also needs dist/lint-worker.js (written here too).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'packages/cli');
const outfile = path.join(cli, 'dist/xxgk-lint.mjs');
const version = JSON.parse(readFileSync(path.join(cli, 'package.json'), 'utf8')).version;

/** cli.js reads its version from ../package.json: in the bundle it is written in */
const versionInline = {
  name: 'xxgk-version',
  setup(b) {
    b.onLoad({ filter: /packages[/\\]cli[/\\]dist[/\\]cli\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const read = "readFileSync(new URL('../package.json', import.meta.url), 'utf8')";
      if (!source.includes(read)) throw new Error(`bundle-cli: ${args.path} no longer reads its version as expected; update the plugin`);
      return { contents: source.replace(read, JSON.stringify(JSON.stringify({ version }))), loader: 'js' };
    });
  },
};

/**
 * Start-up (issue 14): what a one-report run does not use is initialised only when used. string-width (an
 * Intl.Segmenter and Unicode-property regexes) is reached through formatters/string-width-sync.js, which in tsc
 * output requires it from node_modules: here a bundled require, which esbuild initialises on the first call.
 * commander requires child_process at load for its executable subcommands (xxgk-lint has none): spawn stays
 * commander's only use of it, and the module loads when it is called. The HTML reader (parse5, hast, vfile…,
 * ~5 ms of module set-up) is set up when the first page is read: core's html adapter stays synchronous (sync
 * lintBytes reads pages; tsc output and the web build load it as written), only its import of view.js becomes
 * a bundled require on first use.
 */
const lazyAtStartup = {
  name: 'xxgk-lazy-at-startup',
  setup(b) {
    b.onLoad({ filter: /packages[/\\]cli[/\\]dist[/\\]formatters[/\\]string-width-sync\.js$/ }, () => ({
      contents: "export function loadStringWidth() { return require('string-width').default; }",
      loader: 'js',
    }));
    b.onLoad({ filter: /node_modules[/\\]commander[/\\]lib[/\\]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager) || (source.match(/childProcess\.(\w+)/g) ?? []).some((use) => use !== 'childProcess.spawn')) {
        throw new Error(`bundle-cli: ${args.path} no longer uses child_process as expected (only childProcess.spawn); update the plugin`);
      }
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
    b.onLoad({ filter: /packages[/\\]core[/\\]dist[/\\]formats[/\\]html[/\\]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "import { htmlToView } from './view.js';";
      if (!source.includes(eager)) throw new Error(`bundle-cli: ${args.path} no longer imports htmlToView as expected; update the plugin`);
      return { contents: source.replace(eager, "const htmlToView = (...args) => require('./view.js').htmlToView(...args);"), loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

const started = performance.now();
const result = await build({
  entryPoints: [path.join(cli, 'bin/bundle-entry.js')],
  outfile,
  write: false,
  bundle: true,
  // a classic script, not an ES module: only a script can be compiled with a V8 code cache on Node 20
  // (vm.Script cachedData); bin/bundle-loader.js runs it, giving it require and the file's URL
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.BUNDLE_MINIFY !== '0',
  legalComments: 'none',
  logLevel: 'warning',
  // typescript: cosmiconfig's loader for .ts configs (not a config xxgk-lint reads); pdfjs-dist: above
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'typescript'],
  define: { XXGK_LINT_BUNDLE: 'true', 'import.meta.url': '__xxgkImportMetaUrl' },
  plugins: [versionInline, lazyAtStartup],
  metafile: true,
});
// esbuild writes strings as ASCII but keeps the Chinese of regular expressions: escaped too (\\uXXXX means the same
// code unit in a pattern, with or without the u flag), the file is ASCII, read and held as a one-byte string
const toAscii = (text) => text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const script = toAscii(result.outputFiles[0].text);
if (script.includes('\0')) throw new Error('bundle-cli: the bundled script has a NUL character; the loader writes */ as *\\0/ inside its comment and could not undo that');
// import() in a script compiled from a code cache fails on Node 20 ("A dynamic import callback was not specified"):
// the script's dynamic imports (pdf.js, JavaScript configs and packs, user formatters) go through the loader's
const dynamicImport = /(?<![\w$.])import\(/g;
if (!dynamicImport.test(script)) throw new Error('bundle-cli: no dynamic import() found in the bundle; check the rewrite below still applies');
const wrapped = `(function (require, module, exports, __filename, __dirname, __xxgkImportMetaUrl, __xxgkImport) {${script.replace(dynamicImport, '__xxgkImport(')}\n})`;
const buildKey = `xxgk-lint ${version} ${createHash('sha256').update(wrapped).digest('hex').slice(0, 16)}\n`;
const loader = readFileSync(path.join(cli, 'bin/bundle-loader.js'), 'utf8');
if (!loader.includes("'__XXGK_BUILD__'")) throw new Error('bundle-cli: bin/bundle-loader.js has no build key placeholder');
// the loader's own Chinese (its error message) escaped too: an all-ASCII file is decoded by Node's module loader as one-byte text
const head = toAscii(loader.replace("'__XXGK_BUILD__'", JSON.stringify(buildKey)));
writeFileSync(outfile, `${head}\n/*__XXGK_SCRIPT__\n${wrapped.replaceAll('*/', '*\0/')}\n__XXGK_SCRIPT__*/\n`);
chmodSync(outfile, 0o755);
// the code cache: one run on a report compiles what a lint uses, and the loader writes the cache as it ends; the
// default format (pretty), as a one-report run from a shell prints it
const cacheFile = `${outfile}.cache`;
rmSync(cacheFile, { force: true });
const sample = path.join(root, 'test/fixtures/corpus/real/jiangsu-huaian-hongzequ-2023.txt');
const warm = spawnSync(process.execPath, [outfile, sample], { encoding: 'utf8' });
if (warm.status !== 0 && warm.status !== 1) throw new Error(`bundle-cli: the bundle failed on ${sample} (exit ${warm.status}): ${warm.stderr}`);
if (!existsSync(cacheFile)) throw new Error(`bundle-cli: no code cache was written beside ${outfile}`);

// the language server's lint worker (server.js starts ./lint-worker.js beside itself): beside the CLI bundle for
// `xxgk-lint --lsp`, and with a bundled server for editors (packages/language-server/dist/bundle/)
const lsp = path.join(root, 'packages/language-server');
const lspBundle = path.join(lsp, 'dist/bundle');
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.BUNDLE_MINIFY !== '0',
  legalComments: 'none',
  logLevel: 'warning',
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'typescript'],
  banner: { js: "import { createRequire as __xxgkCreateRequire } from 'node:module'; const require = __xxgkCreateRequire(import.meta.url);" },
};
for (const worker of [path.join(cli, 'dist/lint-worker.js'), path.join(lspBundle, 'lint-worker.js')]) {
  await build({ ...common, entryPoints: [path.join(lsp, 'dist/lint-worker.js')], outfile: worker });
}
await build({ ...common, entryPoints: [path.join(lsp, 'bin/xxgk-lint-language-server.js')], outfile: path.join(lspBundle, 'xxgk-lint-language-server.mjs') });
console.log(`language server: ${path.relative(root, lspBundle)}/ (xxgk-lint-language-server.mjs, lint-worker.js); --lsp of the CLI bundle needs dist/lint-worker.js beside it`);

const bytes = statSync(outfile).size;
if (process.env.BUNDLE_ANALYSE) {
  const byPackage = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(result.metafile.outputs[path.relative(process.cwd(), outfile)]?.inputs ?? {})) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.split('/').slice(0, 2).join('/');
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  for (const [name, n] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(n / 1024).toFixed(0).padStart(6)} KB  ${name}`);
}
console.log(`bundle: ${path.relative(root, outfile)} (${(bytes / 1024 / 1024).toFixed(2)} MB; code cache ${(statSync(cacheFile).size / 1024 / 1024).toFixed(2)} MB beside it; ${Object.keys(result.metafile.inputs).length} modules, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
