import type { FormField } from './form-model';

/**
 * Only the fields that mean something for the choices made: a percent discount shows no tiers or
 * buy/get counts, a whole-order discount no category list. Node schemas mark such fields with
 * `fieldMeta(…, { shownWhen: { kind: 'fixed' } })`; a field with a value the config still holds stays visible, so
 * nothing stored is ever hidden from view.
 */
export function relevantFields(
  fields: readonly FormField[],
  config: Readonly<Record<string, unknown>>,
): readonly FormField[] {
  return fields.filter((field) => {
    if (!field.shownWhen) return true;
    const chosen = Object.entries(field.shownWhen).every(([choice, value]) => {
      const current = Object.hasOwn(config, choice)
        ? config[choice]
        : fields.find((f) => f.key === choice)?.defaultValue;
      return current === value;
    });
    return chosen || (Object.hasOwn(config, field.key) && config[field.key] !== field.defaultValue);
  });
}
