import { isLosslessNumber } from 'lossless-json';

/**
 * Helpers for values read by paths. Channel payloads are parsed losslessly, so numbers arrive as
 * LosslessNumber (their exact decimal text); values handed in already parsed carry plain numbers.
 */

/** The exact decimal text of a JSON number, or undefined when the value is not a number. */
export function numberText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return isLosslessNumber(value) ? value.value : undefined;
}

/**
 * A scalar as text for comparisons and lookup tables: numbers by their digits, booleans as
 * "true"/"false", null as null; objects and arrays have no scalar text.
 */
export function scalarText(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return numberText(value);
}

/** Objects (never LosslessNumber instances, which are objects too). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}
