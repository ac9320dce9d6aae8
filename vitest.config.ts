import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index.ts') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@xxgk-lint\/core\/testing$/, replacement: src('core', 'testing/index.ts') },
      { find: /^@xxgk-lint\/core\/browser$/, replacement: src('core', 'browser.ts') },
      { find: /^@xxgk-lint\/core\/editor$/, replacement: src('core', 'editor.ts') },
      { find: /^@xxgk-lint\/core$/, replacement: src('core') },
      { find: /^@xxgk-lint\/rules-national$/, replacement: src('rules-national') },
      { find: /^@xxgk-lint\/rules-provincial$/, replacement: src('rules-provincial') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    testTimeout: 30000,
    setupFiles: ['test/setup.ts'],
    // test files share a worker's module cache: core's many small modules load once per worker, not once per file
    isolate: false,
  },
});
