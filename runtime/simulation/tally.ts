/** Counting helpers for records keyed by data (SKUs, tags, ids): own properties only, never via a prototype. */

export function bump(record: Record<string, number>, key: string, by = 1): void {
  // An own property (even one named "__proto__") takes a plain assignment; only a new key needs defining.
  if (Object.hasOwn(record, key)) record[key]! += by;
  else Object.defineProperty(record, key, { value: by, enumerable: true, writable: true, configurable: true });
}

export function entry<T>(record: Record<string, T>, key: string, fresh: () => T): T {
  if (!Object.hasOwn(record, key))
    Object.defineProperty(record, key, { value: fresh(), enumerable: true, writable: true, configurable: true });
  return record[key]!;
}
