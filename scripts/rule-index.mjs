#!/usr/bin/env node
// Writes packages/rules-national/docs/README.md (the rule index) from the built pack.
// Run after `tsc -b`: npm run rule-index. docs.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pack = await import(new URL('../packages/rules-national/dist/index.js', import.meta.url).href);
const { ruleIndexMarkdown } = await import(new URL('../packages/rules-national/dist/rule-index.js', import.meta.url).href);
const target = fileURLToPath(new URL('../packages/rules-national/docs/README.md', import.meta.url));
writeFileSync(target, ruleIndexMarkdown(pack.rules));
console.log(`rule index: ${Object.keys(pack.rules).length} rules → ${target}`);
