import type { Outcome, OutcomePatch } from '../order/outcome';

/**
 * Applies a node's patch to the run's own working outcome. Returns whether money changed, so the
 * caller knows to recompute totals. Attribute keys come from validated configs, never raw input.
 */
export function applyPatch(outcome: Outcome, patch: OutcomePatch): boolean {
  let moneyChanged = false;
  if (patch.removeAdjustmentsFrom && patch.removeAdjustmentsFrom.length > 0) {
    const removed = new Set(patch.removeAdjustmentsFrom);
    outcome.adjustments = outcome.adjustments.filter((a) => !removed.has(a.nodeId));
    moneyChanged = true;
  }
  if (patch.adjustments && patch.adjustments.length > 0) {
    outcome.adjustments.push(...patch.adjustments);
    moneyChanged = true;
  }
  if (patch.gifts) outcome.gifts.push(...patch.gifts);
  if (patch.tags) for (const tag of patch.tags) if (!outcome.tags.includes(tag)) outcome.tags.push(tag);
  if (patch.holds) outcome.holds.push(...patch.holds);
  if (patch.effects) outcome.effects.push(...patch.effects);
  if (patch.fulfilment) outcome.fulfilment = patch.fulfilment;
  if (patch.attributes) {
    for (const key of Object.keys(patch.attributes)) {
      // Plain assignment except for "__proto__", which assignment would turn into a prototype change.
      if (key === '__proto__') Object.defineProperty(outcome.attributes, key, { value: patch.attributes[key], enumerable: true, writable: true, configurable: true });
      else outcome.attributes[key] = patch.attributes[key]!;
    }
  }
  if (patch.decision) {
    outcome.decision = patch.decision.decision;
    outcome.decisionReason = patch.decision.reason;
  }
  return moneyChanged;
}
