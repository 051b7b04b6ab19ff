import type { JsonValue } from '../json/json';
import type { Outcome, OutcomePatch } from '../order/outcome';

/** What `applyPatch` changed, as bits: the caller refreshes totals and the facts' attributes only then. */
export const MONEY_CHANGED = 1;
export const ATTRIBUTES_PATCHED = 2;

const REMOVE = 1 << 0;
const ADJUSTMENTS = 1 << 1;
const GIFTS = 1 << 2;
const TAGS = 1 << 3;
const HOLDS = 1 << 4;
const EFFECTS = 1 << 5;
const FULFILMENT = 1 << 6;
const ATTRIBUTES = 1 << 7;
const DECISION = 1 << 8;
const EVERY_FIELD = (1 << 9) - 1;

function fieldBit(key: string): number {
  switch (key) {
    case 'removeAdjustmentsFrom':
      return REMOVE;
    case 'adjustments':
      return ADJUSTMENTS;
    case 'gifts':
      return GIFTS;
    case 'tags':
      return TAGS;
    case 'holds':
      return HOLDS;
    case 'effects':
      return EFFECTS;
    case 'fulfilment':
      return FULFILMENT;
    case 'attributes':
      return ATTRIBUTES;
    case 'decision':
      return DECISION;
    default:
      return 0;
  }
}

const OBJECT: object = Object.prototype;

/**
 * The patch fields present. Patches come in many shapes, so reading all nine fields is nine megamorphic
 * loads (~50 ns); a plain patch (prototype Object.prototype, which carries none of the fields) lists
 * its enumerable keys far cheaper. Patches are plain data, so a field defined non-enumerable on a
 * plain patch is not one (JSON and the trace never showed it either). Any other patch (a class
 * instance, another prototype) is treated as having every field, each read as before.
 */
function fieldsOf(patch: OutcomePatch): number {
  if (Object.getPrototypeOf(patch) !== OBJECT || prototypeHasAField()) return EVERY_FIELD;
  let fields = 0;
  for (const key in patch) fields |= fieldBit(key);
  return fields;
}

function prototypeHasAField(): boolean {
  return (
    'removeAdjustmentsFrom' in OBJECT ||
    'adjustments' in OBJECT ||
    'gifts' in OBJECT ||
    'tags' in OBJECT ||
    'holds' in OBJECT ||
    'effects' in OBJECT ||
    'fulfilment' in OBJECT ||
    'attributes' in OBJECT ||
    'decision' in OBJECT
  );
}

/**
 * Applies a node's patch to the run's own working outcome, field by field in a fixed order (removals
 * before additions). Returns MONEY_CHANGED | ATTRIBUTES_PATCHED bits, so the caller knows to recompute
 * totals or the facts' attributes. Attribute keys come from validated configs, never raw input.
 */
export function applyPatch(outcome: Outcome, patch: OutcomePatch): number {
  const fields = fieldsOf(patch);
  let changed = 0;
  if ((fields & REMOVE) !== 0 && patch.removeAdjustmentsFrom && patch.removeAdjustmentsFrom.length > 0) {
    const removed = new Set(patch.removeAdjustmentsFrom);
    outcome.adjustments = outcome.adjustments.filter((a) => !removed.has(a.nodeId));
    changed |= MONEY_CHANGED;
  }
  if ((fields & ADJUSTMENTS) !== 0 && patch.adjustments && patch.adjustments.length > 0) {
    append(outcome.adjustments, patch.adjustments);
    changed |= MONEY_CHANGED;
  }
  if ((fields & GIFTS) !== 0 && patch.gifts) append(outcome.gifts, patch.gifts);
  if ((fields & TAGS) !== 0 && patch.tags)
    for (const tag of patch.tags) if (!outcome.tags.includes(tag)) outcome.tags.push(tag);
  if ((fields & HOLDS) !== 0 && patch.holds) append(outcome.holds, patch.holds);
  if ((fields & EFFECTS) !== 0 && patch.effects) append(outcome.effects, patch.effects);
  if ((fields & FULFILMENT) !== 0 && patch.fulfilment) outcome.fulfilment = patch.fulfilment;
  if ((fields & ATTRIBUTES) !== 0 && patch.attributes) {
    assignAttributes(outcome.attributes, patch.attributes);
    changed |= ATTRIBUTES_PATCHED;
  }
  if ((fields & DECISION) !== 0 && patch.decision) {
    outcome.decision = patch.decision.decision;
    outcome.decisionReason = patch.decision.reason;
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
