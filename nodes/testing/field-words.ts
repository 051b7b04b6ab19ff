/** Test helper: which config fields of a node type lack a label or help in either language. Not used at runtime. */
import { z } from 'zod';
import type { AnyNodeDefinition } from '../../runtime/node/index';
import { metaOf } from '../../runtime/node/index';

type JsonSchema = Readonly<Record<string, unknown>>;

const HAS_CHINESE = /[\u4e00-\u9fff]/;
/** A label may stay a code word in 中文 too ("SKU", "VIP ×"): upper-case Latin letters and signs only. */
const CODE_WORD = /^[A-Z][A-Z0-9 ×·/-]*$/;

/** Every property of an object schema, with its path ("tiers[].threshold"), through arrays and nesting. */
export function configFields(schema: JsonSchema, path = ''): { path: string; schema: JsonSchema }[] {
  const found: { path: string; schema: JsonSchema }[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [key, property] of Object.entries(properties)) {
    const at = path === '' ? key : `${path}.${key}`;
    found.push({ path: at, schema: property }, ...configFields(property, at));
  }
  const items = schema.items as JsonSchema | undefined;
  if (items && typeof items === 'object') found.push(...configFields(items, `${path}[]`));
  return found;
}

/** What is missing, one line per problem ("discount: tiers[].off has no 中文 help"); empty when every field speaks both. */
export function fieldsWithoutWords(definition: AnyNodeDefinition): string[] {
  const root = z.toJSONSchema(definition.config, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const problems: string[] = [];
  for (const { path, schema } of configFields(root)) {
    const meta = metaOf(schema);
    const where = `${definition.type}: ${path}`;
    if (!meta.label) problems.push(`${where} has no label in both languages`);
    else if (!HAS_CHINESE.test(meta.label.zh) && !CODE_WORD.test(meta.label.zh))
      problems.push(`${where} has no 中文 label ("${meta.label.zh}")`);
    if (!meta.help) problems.push(`${where} has no help in both languages`);
    else {
      if (!HAS_CHINESE.test(meta.help.zh)) problems.push(`${where} has no 中文 help ("${meta.help.zh}")`);
      if (meta.help.en === meta.help.zh) problems.push(`${where} has the same help in both languages`);
    }
  }
  return problems;
}
