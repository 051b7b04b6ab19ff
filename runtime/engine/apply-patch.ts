import type { JsonValue } from '../json/json';
import type { Outcome, OutcomePatch } from '../order/outcome';

/** What `applyPatch` changed, as bits: the caller refreshes totals and the facts' attributes only then. */
export const MONEY_CHANGED = 1;
export const ATTRIBUTES_PATCHED = 2;

/**
 * Every patch field, in the order they are applied (removals before additions): how each changes the
 * outcome and what it reports changed. Typed over OutcomePatch's keys, so a field added there is a type
 * error until it has a row here; the field bits, the key lookup and the prototype check all come from
 * this table. `value` is never undefined or null (absent fields are skipped, as before: by truthiness).
 */
const PATCH_FIELDS: {
  readonly [K in keyof Required<OutcomePatch>]: (outcome: Outcome, value: NonNullable<OutcomePatch[K]>) => number;
} = {
  removeAdjustmentsFrom: (outcome, nodeIds) => {
    if (nodeIds.length === 0) return 0;
    const removed = new Set(nodeIds);
    outcome.adjustments = outcome.adjustments.filter((a) => !removed.has(a.nodeId));
    return MONEY_CHANGED;
  },
  adjustments: (outcome, adjustments) => {
    if (adjustments.length === 0) return 0;
    append(outcome.adjustments, adjustments);
    return MONEY_CHANGED;
  },
  gifts: (outcome, gifts) => {
    append(outcome.gifts, gifts);
    return 0;
  },
  tags: (outcome, tags) => {
    for (const tag of tags) if (!outcome.tags.includes(tag)) outcome.tags.push(tag);
    return 0;
  },
  holds: (outcome, holds) => {
    append(outcome.holds, holds);
    return 0;
  },
  effects: (outcome, effects) => {
    append(outcome.effects, effects);
    return 0;
  },
  fulfilment: (outcome, fulfilment) => {
    outcome.fulfilment = fulfilment;
    return 0;
  },
  attributes: (outcome, attributes) => {
    assignAttributes(outcome.attributes, attributes);
    return ATTRIBUTES_PATCHED;
  },
  decision: (outcome, decision) => {
    outcome.decision = decision.decision;
    outcome.decisionReason = decision.reason;
    return 0;
  },
};

type PatchKey = keyof typeof PATCH_FIELDS;
type Apply = (outcome: Outcome, value: unknown) => number;

/** The table as arrays, by bit index (field i is bit 1 << i). */
const KEYS = Object.keys(PATCH_FIELDS) as PatchKey[];
const APPLY = KEYS.map((key) => PATCH_FIELDS[key] as Apply);
const FIELD_COUNT = KEYS.length;
const EVERY_FIELD = (1 << FIELD_COUNT) - 1;
/** Key → bit: a patch's own keys are looked up here as it is walked. */
const BIT_OF: ReadonlyMap<string, number> = new Map(KEYS.map((key, i) => [key, 1 << i]));

const OBJECT: object = Object.prototype;

/**
 * The patch fields present. Patches come in many shapes, so reading every field is that many megamorphic
 * loads (~50 ns); a plain patch (prototype Object.prototype) lists its enumerable keys far cheaper.
 * Patches are plain data, so a field that is not enumerable (own, or inherited from a tampered
 * Object.prototype) is not one: JSON and the trace never showed it either. Any other patch (a class
 * instance, another prototype) is treated as having every field, each read as usual.
 */
function fieldsOf(patch: OutcomePatch): number {
  if (Object.getPrototypeOf(patch) !== OBJECT) return EVERY_FIELD;
  let fields = 0;
  for (const key in patch) fields |= BIT_OF.get(key) ?? 0;
  return fields;
}

/**
 * Applies a node's patch to the run's own working outcome, field by field in the table's order. Returns
 * MONEY_CHANGED | ATTRIBUTES_PATCHED bits, so the caller knows to recompute totals or the facts'
 * attributes. Attribute keys come from validated configs, never raw input.
 */
export function applyPatch(outcome: Outcome, patch: OutcomePatch): number {
  const fields = fieldsOf(patch);
  let changed = 0;
  // Only the fields present, in the table's order.
  for (let i = 0; i < FIELD_COUNT; i++) {
    if ((fields & (1 << i)) === 0) continue;
    const value = (patch as Readonly<Record<string, unknown>>)[KEYS[i]!];
    if (value) changed |= APPLY[i]!(outcome, value);
  }
  return changed;
}

/**
 * The own enumerable keys of `from`, in Object.keys order, written into `to`. for-in with an own-key
 * check visits the same keys as Object.keys without the array it allocates (patches usually set one).
 */
function assignAttributes(to: Record<string, JsonValue>, from: Readonly<Record<string, JsonValue>>): void {
  for (const key in from) {
    if (!Object.hasOwn(from, key)) continue;
    // Plain assignment except for "__proto__", which assignment would turn into a prototype change.
    if (key === '__proto__')
      Object.defineProperty(to, key, { value: from[key], enumerable: true, writable: true, configurable: true });
    else to[key] = from[key]!;
  }
}

/**
 * `to.push(...from)`: a spread call goes through a builtin, a loop is inlined. The length is read once,
 * so appending a list to itself adds its items once, as the spread did; other iterables keep the spread.
 */
function append<T>(to: T[], from: readonly T[]): void {
  if (!Array.isArray(from)) {
    to.push(...from);
    return;
  }
  const length = from.length;
  for (let i = 0; i < length; i++) to.push(from[i]!);
}
