import { z } from 'zod';
import type { AnyNodeDefinition } from '../../runtime/index';

/**
 * How the inspector decides widgets. We read the node's zod schema through `z.toJSONSchema(schema,
 * { io: 'input' })` rather than zod's internal `_zod.def` tree: JSON Schema is a public, stable
 * format that already resolves defaults, optionality, enums and descriptions, and it is what custom
 * nodes from other teams will be checked against too. Conventions (agreed with node authors):
 *  - money: an integer field whose `.describe()` text contains "minor units" → typed in major units
 *    ("12.50"), stored as integer minor units; currency = the config's `currency` field, else CNY.
 *  - JSONLogic: a description mentioning "JSONLogic", or a field named expression / when / reviewWhen.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

export type FormFieldKind =
  'text' | 'longtext' | 'number' | 'money' | 'enum' | 'boolean' | 'tags' | 'list' | 'object' | 'logic' | 'json';

export interface FormField {
  readonly key: string;
  readonly kind: FormFieldKind;
  readonly schema: JsonSchema;
  readonly description?: string;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  /** enum: the choices; tags: suggested or allowed values. */
  readonly options?: readonly string[];
  /** object: its fields; list: the fields of each item. */
  readonly fields?: readonly FormField[];
}

const LOGIC_KEYS = new Set(['expression', 'when', 'reviewWhen']);

const cache = new WeakMap<object, readonly FormField[]>();

/** The form for a node type's config, computed once per schema. */
export function formFields(definition: AnyNodeDefinition): readonly FormField[] {
  const hit = cache.get(definition.config);
  if (hit) return hit;
  const root = z.toJSONSchema(definition.config, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const fields = objectFields(root);
  cache.set(definition.config, fields);
  return fields;
}

function objectFields(schema: JsonSchema): FormField[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([key, property]) => toField(key, property, required.has(key)));
}

function enumOf(schema: JsonSchema): string[] | undefined {
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) return schema.enum as string[];
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (anyOf?.every((s) => typeof s.const === 'string')) return anyOf.map((s) => s.const as string);
  return undefined;
}

function typesOf(schema: JsonSchema): string[] {
  const type = schema.type;
  return (Array.isArray(type) ? type : type ? [type] : []).filter(
    (t): t is string => typeof t === 'string' && t !== 'null',
  );
}

export function classify(key: string, schema: JsonSchema): Pick<FormField, 'kind' | 'options' | 'fields'> {
  const description = typeof schema.description === 'string' ? schema.description : '';
  const [type] = typesOf(schema);
  if (/jsonlogic/i.test(description) || LOGIC_KEYS.has(key)) return { kind: 'logic' };
  if ((type === 'integer' || type === 'number') && /minor units/i.test(description)) return { kind: 'money' };
  const options = enumOf(schema);
  if (options) return { kind: 'enum', options };
  if (type === 'boolean') return { kind: 'boolean' };
  if (type === 'integer' || type === 'number') return { kind: 'number' };
  if (type === 'string')
    return { kind: typeof schema.maxLength === 'number' && schema.maxLength > 200 ? 'longtext' : 'text' };
  if (type === 'array') {
    const items = (schema.items ?? {}) as JsonSchema;
    const itemOptions = enumOf(items);
    if (itemOptions) return { kind: 'tags', options: itemOptions };
    if (typesOf(items)[0] === 'string') return { kind: 'tags' };
    if (typesOf(items)[0] === 'object' && items.properties) return { kind: 'list', fields: objectFields(items) };
  }
  if (type === 'object' && schema.properties) return { kind: 'object', fields: objectFields(schema) };
  return { kind: 'json' };
}

function toField(key: string, schema: JsonSchema, required: boolean): FormField {
  return {
    key,
    schema,
    required,
    ...classify(key, schema),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    ...('default' in schema ? { defaultValue: schema.default } : {}),
  };
}
