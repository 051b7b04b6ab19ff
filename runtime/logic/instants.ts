/*
 * Timestamps compare as instants. Orders come from channels in different offsets (Amazon in UTC,
 * Tmall in +08:00), and flows compare them with constants such as "2026-11-11T00:00:00+08:00".
 * JavaScript's `<` on two strings compares characters, so "2026-11-10T17:00:00Z" (01:00 on the 11th
 * in Beijing) would count as before midnight of the 11th. When both sides of `<`, `<=`, `>`, `>=` are
 * ISO 8601 timestamps with an offset, they are compared by the instant they name; anything else
 * compares exactly as in json-logic-js.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO 8601 timestamp with an offset; undefined for anything else. */
export function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `a < b`, by instant when both are timestamps. */
export function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = instantOf(a);
    const y = x === undefined ? undefined : instantOf(b);
    if (x !== undefined && y !== undefined) return x < y;
  }
  return (a as number) < (b as number);
}

/** `a <= b`, by instant when both are timestamps. */
export function lessOrEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = instantOf(a);
    const y = x === undefined ? undefined : instantOf(b);
    if (x !== undefined && y !== undefined) return x <= y;
  }
  return (a as number) <= (b as number);
}
