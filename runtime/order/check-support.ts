/**
 * What the generated fast order check (order-check.generated.ts) calls besides its own functions.
 */

/** The fast check's answer when zod must decide (a refusal, or an input it does not take on the fast path). */
export const FAILED: unique symbol = Symbol('fast check failed');

/** A plain object (what JSON gives): nothing inherited but Object.prototype's own, non-enumerable members. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Whether for-in sees any key (on an empty array: a named property, which zod's copy would not have). */
export function hasEnumerableKey(v: object): boolean {
  for (const _ in v) return true;
  return false;
}

interface ZodCheck {
  readonly _zod: { readonly check: (payload: { value: unknown; issues: unknown[] }) => unknown };
}

/**
 * The payload a check runs on, one for every order: a fresh one per order was garbage on every valid
 * order. Checks are synchronous and never run a check inside another here; `busy` keeps that true.
 */
const shared = { value: undefined as unknown, issues: [] as unknown[] };
let busy = false;

/** Runs one of the schema's own check objects (a .superRefine) as zod runs it: any issue is FAILED. */
export function runCheck(check: unknown, value: unknown): unknown {
  if (busy) return runOn({ value, issues: [] }, check);
  busy = true;
  shared.value = value;
  try {
    return runOn(shared, check);
  } finally {
    // Keep no order alive and no issue for the next one.
    shared.value = undefined;
    shared.issues.length = 0;
    busy = false;
  }
}

function runOn(payload: { value: unknown; issues: unknown[] }, check: unknown): unknown {
  if ((check as ZodCheck)._zod.check(payload) instanceof Promise) return FAILED;
  return payload.issues.length === 0 ? payload.value : FAILED;
}
