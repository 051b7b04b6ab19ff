import type { FormField } from './form-model';

/** "(kind fixed)", "(scope category)": a schema description saying which choice a field belongs to. */
const BELONGS_TO = /\((kind|scope) ([\w-]+)\)/;

/**
 * Only the fields that mean something for the choices made: a percent discount shows no tiers or
 * buy/get counts, a whole-order discount no category list. Schemas mark such fields in their
 * description ("… (kind fixed) …"); a field with a value the config still holds stays visible, so
 * nothing stored is ever hidden from view.
 */
export function relevantFields(
  fields: readonly FormField[],
  config: Readonly<Record<string, unknown>>,
): readonly FormField[] {
  return fields.filter((field) => {
    const match = BELONGS_TO.exec(field.description ?? '');
    if (!match) return true;
    const [, choice, value] = match;
    const current = config[choice!] ?? fields.find((f) => f.key === choice)?.defaultValue;
    return current === value || (Object.hasOwn(config, field.key) && config[field.key] !== field.defaultValue);
  });
}
