// Writes schemas/*.schema.json from the schema objects the config loader checks with
// (src/config/config-schema.ts, src/config/declarative/schema.ts): run after a build, `npm run schemas -w @xxgk-lint/core`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA } from '../dist/config/config-schema.js';
import { RULE_FILE_SCHEMA } from '../dist/config/declarative/schema.js';

for (const [name, schema] of [['xxgklintrc', CONFIG_SCHEMA], ['rule', RULE_FILE_SCHEMA]]) {
  const file = fileURLToPath(new URL(`../schemas/${name}.schema.json`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
