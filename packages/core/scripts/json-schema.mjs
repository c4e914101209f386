// Writes the JSON Schema files of core's documents to packages/core/schema/, generated from
// core's valibot schemas (src/schema/generate-json-schema.ts). Run after changing a schema:
//   pnpm --filter @barnets-basta/core json-schema
// The test src/schema/json-schema.test.ts fails while the shipped files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(resolve(root, 'src/schema/generate-json-schema.ts'));
const out = resolve(root, 'schema');
mkdirSync(out, { recursive: true });
for (const [file, text] of Object.entries(module.generateJsonSchemas())) {
  writeFileSync(resolve(out, file), text);
  console.log(`wrote schema/${file}`);
}
