/** Bounds that keep untrusted expressions from exhausting the stack, memory or the event loop. */
export interface LogicLimits {
  /** Deepest nesting of operations and literal arrays (the root is level 1). */
  readonly maxDepth: number;
  /** Most values in the expression: operations, literals and array items each count once. */
  readonly maxNodes: number;
  /** Most work units in one evaluation: array items visited, list/text lengths scanned or built. */
  readonly maxWork: number;
}

/** The defaults: generous for hand-written flow conditions, small enough to stay fast. */
export const LOGIC_LIMITS: LogicLimits = Object.freeze({ maxDepth: 64, maxNodes: 10_000, maxWork: 1_000_000 });

/** Fills in defaults; a limit must be a whole number ≥ 1 (or Infinity), anything else is a caller bug. */
export function resolveLimits(overrides?: Partial<LogicLimits>): LogicLimits {
  if (!overrides) return LOGIC_LIMITS;
  const limits = { ...LOGIC_LIMITS };
  for (const key of ['maxDepth', 'maxNodes', 'maxWork'] as const) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 1) || !(Number.isInteger(value) || value === Infinity)) {
      throw new RangeError(`logic limit ${key} must be a whole number of at least 1; got ${String(value)}`);
    }
    limits[key] = value;
  }
  return Object.freeze(limits);
}
