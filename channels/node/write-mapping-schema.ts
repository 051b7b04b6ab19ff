/** `npx tsx channels/node/write-mapping-schema.ts`: regenerates channels/mapping.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { mappingJsonSchema } from '../mapping.schema';

const file = new URL('../mapping.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(mappingJsonSchema(), null, 2)}\n`);
console.log('wrote channels/mapping.schema.json');
