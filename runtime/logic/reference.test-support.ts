/**
 * Test support (not shipped): json-logic-js as the reference implementation, and a comparison
 * that treats results as json-logic-js would produce them.
 */
import jsonLogic from 'json-logic-js';

type Rules = Parameters<typeof jsonLogic.apply>[0];

/** json-logic-js's result, or `threw` when it throws (such cases are not compared). */
export function reference(
  expression: unknown,
  data: unknown,
): { readonly threw: false; readonly value: unknown } | { readonly threw: true } {
  try {
    return { threw: false, value: jsonLogic.apply(expression as Rules, data) as unknown };
  } catch {
    return { threw: true };
  }
}

/** Deep equality with Object.is on leaves (so 0 and -0 differ, NaN equals NaN). */
export function sameResult(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameResult(item, b[i]));
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) ||
    Array.isArray(b)
  )
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) => Object.hasOwn(b, k) && sameResult((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** Freezes a JSON value all the way down, so any mutation during evaluation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
