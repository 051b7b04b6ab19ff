import { z } from 'zod';
import { runContextSchema } from '../context/context.schema';
import { flowSchema } from '../flow/flow.schema';
import type { NodeRegistry } from '../node/registry';
import { orderSchema } from '../order/order.schema';

type JsonSchema = Record<string, unknown>;

const toJsonSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;

/** Renames a sub-schema's `$defs` with a prefix so several can live in one schema file. */
function hoistDefinitions(schema: JsonSchema, prefix: string, into: Record<string, unknown>): JsonSchema {
  const { $defs, $schema: _ignored, ...rest } = schema as JsonSchema & { $defs?: Record<string, unknown> };
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
          ? [key, `#/$defs/${prefix}${inner.slice(8)}`]
          : [key, rename(inner)],
      ),
    );
  };
  for (const [name, definition] of Object.entries($defs ?? {})) into[`${prefix}${name}`] = rename(definition);
  return rename(rest) as JsonSchema;
}

/**
 * The published JSON Schema of a flow document, generated from the zod schemas: the document shape
 * plus, per node type in the registry, the schema of its config (so editors can autocomplete configs).
 */
export function buildFlowJsonSchema(registry: NodeRegistry): JsonSchema {
  const schema = toJsonSchema(flowSchema);
  const definitions: Record<string, unknown> = { ...((schema.$defs as Record<string, unknown>) ?? {}) };
  const nodes = (schema.properties as Record<string, JsonSchema>).nodes!;
  const item = nodes.items as JsonSchema;
  const types = registry.list().map((d) => d.type);
  (item.properties as Record<string, JsonSchema>).type = { type: 'string', enum: types, description: 'The node type' };
  item.allOf = registry.list().map((definition) => ({
    if: { properties: { type: { const: definition.type } }, required: ['type'] },
    then: {
      properties: {
        config: {
          ...hoistDefinitions(toJsonSchema(definition.config), `${definition.type.replace(/\W/g, '_')}__`, definitions),
          description: definition.description.en,
        },
      },
    },
  }));
  return {
    ...schema,
    title: 'OrderFlow flow document, format version 1',
    ...(Object.keys(definitions).length ? { $defs: definitions } : {}),
  };
}

export const buildOrderJsonSchema = (): JsonSchema => ({
  ...toJsonSchema(orderSchema),
  title: 'OrderFlow canonical order',
});
export const buildContextJsonSchema = (): JsonSchema => ({
  ...toJsonSchema(runContextSchema),
  title: 'OrderFlow run context',
});

/** The generated files and their contents, as written to docs/schema/ and checked by a test. */
export function publishedSchemas(registry: NodeRegistry): Record<string, JsonSchema> {
  return {
    'flow.schema.json': buildFlowJsonSchema(registry),
    'order.schema.json': buildOrderJsonSchema(),
    'context.schema.json': buildContextJsonSchema(),
  };
}
