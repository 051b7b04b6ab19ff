/** A value that survives JSON.stringify/parse unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Keys that would reach Object.prototype if untrusted JSON were merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A computed value as an attribute stores it: only JSON survives into an outcome, so undefined and a
 * non-finite number become null, and a list or record is copied (kept by reference, a value read from
 * the facts could alias the outcome, or contain itself).
 */
export function storedJson(value: unknown): JsonValue {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'object' && value !== null) return JSON.parse(JSON.stringify(value)) as JsonValue;
  return value as JsonValue;
}
