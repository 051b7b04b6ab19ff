import type { FormField } from '../form-model';

/** Props of the built-in widgets; `id` ties the widget to its label. */
export interface WidgetProps {
  readonly id: string;
  readonly field: FormField;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly invalid: boolean;
}

/** Clearing an optional field without a default removes it; otherwise it keeps an empty value to flag. */
export function emptyValue(field: FormField, empty: unknown): unknown {
  return field.required || field.defaultValue !== undefined ? empty : undefined;
}
