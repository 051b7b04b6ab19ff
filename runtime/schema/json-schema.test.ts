import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { publishedSchemas } from './json-schema';

describe('published JSON Schemas', () => {
  const schemas = publishedSchemas(coreRegistry);

  it.each(Object.keys(schemas))(
    'docs/schema/%s matches the zod schemas (run `npm run schema` after changing them)',
    (name) => {
      const committed = JSON.parse(readFileSync(new URL(`../../docs/schema/${name}`, import.meta.url), 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(schemas[name])));
    },
  );

  it('describes each node type config so editors can autocomplete it', () => {
    const flow = schemas['flow.schema.json'] as {
      properties: { nodes: { items: { allOf: { if: { properties: { type: { const: string } } } }[] } } };
    };
    const types = flow.properties.nodes.items.allOf.map((rule) => rule.if.properties.type.const);
    expect(types).toEqual(coreRegistry.list().map((d) => d.type));
  });
});
