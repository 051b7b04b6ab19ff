import { z } from 'zod';
import type { AnyNodeDefinition, LocalText } from '../../runtime/index';
import { metaOf } from '../../runtime/node/index';

/**
 * How the inspector builds a form. We read the node's zod schema through `z.toJSONSchema(schema,
 * { io: 'input' })` rather than zod's internal `_zod.def` tree: JSON Schema is a public, stable
 * format that already resolves defaults, optionality and enums, and it carries each field's
 * `.meta(fieldMeta(label, help, widget))` from the node's own file. The widget is the meta's hint
 * (money: typed in major units, stored as integer minor units; logic: the rule builder; currency: a
 * list of codes), else the field's JSON type. A field without meta (a team's node written before
 * fieldMeta) shows its key, humanised, and its description.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

export type FormFieldKind =
  | 'text'
  | 'longtext'
  | 'number'
  | 'money'
  | 'currency'
  | 'enum'
  | 'boolean'
  | 'tags'
  | 'list'
  | 'object'
  | 'logic'
  | 'json';

export interface FormField {
  readonly key: string;
  readonly kind: FormFieldKind;
  readonly schema: JsonSchema;
  readonly label: LocalText;
  readonly help?: LocalText;
  /** Shown only when a sibling field has this value (the node's `shownWhen`). */
  readonly shownWhen?: Readonly<Record<string, string>>;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  /** enum: the choices; tags: suggested or allowed values. */
  readonly options?: readonly string[];
  /** object: its fields; list: the fields of each item. */
  readonly fields?: readonly FormField[];
}

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

export function classify(schema: JsonSchema): Pick<FormField, 'kind' | 'options' | 'fields'> {
  const widget = metaOf(schema).widget;
  if (widget !== undefined) return { kind: widget };
  const [type] = typesOf(schema);
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
  const meta = metaOf(schema);
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const help = meta.help ?? (description === undefined ? undefined : { en: description, zh: description });
  return {
    key,
    schema,
    required,
    label: meta.label ?? { en: humanize(key), zh: humanize(key) },
    ...classify(schema),
    ...(help ? { help } : {}),
    ...(meta.shownWhen ? { shownWhen: meta.shownWhen } : {}),
    ...('default' in schema ? { defaultValue: schema.default } : {}),
  };
}

/** "minSubtotal" → "Min subtotal": the label of a field whose node gives none. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
