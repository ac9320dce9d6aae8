#!/usr/bin/env node
/* global TextEncoder */
// Builds packages/web/dist/xxgk-lint.html: ONE file holding the page, the lint
// worker, pdf.js (and its worker), mammoth, the CMaps pdf.js needs for Chinese
// and every rule's docs page. Run `tsc -b` at the root first (the bundles start
// from the packages' dist/). No network.
//
//   lint worker   src/worker.ts → IIFE, embedded as text, started from a Blob URL
//   pdf.js        pdfjs-dist legacy build → IIFE, embedded as text, evaluated in the worker on the first .pdf
//   mammoth       mammoth (its browser files) → IIFE, embedded as text, evaluated on the first .docx
//   page          src/main.ts → an inline script
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = path.resolve(here, '..');
const require = (await import('node:module')).createRequire(import.meta.url);
const TARGET = ['chrome109'];
const MARK = '\uE000';

/** as src/embed.ts: "<" before "/script" or "!--" becomes U+E000 */
function encodeEmbedded(text) {
  if (text.includes(MARK)) throw new Error('embedded text already holds U+E000');
  return text.replace(/<(?=\/script|!--)/gi, MARK);
}

async function bundle(options) {
  const out = await build({ bundle: true, write: false, format: 'iife', target: TARGET, platform: 'browser', minify: true, legalComments: 'none', logLevel: 'warning', ...options });
  return out.outputFiles[0].text;
}

// ---------------------------------------------------------------- data embedded at build

/** rules-provincial's data packs (pack.yml + rules/*.yml), parsed */
function dataPacks() {
  const root = path.join(packages, 'rules-provincial/packs');
  return readdirSync(root).sort().map((folder) => {
    const dir = path.join(root, folder);
    const packFile = ['pack.yml', 'pack.yaml', 'pack.json'].map((f) => path.join(dir, f)).find(existsSync);
    const rulesDir = path.join(dir, 'rules');
    const files = existsSync(rulesDir) ? readdirSync(rulesDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];
    return {
      folder,
      pack: parseYaml(readFileSync(packFile, 'utf8')),
      rules: files.map((f) => ({ file: `@xxgk-lint/rules-provincial/packs/${folder}/rules/${f}`, value: parseYaml(readFileSync(path.join(rulesDir, f), 'utf8')) })),
    };
  });
}

/** rule id → docs page: national docs/rules/<name>.md, provincial docs/<namespace>/<name>.md */
function ruleDocs() {
  const docs = {};
  const national = path.join(packages, 'rules-national/docs/rules');
  for (const f of readdirSync(national).filter((f) => f.endsWith('.md'))) docs[`national/${f.slice(0, -3)}`] = readFileSync(path.join(national, f), 'utf8');
  const provincial = path.join(packages, 'rules-provincial/docs');
  for (const ns of readdirSync(provincial, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join(provincial, ns.name)).filter((f) => f.endsWith('.md'))) {
      docs[`${ns.name}/${f.slice(0, -3)}`] = readFileSync(path.join(provincial, ns.name, f), 'utf8');
    }
  }
  return docs;
}

/** pdf.js's packed CMaps for Chinese (GB, CNS, Adobe-GB1/CNS1 and the Unicode ones), base64 by file name */
function chineseCMaps() {
  const dir = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
  const wanted = /^(?:Uni)?(?:GB|GBK|GBT|GBpc|CNS|B5|ETen|HKscs|ETHK|HKdla|HKdlb|HKgccs|HKm314|HKm471)|^Adobe-(?:GB1|CNS1)|^Identity|^UniGB|^UniCNS/;
  const out = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.bcmap') && wanted.test(f))) out[f.slice(0, -6)] = readFileSync(path.join(dir, f)).toString('base64');
  return out;
}

// ---------------------------------------------------------------- plugins

/** the virtual modules the page's sources import (src/virtual.d.ts) */
const virtualData = {
  name: 'xxgk-data',
  setup(b) {
    b.onResolve({ filter: /^xxgk:/ }, (args) => ({ path: args.path, namespace: 'xxgk' }));
    b.onLoad({ filter: /.*/, namespace: 'xxgk' }, (args) => {
      if (args.path === 'xxgk:data-packs') return { contents: JSON.stringify(dataPacks()), loader: 'json' };
      if (args.path === 'xxgk:rule-docs') return { contents: JSON.stringify(ruleDocs()), loader: 'json' };
      return undefined;
    });
  },
};

/**
 * In the lint worker: core's `import('mammoth')`
 * and `import('pdfjs-dist/legacy/build/pdf.mjs')` become modules that evaluate the
 * embedded library (src/libs.ts); the workspace packages are free of side
 * effects, so the Node-only modules core's main entry re-exports drop out.
 */
const workerModules = {
  name: 'xxgk-worker-modules',
  setup(b) {
    const LIBS = { mammoth: "__xxgkLoadLib('mammoth').mammoth", 'pdfjs-dist/legacy/build/pdf.mjs': "__xxgkLoadLib('pdf')" };
    b.onResolve({ filter: /^(mammoth|pdfjs-dist\/legacy\/build\/pdf\.mjs)$/ }, (args) => ({ path: `${args.path}.cjs`, namespace: 'xxgk-lib' }));
    b.onLoad({ filter: /.*/, namespace: 'xxgk-lib' }, (args) => ({ contents: `module.exports = globalThis.${LIBS[args.path.slice(0, -4)]};`, loader: 'js' }));
  },
};

/** every file of the workspace packages is free of side effects (so unused Node-only modules drop out) */
const sideEffectFree = {
  name: 'xxgk-side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^@xxgk-lint\// }, async (args) => {
      if (args.pluginData?.xxgk) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { xxgk: true } });
      return resolved.errors.length ? undefined : { path: resolved.path, sideEffects: false };
    });
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.xxgk || !/\/packages\/(core|rules-national|rules-provincial)\/dist\//.test(args.importer)) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { xxgk: true } });
      return resolved.errors.length ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};

/**
 * mammoth's browser unzip.js opens only { arrayBuffer }; core hands mammoth the
 * zip it already opened ({ file }), which lib/unzip.js accepts. Its `fs` is
 * for { path } only: an empty module here.
 */
const NO_FS = `const refuse = () => { throw new Error('浏览器中不能按路径读写文件'); };
module.exports = { createWriteStream: refuse, readFileSync: refuse, promises: { readFile: async () => refuse(), writeFile: async () => refuse() } };`;

const mammothUnzip = {
  name: 'xxgk-mammoth-unzip',
  setup(b) {
    const lib = path.join(path.dirname(require.resolve('mammoth/package.json')), 'lib');
    b.onResolve({ filter: /^\.\/unzip(\.js)?$/ }, (args) => (args.importer.startsWith(lib) ? { path: path.join(lib, 'unzip.js') } : undefined));
    b.onResolve({ filter: /^fs$/ }, (args) => (args.importer.startsWith(lib) ? { path: 'fs', namespace: 'xxgk-empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'xxgk-empty' }, () => ({ contents: NO_FS, loader: 'js' }));
  },
};

// ---------------------------------------------------------------- the bundles

const define = { 'import.meta.url': '"file:///xxgk-lint/web/"' };

/**
 * Node-only modules core's main entry reaches (config discovery, worker threads):
 * left unresolved, and dropped with the unused modules that import them; a
 * bundle that still calls one of them fails the build below.
 */
const NODE_ONLY = ['node:*', 'fs', 'fs/promises', 'os', 'url', 'module', 'worker_threads', 'vm', 'crypto', 'util', 'cosmiconfig', 'piscina'];

function assertBrowserSafe(name, code) {
  const left = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  if (left.length) throw new Error(`${name} still requires ${[...new Set(left)].join(', ')}: it would fail in the browser`);
  return code;
}

const [worker, main, pdf, pdfWorker, mammoth] = await Promise.all([
  bundle({ entryPoints: [path.join(here, 'src/worker.ts')], plugins: [virtualData, workerModules, sideEffectFree], define, external: NODE_ONLY, conditions: ['worker'] }).then((c) => assertBrowserSafe('the lint worker', c)),
  bundle({ entryPoints: [path.join(here, 'src/main.ts')], plugins: [virtualData, sideEffectFree], define, external: NODE_ONLY }).then((c) => assertBrowserSafe('the page', c)),
  bundle({ entryPoints: [require.resolve('pdfjs-dist/legacy/build/pdf.mjs')], globalName: '__xxgkPdf', define, logLevel: 'error' }),
  bundle({ entryPoints: [require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')], globalName: 'pdfjsWorker', define, logLevel: 'error' }),
  bundle({
    stdin: { contents: "import mammoth from 'mammoth'; export { mammoth };", resolveDir: here },
    globalName: '__xxgkMammoth',
    plugins: [mammothUnzip],
    logLevel: 'error',
  }),
]);

const version = JSON.parse(readFileSync(path.join(packages, 'core/package.json'), 'utf8')).version;
const css = readFileSync(path.join(here, 'src/page.css'), 'utf8');
const parts = {
  '/*CSS*/': css,
  '/*VERSION*/': version,
  '/*LIB_PDF*/': encodeEmbedded(pdf),
  '/*LIB_PDF_WORKER*/': encodeEmbedded(pdfWorker),
  '/*LIB_MAMMOTH*/': encodeEmbedded(mammoth),
  '/*LIB_CMAPS*/': encodeEmbedded(JSON.stringify(chineseCMaps())),
  '/*LINT_WORKER*/': encodeEmbedded(worker),
  '/*MAIN*/': main,
};
if (/<\/script|<!--/i.test(main)) throw new Error('the page script holds "</script" or "<!--": it cannot be inlined');
let html = readFileSync(path.join(here, 'src/page.html'), 'utf8');
for (const [marker, text] of Object.entries(parts)) {
  if (!html.includes(marker)) throw new Error(`page.html lacks ${marker}`);
  html = html.replace(marker, () => text);
}
// nothing may reach the network: no http(s) URL in a src/href attribute of the page
if (/\s(?:src|href)\s*=\s*["']?https?:/i.test(html.replace(/<script type="text\/plain"[\s\S]*?<\/script>/g, ''))) throw new Error('the page links to the network');
mkdirSync(path.join(here, 'dist'), { recursive: true });
const out = path.join(here, 'dist/xxgk-lint.html');
writeFileSync(out, html);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`${path.relative(process.cwd(), out)}: ${mb(new TextEncoder().encode(html).length)} (page ${mb(main.length)}, lint worker ${mb(worker.length)}, pdf.js ${mb(pdf.length + pdfWorker.length)}, mammoth ${mb(mammoth.length)})`);
