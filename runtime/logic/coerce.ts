/*
 * The coercions json-logic-js applies, reproduced exactly (results must match it), with fast
 * paths for the common types.
 */

/**
 * `parseFloat(x)` as json-logic-js's `+` and `*` use it. For a number that is `x` itself, except
 * that -0 becomes 0 (parseFloat goes through the string "0"); `x + 0` does exactly that without
 * the string round trip.
 */
export function toFloat(x: unknown): number {
  return typeof x === 'number' ? x + 0 : parseFloat(x as string);
}

/** One argument of `cat`, as `Array.prototype.join` writes it: null and undefined are "". */
export function catPart(x: unknown): string {
  if (typeof x === 'string') return x;
  return x === null || x === undefined ? '' : String(x);
}
