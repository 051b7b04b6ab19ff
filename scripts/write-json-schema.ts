/** `npm run schema`: regenerates docs/schema/*.json from the zod schemas (runtime's and the core node types'). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coreRegistry } from '../nodes/index';
import { publishedSchemas } from '../runtime/index';

const outDir = fileURLToPath(new URL('../docs/schema/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas(coreRegistry))) {
  writeFileSync(outDir + name, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schema/${name}`);
}
