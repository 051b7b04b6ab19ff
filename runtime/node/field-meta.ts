import { z } from 'zod';
import type { LocalText } from './define-node';

/**
 * How the editor should edit a field when its JSON type alone does not say: an integer of minor units
 * typed in major units, a JSONLogic rule, a currency picked from a list. Anything else is chosen by type.
 */
export const WIDGET_HINTS = ['money', 'logic', 'currency'] as const;
export type WidgetHint = (typeof WIDGET_HINTS)[number];

/**
 * What a config field tells people, kept in the node's own zod schema with `.meta(fieldMeta(…))`, so
 * the form, the JSON Schema and the node travel together. `z.toJSONSchema` carries every key.
 */
/** A field that means something only for one choice of a sibling field: `{ kind: 'fixed' }`. */
export type ShownWhen = Readonly<Record<string, string>>;

export type FieldOptions = {
  readonly widget?: WidgetHint;
  /** The inspector hides the field unless the sibling has that value (or the field holds a value of its own). */
  readonly shownWhen?: ShownWhen;
};

export type FieldMeta = FieldOptions & {
  readonly label: LocalText;
  readonly help: LocalText;
  /** The English help again, as the JSON Schema's own `description` for tools that read only that. */
  readonly description: string;
};

// Typed `.meta()`: a misspelt key or a label in one language only is a type error in the node file.
declare module 'zod' {
  interface GlobalMeta {
    label?: LocalText;
    help?: LocalText;
    widget?: WidgetHint;
    shownWhen?: ShownWhen;
  }
}

/** A field's label and help in both languages; options: a widget hint where the type is not enough, relevance. */
export function fieldMeta(label: LocalText, help: LocalText, options: FieldOptions = {}): FieldMeta {
  return { label, help, ...options, description: help.en };
}

const localTextSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** The meta as it comes back out of a JSON Schema (`z.toJSONSchema`); a part missing or malformed is absent. */
export type JsonSchemaMeta = FieldOptions & {
  readonly label?: LocalText;
  readonly help?: LocalText;
};

const shownWhenSchema = z.record(z.string(), z.string());

/** Reads the meta a field's JSON Schema carries; missing or malformed parts are left out. */
export function metaOf(schema: Readonly<Record<string, unknown>>): JsonSchemaMeta {
  const meta: { -readonly [K in keyof JsonSchemaMeta]?: JsonSchemaMeta[K] } = {};
  const label = localTextSchema.safeParse(schema.label);
  if (label.success) meta.label = label.data;
  const help = localTextSchema.safeParse(schema.help);
  if (help.success) meta.help = help.data;
  const widget = z.enum(WIDGET_HINTS).safeParse(schema.widget);
  if (widget.success) meta.widget = widget.data;
  const shownWhen = shownWhenSchema.safeParse(schema.shownWhen);
  if (shownWhen.success) meta.shownWhen = shownWhen.data;
  return meta;
}
