import { numberText } from '../../runtime/index';
export { isRecord, numberText, scalarText } from '../../runtime/index';

/**
 * Helpers for values read from channel payloads. Payloads are parsed losslessly, so numbers arrive as
 * LosslessNumber (their exact decimal text); payloads handed in already parsed carry plain numbers.
 */

/** A short description of a value's type for problem messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const digits = numberText(value);
  if (digits !== undefined) return `the number ${digits}`;
  if (typeof value === 'string') return value.length > 40 ? `the text "${value.slice(0, 37)}…"` : `the text "${value}"`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return 'an object';
}
