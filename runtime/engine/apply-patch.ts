import type { JsonValue } from '../json/json';
import type { Outcome, OutcomePatch } from '../order/outcome';

/** What `applyPatch` changed, as bits: the caller refreshes totals and the facts' attributes only then. */
export const MONEY_CHANGED = 1;
export const ATTRIBUTES_PATCHED = 2;

/**
 * One bit per patch field. Typed as a record over every OutcomePatch key, so a field added to OutcomePatch
 * is a type error here until it has a bit, and then in `fieldBit` until it has a case; apply-patch.test.ts
 * applies each field of this record alone and fails on one without a branch in `applyPatch`.
 */
export const PATCH_FIELD_BITS = {
  removeAdjustmentsFrom: 1 << 0,
  adjustments: 1 << 1,
  gifts: 1 << 2,
  tags: 1 << 3,
  holds: 1 << 4,
  effects: 1 << 5,
  fulfilment: 1 << 6,
  attributes: 1 << 7,
  decision: 1 << 8,
} as const satisfies Record<keyof OutcomePatch, number>;

const B = PATCH_FIELD_BITS;
/** For patches read field by field (see `fieldsOf`). */
const EVERY_FIELD: number = Object.values(B).reduce((all, bit) => all | bit, 0);

/** A patch key's bit, 0 for any other key. A switch, not a table lookup: the hot path (see bench/ab.ts). */
function fieldBit(key: string): number {
  const field = key as keyof OutcomePatch;
  switch (field) {
    case 'removeAdjustmentsFrom':
      return B.removeAdjustmentsFrom;
    case 'adjustments':
      return B.adjustments;
    case 'gifts':
      return B.gifts;
    case 'tags':
      return B.tags;
    case 'holds':
      return B.holds;
    case 'effects':
      return B.effects;
    case 'fulfilment':
      return B.fulfilment;
    case 'attributes':
      return B.attributes;
    case 'decision':
      return B.decision;
    default:
      // Every OutcomePatch key has a case above, or this is a type error; other keys are not fields.
      field satisfies never;
      return 0;
  }
}

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
  for (const key in patch) fields |= fieldBit(key);
  return fields;
}

/**
 * Applies a node's patch to the run's own working outcome, field by field in a fixed order (removals
 * before additions). Returns MONEY_CHANGED | ATTRIBUTES_PATCHED bits, so the caller knows to recompute
 * totals or the facts' attributes. Attribute keys come from validated configs, never raw input.
 * One plain branch per field: a loop over a table of functions cost 8–13% of a whole run on the
 * example flows (an indirect call per field and a Map lookup per key).
 */
export function applyPatch(outcome: Outcome, patch: OutcomePatch): number {
  const fields = fieldsOf(patch);
  let changed = 0;
  // Absent fields are skipped by truthiness.
  if ((fields & B.removeAdjustmentsFrom) !== 0) {
    const nodeIds = patch.removeAdjustmentsFrom;
    if (nodeIds && nodeIds.length > 0) {
      const removed = new Set(nodeIds);
      outcome.adjustments = outcome.adjustments.filter((a) => !removed.has(a.nodeId));
      changed |= MONEY_CHANGED;
    }
  }
  if ((fields & B.adjustments) !== 0) {
    const adjustments = patch.adjustments;
    if (adjustments && adjustments.length > 0) {
      append(outcome.adjustments, adjustments);
      changed |= MONEY_CHANGED;
    }
  }
  if ((fields & B.gifts) !== 0) {
    const gifts = patch.gifts;
    if (gifts) append(outcome.gifts, gifts);
  }
  if ((fields & B.tags) !== 0) {
    const tags = patch.tags;
    if (tags) for (const tag of tags) if (!outcome.tags.includes(tag)) outcome.tags.push(tag);
  }
  if ((fields & B.holds) !== 0) {
    const holds = patch.holds;
    if (holds) append(outcome.holds, holds);
  }
  if ((fields & B.effects) !== 0) {
    const effects = patch.effects;
    if (effects) append(outcome.effects, effects);
  }
  if ((fields & B.fulfilment) !== 0) {
    const fulfilment = patch.fulfilment;
    if (fulfilment) outcome.fulfilment = fulfilment;
  }
  if ((fields & B.attributes) !== 0) {
    const attributes = patch.attributes;
    if (attributes) {
      assignAttributes(outcome.attributes, attributes);
      changed |= ATTRIBUTES_PATCHED;
    }
  }
  if ((fields & B.decision) !== 0) {
    const decision = patch.decision;
    if (decision) {
      outcome.decision = decision.decision;
      outcome.decisionReason = decision.reason;
    }
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
