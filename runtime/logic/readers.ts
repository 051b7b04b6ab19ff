import { ADDRESS_READERS } from './readers-address';
import { CUSTOMER_READERS } from './readers-customer';
import { FACT_READERS } from './readers-facts';
import { LINE_READERS } from './readers-lines';
import { MONEY_READERS } from './readers-money';
import { ownValue } from './var-path';

/**
 * Fast own-property reads for the keys the facts have (runtime/order/facts.ts, FACTS_SHAPE) and the
 * `reduce` scope, one function per key.
 *
 * Why a table: a compiled `var` is a closure, and closures made by one function share their inline
 * caches, so `target[key]` in a shared reader sees every key and every shape (megamorphic, plus an
 * `Object.hasOwn` per step). A function per property name keeps its own cache and reads `o.key`
 * directly. The result is exactly `ownValue`'s: `key in o` first (never runs an inherited getter), then
 * `o.key` is an own property for sure when `o`'s prototype is Object.prototype and Object.prototype
 * has no such key (V8 folds both checks once it knows the shape); anything else takes `ownValue`.
 * Written out, not generated: no eval, no `new Function`; and not made by one factory function either, whose
 * closures would share one cache again. The readers are in readers-*.ts by the facts' areas.
 */
export type Reader = (target: unknown) => unknown;

/** Null-prototype, so a path segment named like an Object.prototype member never finds a reader. */
const READERS: Readonly<Record<string, Reader>> = Object.assign(
  Object.create(null) as Record<string, Reader>,
  FACT_READERS,
  CUSTOMER_READERS,
  LINE_READERS,
  ADDRESS_READERS,
  MONEY_READERS,
);

/** The reader for one path segment: the table's, or the generic own-property read. */
export function readerFor(key: string): Reader {
  return READERS[key] ?? ((o: unknown) => ownValue(o, key));
}
